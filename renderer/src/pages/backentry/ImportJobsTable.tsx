import { Button, Space, Table, Tag } from 'antd';
import type { ImportJobView } from '../../../../main/contract';
import { chineseDateTime } from '../desk/format';
import { JOB_STATE_COLORS, usePauseResume } from './ImportProgressPanel';

/** Every import this host has run, newest first, with its results; a row opens its progress. */
export function ImportJobsTable({ jobs, onOpen, onChanged }: { jobs: readonly ImportJobView[]; onOpen: (job: ImportJobView) => void; onChanged: (job: ImportJobView) => void }) {
  const { busy, act } = usePauseResume(onChanged);
  return (
    <Table<ImportJobView> size="small" rowKey="id" dataSource={[...jobs]} pagination={{ pageSize: 10, showSizeChanger: false }} data-testid="import-jobs"
      locale={{ emptyText: '还没有导入过登记簿' }}
      columns={[
        { title: '文件', dataIndex: 'fileName' },
        { title: '状态', dataIndex: 'stateLabel', width: 90, render: (label: string, job) => <Tag color={JOB_STATE_COLORS[job.state]}>{label}</Tag> },
        { title: '已处理', key: 'rows', width: 130, render: (_: unknown, job) => `${job.rowsDone} / ${job.rowsTotal}` },
        { title: '新增', dataIndex: 'inserted', width: 70, align: 'right' },
        { title: '跳过', dataIndex: 'skipped', width: 70, align: 'right' },
        { title: '未导入', dataIndex: 'refused', width: 80, align: 'right' },
        { title: '有提示', dataIndex: 'flagged', width: 80, align: 'right' },
        { title: '开始', dataIndex: 'createdAt', width: 170, render: (at: string) => chineseDateTime(at) },
        {
          title: '',
          key: 'actions',
          width: 150,
          render: (_: unknown, job) => (
            <Space size={4}>
              <Button size="small" type="link" onClick={() => onOpen(job)}>进度</Button>
              {job.state !== 'done' && (
                <Button size="small" type="link" loading={busy === job.id} onClick={() => void act(job)}>{job.state === 'running' ? '暂停' : '继续'}</Button>
              )}
            </Space>
          ),
        },
      ]} />
  );
}
