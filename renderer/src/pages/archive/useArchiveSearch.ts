import { useCallback, useState } from 'react';
import type { ArchiveFilterInput, ArchivePage } from '../../../../main/contract';
import { call } from '../../api/client';

/** The filters as the form holds them; blanks are left out of the query. */
export type ArchiveFilters = ArchiveFilterInput;

export const PAGE_SIZE = 50;

export interface ArchiveSearchState {
  readonly filters: ArchiveFilters | null;
  /** The page shown, and how the screen got to it: the cursor of every page before it (keyset, never OFFSET). */
  readonly page: ArchivePage | null;
  readonly pageNumber: number;
  /** Counted on the first page only, and kept for the pages after it. */
  readonly total: { readonly count: number; readonly capped: boolean } | null;
  readonly loading: boolean;
  readonly error: unknown;
  search(filters: ArchiveFilters): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
}

interface Shown {
  readonly filters: ArchiveFilters;
  readonly cursors: readonly (string | null)[];
  readonly page: ArchivePage;
  readonly total: ArchiveSearchState['total'];
}

// The last search, so going back to it from a case shows the same page.
let remembered: Shown | null = null;

function clean(filters: ArchiveFilters): ArchiveFilters {
  const entries = Object.entries(filters).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== '')) as ArchiveFilters;
}

/** 档案查询's state: one page at a time, forward by the answer's cursor, back by the cursors already seen. */
export function useArchiveSearch(): ArchiveSearchState {
  const [shown, setShown] = useState<Shown | null>(remembered);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async (filters: ArchiveFilters, cursors: readonly (string | null)[], total: Shown['total'] | undefined) => {
    setLoading(true);
    try {
      const cursor = cursors[cursors.length - 1] ?? undefined;
      const page = await call('archiveSearch', { query: { ...filters, cursor, limit: PAGE_SIZE } });
      const counted = page.total === null ? (total ?? null) : { count: page.total, capped: page.totalCapped };
      const next = { filters, cursors, page, total: counted };
      remembered = next;
      setShown(next);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);

  const search = useCallback((filters: ArchiveFilters) => load(clean(filters), [null], undefined), [load]);
  const next = useCallback(async () => {
    if (shown?.page.next) await load(shown.filters, [...shown.cursors, shown.page.next], shown.total);
  }, [load, shown]);
  const previous = useCallback(async () => {
    if (shown && shown.cursors.length > 1) await load(shown.filters, shown.cursors.slice(0, -1), shown.total);
  }, [load, shown]);

  return {
    filters: shown?.filters ?? null,
    page: shown?.page ?? null,
    pageNumber: shown?.cursors.length ?? 0,
    total: shown?.total ?? null,
    loading,
    error,
    search,
    next,
    previous,
  };
}
