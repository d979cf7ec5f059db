import { useCallback, useState } from 'react';
import type { CaseSummary } from '../../../../../main/contract';
import { call, errorMessage } from '../../../api/client';
import { useHallEvents } from '../../../api/events';

export interface CaseSearchState {
  readonly query: string;
  readonly results: readonly CaseSummary[] | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly search: (q: string) => Promise<void>;
}

type Finder = (q: string) => Promise<readonly CaseSummary[]>;

export const findCases: Finder = async (q) => (await call('searchCases', { query: { q } })).cases;

// The last search of each screen, so going back to it from a case shows the same list.
const remembered = new Map<string, { query: string; results: readonly CaseSummary[] }>();

/** A search box's state; the results refresh when a listed case changes elsewhere. */
export function useCaseSearch(screen: string, find: Finder = findCases): CaseSearchState {
  const [query, setQuery] = useState(() => remembered.get(screen)?.query ?? '');
  const [results, setResults] = useState<readonly CaseSummary[] | null>(() => remembered.get(screen)?.results ?? null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = useCallback(
    async (q: string) => {
      const term = q.trim();
      setQuery(term);
      if (!term) return;
      setLoading(true);
      try {
        const found = await find(term);
        setResults(found);
        setError(null);
        remembered.set(screen, { query: term, results: found });
      } catch (failure) {
        setError(errorMessage(failure));
      } finally {
        setLoading(false);
      }
    },
    [find, screen],
  );

  useHallEvents((event) => {
    if (event.type === 'cases.changed' && query && results?.some((c) => c.id === event.caseId)) void search(query);
  });

  return { query, results, loading, error, search };
}
