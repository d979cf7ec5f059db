import { Alert, App, Button, Card, Input, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ImportJobView } from '../../../../main/contract';
import type { ColumnMapping } from '../../../../main/domain/backentry/mapping';
import { checkMapping } from '../../../../main/domain/backentry/mapping';
import { ApiError, call, errorMessage, type ResponseOf } from '../../api/client';
import { useSession } from '../../api/session';
import { DeskPage } from '../desk/DeskPage';
import { ViolationAlert } from '../desk/violations';
import { ColumnMappingTable } from './ColumnMappingTable';
import { DoubleEntrySwitch } from './DoubleEntrySwitch';
import { DryRunReport } from './DryRunReport';
import { ImportJobsTable } from './ImportJobsTable';
import { ImportProgressPanel } from './ImportProgressPanel';
import { SavedMappings } from './SavedMappings';
import { SheetUpload, type SheetEncoding } from './SheetUpload';
import { useDoubleEntry } from './useDoubleEntry';
import { useImportJobs } from './useImportJobs';
import type { UploadedSheet } from './uploadSheet';

type DryRun = ResponseOf<'importDryRun'>;

/** 历史数据补录: a register sheet uploaded, its columns mapped, checked by a dry run, imported with its progress in view. */
export function ImportPage() {
  const { message } = App.useApp();
  const session = useSession();
  const doubleEntry = useDoubleEntry();
  const { jobs, error: jobsError, show } = useImportJobs();
  const [sheet, setSheet] = useState<UploadedSheet | null>(null);
  const [encoding, setEncoding] = useState<SheetEncoding>('auto');
  const [mapping, setMapping] = useState<ColumnMapping>({ columns: {} });
  const [mappingName, setMappingName] = useState('');
  const [scansDir, setScansDir] = useState('');
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'check' | 'start' | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);

  // A new mapping or encoding is a new question: the last dry run no longer answers it.
  const stale = () => {
    setDryRun(null);
    setRefusal(null);
  };
  const uploaded = (next: UploadedSheet) => {
    setSheet(next);
    setMapping(next.guessedMapping as ColumnMapping);
    setEncoding('auto');
    stale();
  };
  const request = () => ({ fileId: sheet!.fileId, mapping, encoding, scansDir: scansDir.trim() || null });

  const check = async () => {
    setBusy('check');
    stale();
    try {
      setDryRun(await call('importDryRun', { body: request() }));
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length) setRefusal(failure);
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    setBusy('start');
    try {
      const job = await call('startImport', { body: { ...request(), mappingName: mappingName.trim() || null } });
      show(job);
      setJobId(job.id);
      if (job.state === 'done' && sheet?.existingJob?.id === job.id) void message.warning('此文件已导入过，未新增任何记录');
      else void message.success('已开始导入');
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length) setRefusal(failure);
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const job = jobs?.find((j) => j.id === jobId) ?? null;
  const mappingReady = sheet !== null && checkMapping(sheet.headers, mapping).length === 0;
  const role = session?.user.role;
  return (
    <DeskPage title="历史数据补录" subtitle="导入纸质档案时期的登记簿：上传 Excel 或 CSV，对应各列，检查无误后导入；导入中断后从最后提交的一批继续"
      extra={<DoubleEntrySwitch setting={doubleEntry} canChange={role === 'manager' || role === 'admin'} />}>
      <Card title="1. 上传登记簿">
        <SheetUpload sheet={sheet} encoding={encoding} onUploaded={uploaded} onEncoding={(e) => { setEncoding(e); stale(); }} />
      </Card>
      {sheet && (
        <Card title="2. 列对应" extra={<SavedMappings headers={sheet.headers} mapping={mapping} name={mappingName} onName={setMappingName}
          onApply={(m, name) => { setMapping(m); setMappingName(name); stale(); }} />}>
          <ColumnMappingTable headers={sheet.headers} sample={sheet.sample} mapping={mapping} onChange={(m) => { setMapping(m); stale(); }} />
          <Space style={{ marginTop: 12 }}>
            <span>扫描件文件夹：</span>
            <Input aria-label="扫描件文件夹" style={{ width: 360 }} placeholder="主机上存放扫描件的文件夹（登记簿有扫描件列时填写）" value={scansDir}
              onChange={(e) => { setScansDir(e.target.value); stale(); }} />
          </Space>
        </Card>
      )}
      {sheet && (
        <Card title="3. 检查（不写入）"
          extra={
            <Space>
              <Button onClick={() => void check()} loading={busy === 'check'} disabled={!mappingReady} data-testid="dry-run">检查</Button>
              <Button type="primary" onClick={() => void start()} loading={busy === 'start'} disabled={dryRun === null} data-testid="start-import">开始导入</Button>
            </Space>
          }>
          {refusal && <ViolationAlert title={refusal.message} violations={refusal.violations} />}
          {dryRun ? <DryRunReport result={dryRun} /> : !refusal && <Typography.Text type="secondary">检查每一行（证件号码、日期、当时的法定婚龄、文件内与数据库中的重复），不写入任何记录；检查后方可开始导入。</Typography.Text>}
        </Card>
      )}
      {job && (
        <Card title={`4. 导入进度：${job.fileName}`}>
          <ImportProgressPanel job={job} onChanged={show} />
        </Card>
      )}
      <Card title="导入任务">
        {jobsError && <Alert type="error" showIcon title={jobsError} style={{ marginBottom: 12 }} />}
        {jobs ? <ImportJobsTable jobs={jobs} onOpen={(j: ImportJobView) => setJobId(j.id)} onChanged={show} /> : !jobsError && <Skeleton active />}
      </Card>
    </DeskPage>
  );
}
