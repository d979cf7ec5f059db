import { Alert, Descriptions, Tag } from 'antd';
import type { RestoreDrillReport } from '../../../../main/contract';
import { CASE_KIND_LABELS } from '../../../../main/domain/case-labels';
import { sizeText } from './backupLabels';

function yes(ok: boolean, good = '通过', bad = '未通过') {
  return <Tag color={ok ? 'green' : 'red'}>{ok ? good : bad}</Tag>;
}

/** What the restore drill found: the verdict first, then the figures that prove it. */
export function DrillReport({ report }: { report: RestoreDrillReport }) {
  const byKind = Object.entries(report.registrations.byKind)
    .map(([kind, n]) => `${CASE_KIND_LABELS[kind as keyof typeof CASE_KIND_LABELS] ?? kind} ${n}`)
    .join('，');
  return (
    <div data-testid="drill-report">
      <Alert type={report.ok ? 'success' : 'error'} showIcon title={report.verdict} style={{ marginBottom: 16 }} data-testid="drill-verdict" />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="备份文件">{report.fileName}</Descriptions.Item>
        <Descriptions.Item label="恢复到（演练后已删除）">{report.scratchFolder}</Descriptions.Item>
        <Descriptions.Item label="文件大小">{sizeText(report.size)}</Descriptions.Item>
        <Descriptions.Item label="SHA-256 与备份时一致">{yes(report.sha256Matches, '一致', '不一致')}</Descriptions.Item>
        <Descriptions.Item label="完整性检查（integrity_check）">{yes(report.integrity === 'ok', 'ok', report.integrity || '未通过')}</Descriptions.Item>
        <Descriptions.Item label="数据库结构版本">{report.schemaVersion}</Descriptions.Item>
        <Descriptions.Item label="审计链核验">
          {yes(report.audit.ok)} 共 {report.audit.rows} 条{report.audit.problem ? `：${report.audit.problem}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="已登记">
          <span data-testid="drill-registrations">
            {report.registrations.total} 件{byKind ? `（${byKind}）` : ''}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="案件（含未登记的申请）">{report.cases} 件</Descriptions.Item>
        <Descriptions.Item label="用户">{report.users} 个</Descriptions.Item>
        <Descriptions.Item label="档案文件">
          {yes(report.archive.missing === 0, '齐全', `缺少 ${report.archive.missing} 个`)} {report.archive.present}/{report.archive.items} 个
        </Descriptions.Item>
        <Descriptions.Item label="用时">{(report.durationMs / 1000).toFixed(1)} 秒</Descriptions.Item>
      </Descriptions>
    </div>
  );
}
