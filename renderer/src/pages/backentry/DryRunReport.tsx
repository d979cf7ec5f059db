import { DownloadOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ResponseOf } from '../../api/client';
import { BACK_ENTRY_FIELD_LABELS, isBackEntryField } from '../../../../main/domain/backentry/record';
import { severityOf } from '../../../../main/domain/backentry/violations';
import { isRuleCode, RULES } from '../../../../main/domain/rule-codes';
import { saveBase64File } from '../../api/base64';

type DryRun = ResponseOf<'importDryRun'>;
type Problem = DryRun['problems'][number];

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem code in the manager's words: the rule's own Chinese message (one source with the report). */
export function problemLabel(code: string): string {
  return isRuleCode(code) ? RULES[code].message : code;
}

function SeverityTag({ code }: { code: string }) {
  const warning = isRuleCode(code) && severityOf(code) === 'warning';
  return <Tag color={warning ? 'orange' : 'red'}>{warning ? '提示' : '错误'}</Tag>;
}

const fieldLabel = (field: string) => (isBackEntryField(field) ? BACK_ENTRY_FIELD_LABELS[field] : field);

/** Step 3's answer: how many rows go in, a count per problem, the first problem rows, and the Excel report to fix the sheet by. */
export function DryRunReport({ result }: { result: DryRun }) {
  const counts = Object.entries(result.counts).sort(([, a], [, b]) => b - a).map(([code, rows]) => ({ code, rows }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="dry-run-report">
      <Row gutter={16}>
        <Col span={4}><Statistic title="总行数" value={result.rowsTotal} /></Col>
        <Col span={5}><Statistic title="可导入" value={result.accepted} styles={{ content: { color: '#389e0d' } }} /></Col>
        <Col span={5}><Statistic title="其中有提示" value={result.flagged} styles={{ content: { color: '#d46b08' } }} /></Col>
        <Col span={5}><Statistic title="已有记录（跳过）" value={result.skipped} /></Col>
        <Col span={5}><Statistic title="有错误（不导入）" value={result.refused} styles={{ content: { color: result.refused ? '#cf1322' : undefined } }} /></Col>
      </Row>
      {counts.length > 0 && (
        <Table size="small" rowKey="code" pagination={false} dataSource={counts} data-testid="problem-counts"
          columns={[
            { title: '问题', dataIndex: 'code', render: (code: string) => <Space><SeverityTag code={code} />{problemLabel(code)}</Space> },
            { title: '代码', dataIndex: 'code', width: 220, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
            { title: '行数', dataIndex: 'rows', width: 90, align: 'right' },
          ]} />
      )}
      {result.problems.length > 0 && (
        <>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text type="secondary">
              共 {result.problemsTotal} 个问题{result.problemsTotal > result.problems.length ? `，此处列出前 ${result.problems.length} 个，完整清单见错误报告` : ''}
            </Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={() => saveBase64File(result.reportBase64, result.reportFileName, XLSX_MIME)} data-testid="download-report">
              下载错误报告（Excel）
            </Button>
          </Space>
          <Table<Problem> size="small" rowKey={(p) => `${p.row}-${p.field}-${p.code}`} dataSource={result.problems} pagination={{ pageSize: 10, showSizeChanger: false }}
            data-testid="problem-rows"
            columns={[
              { title: '行', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 120, render: (c: string | null) => c ?? '—' },
              { title: '字段', dataIndex: 'field', width: 120, render: fieldLabel },
              { title: '', dataIndex: 'code', width: 70, render: (code: string) => <SeverityTag code={code} /> },
              { title: '说明', dataIndex: 'message' },
            ]} />
        </>
      )}
    </Space>
  );
}
