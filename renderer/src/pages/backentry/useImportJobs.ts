import { useCallback, useEffect, useState } from 'react';
import type { HallEvent, ImportJobView } from '../../../../main/contract';
import { useHallEvents } from '../../api/events';
import { useRouteData } from '../../api/useRouteData';

type ProgressEvent = Extract<HallEvent, { type: 'imports.progress' }>;

function patched(job: ImportJobView, e: ProgressEvent): ImportJobView {
  const { jobId: _id, type: _type, ...figures } = e;
  return { ...job, ...figures };
}

export interface ImportJobs {
  readonly jobs: readonly ImportJobView[] | null;
  readonly error: string | null;
  /** Puts a job the host just answered with (started, paused, resumed) into the list. */
  readonly show: (job: ImportJobView) => void;
}

/**
 * The host's import jobs, live: each batch's `imports.progress` event moves its job's figures in
 * place; a change of state (finished, paused, failed) fetches the list again for the final counts.
 */
export function useImportJobs(): ImportJobs {
  const listed = useRouteData('listImports');
  const [jobs, setJobs] = useState<readonly ImportJobView[] | null>(null);
  useEffect(() => {
    if (listed.data) setJobs(listed.data.jobs);
  }, [listed.data]);

  const show = useCallback((job: ImportJobView) => {
    setJobs((list) => [job, ...(list ?? []).filter((j) => j.id !== job.id)]);
  }, []);

  useHallEvents((event) => {
    if (event.type === 'hello') void listed.reload();
    if (event.type !== 'imports.progress') return;
    const known = jobs?.find((j) => j.id === event.jobId);
    if (!known || known.state !== event.state) void listed.reload();
    else setJobs((list) => (list ?? []).map((j) => (j.id === event.jobId ? patched(j, event) : j)));
  });

  return { jobs, error: listed.error, show };
}
