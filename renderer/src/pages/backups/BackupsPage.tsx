import { Alert, App, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BackupRunView, RestoreDrillReport } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { BackupSettingsForm } from './BackupSettingsForm';
import { DrillReport } from './DrillReport';
import { KeptBackups } from './KeptBackups';
import { LastBackup } from './LastBackup';
import { useBackupStatus, whileRunning } from './useBackupStatus';

/** While a copy runs its progress moves between the host's throttled events: look every second. */
const POLL_MS = 1_000;

/** 数据备份: the last good backup, 立即备份, the settings, the kept backups and the restore drill. */
export function BackupsPage() {
  const { status, error, reload, show } = useBackupStatus(POLL_MS, whileRunning);
  const { message } = App.useApp();
  const [drilling, setDrilling] = useState<number | null>(null);
  const [report, setReport] = useState<RestoreDrillReport | null>(null);

  const drill = async (run: BackupRunView) => {
    setDrilling(run.id);
    setReport(null);
    try {
      setReport(await call('restoreDrill', { params: { id: run.id } }));
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setDrilling(null);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="数据备份" extra={<Button onClick={() => void reload()}>刷新</Button>}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {status ? <LastBackup status={status} onChanged={show} /> : !error && <Skeleton active />}
      </Card>
      {status && (
        <Card title={`保留的备份（${status.kept.length}，最多 ${status.settings.keep} 份）`}>
          <Typography.Paragraph type="secondary">
            恢复演练把所选备份恢复到一个临时目录，打开它，做完整性检查和审计链核验，清点登记与档案文件，不动正在使用的数据库。真正恢复须先停止主机，再运行
            <Typography.Text code>hall restore 备份文件</Typography.Text>（同一目录下的档案文件一并恢复）。
          </Typography.Paragraph>
          <KeptBackups kept={status.kept} drilling={drilling} onDrill={(run) => void drill(run)} />
          {drilling !== null && <Alert type="info" showIcon title="正在进行恢复演练…" style={{ marginTop: 16 }} />}
          {report && (
            <div style={{ marginTop: 16 }}>
              <DrillReport report={report} />
            </div>
          )}
        </Card>
      )}
      {status && (
        <Card title="备份设置">
          <BackupSettingsForm status={status} onChanged={show} />
        </Card>
      )}
    </Space>
  );
}
