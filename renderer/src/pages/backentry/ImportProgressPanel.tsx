import { Alert, App, Button, Descriptions, Progress, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ImportJobView } from '../../../../main/contract';
import { progressText } from '../../../../main/domain/backentry/progress';
import { call, errorMessage } from '../../api/client';

export const JOB_STATE_COLORS: Readonly<Record<ImportJobView['state'], string>> = { running: 'processing', paused: 'warning', done: 'success', failed: 'error' };

/** 已处理 … 行，… 行/秒，预计还需 …, while the host runs it; the plain count otherwise. */
export function jobProgressText(job: ImportJobView): string {
  if (job.state !== 'running' || job.rowsPerSecond === null) return `已处理 ${job.rowsDone.toLocaleString('en-US')} / ${job.rowsTotal.toLocaleString('en-US')} 行`;
  return progressText({ rowsDone: job.rowsDone, rowsTotal: job.rowsTotal, rowsPerSecond: job.rowsPerSecond, secondsLeft: job.secondsLeft });
}

/** Pauses a running job after its batch, or resumes a paused or failed one; the answer is the job as it now stands. */
export function usePauseResume(onChanged: (job: ImportJobView) => void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);
  const act = async (job: ImportJobView) => {
    setBusy(job.id);
    try {
      onChanged(await call(job.state === 'running' ? 'pauseImport' : 'resumeImport', { params: { id: job.id } }));
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };
  return { busy, act };
}

/** Step 4: one job's progress, live from the host's events: rows done of all, rows per second, time left; pause and resume. */
export function ImportProgressPanel({ job, onChanged }: { job: ImportJobView; onChanged: (job: ImportJobView) => void }) {
  const { busy, act } = usePauseResume(onChanged);
  const percent = job.rowsTotal === 0 ? 100 : Math.floor((job.rowsDone / job.rowsTotal) * 100);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
      <Space>
        <Tag color={JOB_STATE_COLORS[job.state]} data-testid="job-state">{job.stateLabel}</Tag>
        <span data-testid="job-progress-text">{jobProgressText(job)}</span>
      </Space>
      <Progress percent={percent} status={job.state === 'failed' ? 'exception' : job.state === 'done' ? 'success' : 'active'} />
      <Descriptions size="small" column={4} bordered
        items={[
          { key: 'inserted', label: '新增', children: <span data-testid="job-inserted">{job.inserted}</span> },
          { key: 'skipped', label: '已有（跳过）', children: job.skipped },
          { key: 'refused', label: '有错误（未导入）', children: job.refused },
          { key: 'flagged', label: '有提示', children: job.flagged },
        ]} />
      {job.error && <Alert type="error" showIcon title={job.error} />}
      {(job.state === 'running' || job.state === 'paused' || job.state === 'failed') && (
        <Button onClick={() => void act(job)} loading={busy === job.id}>{job.state === 'running' ? '暂停' : '继续导入'}</Button>
      )}
    </Space>
  );
}
