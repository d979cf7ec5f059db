import { Alert, App, Button, Card, Col, Row, Segmented, Skeleton, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { BackEntryProgress, RegistryStats } from '../../../../main/contract';
import { assertNever } from '../../../../main/domain/assert-never';
import { addDays, isValidDate } from '../../../../main/domain/dates';
import { REGISTRY_GROUPING_LABELS, REGISTRY_GROUPINGS, type RegistryGrouping } from '../../../../main/domain/registry-periods';
import { useRouteData } from '../../api/useRouteData';
import { chineseDate, officeToday } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';
import { useOffice } from '../useOffice';
import { exportRegistry } from './exportRegistry';
import { FigureTableView } from './FigureTableView';
import { RegistryCharts } from './RegistryCharts';
import { DECADE_COLUMNS, decadeLabel, FIGURE_TABLES, figureRows, GROUPING_FIRST_COLUMN } from './registryFormat';

type Preset = 'month' | 'last_month' | 'year' | 'last_year' | 'custom';

const PRESETS: readonly { value: Preset; label: string }[] = [
  { value: 'month', label: '本月' },
  { value: 'last_month', label: '上月' },
  { value: 'year', label: '本年' },
  { value: 'last_year', label: '上年' },
  { value: 'custom', label: '自定义' },
];

function presetRange(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string; grouping: RegistryGrouping } {
  const monthStart = `${today.slice(0, 8)}01`;
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'month':
      return { from: monthStart, to: today, grouping: 'day' };
    case 'last_month': {
      const lastDay = addDays(monthStart, -1);
      return { from: `${lastDay.slice(0, 8)}01`, to: lastDay, grouping: 'day' };
    }
    case 'year':
      return { from: `${year}-01-01`, to: today, grouping: 'month' };
    case 'last_year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, grouping: 'month' };
    default:
      return assertNever(preset, 'preset');
  }
}

/** 登记统计: the registry's figures for any range, by day, month or year, as tables, charts and an Excel file. */
export function RegistryPage() {
  const { message } = App.useApp();
  const today = officeToday();
  const { office } = useOffice();
  const [preset, setPreset] = useState<Preset>('year');
  const [range, setRange] = useState(() => presetRange('year', today));
  const [exporting, setExporting] = useState(false);
  const valid = isValidDate(range.from) && isValidDate(range.to) && range.from <= range.to;
  // Half-typed dates are not asked for: the figures of the last whole range stay until the next one.
  const [asked, setAsked] = useState(range);
  useEffect(() => {
    if (valid) setAsked(range);
  }, [valid, range]);
  const { data: shown, error } = useRouteData('registryStats', { query: asked });
  // The whole archive's back entries, whatever the range: asked once.
  const { data: progress } = useRouteData('registryBackEntries');

  const choose = (p: Preset) => {
    setPreset(p);
    if (p !== 'custom') setRange(presetRange(p, today));
  };
  const edit = (change: Partial<typeof range>) => {
    setPreset('custom');
    setRange((r) => ({ ...r, ...change }));
  };

  const download = async () => {
    if (!shown || !progress) return;
    setExporting(true);
    try {
      await exportRegistry(shown, progress, office?.officeName ?? '');
    } catch {
      void message.error('导出失败，请重试');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title="登记统计"
      extra={
        <Button type="primary" onClick={() => void download()} disabled={!shown || !progress} loading={exporting}>
          导出 Excel
        </Button>
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap size="middle">
          <Segmented<Preset> aria-label="统计期间" value={preset} onChange={choose} options={[...PRESETS]} />
          <DateInput aria-label="起始日期" value={range.from} onChange={(from) => edit({ from })} style={{ width: 240 }} />
          <span>至</span>
          <DateInput aria-label="截止日期" value={range.to} onChange={(to) => edit({ to })} style={{ width: 240 }} />
          <Segmented<RegistryGrouping>
            aria-label="分组"
            value={range.grouping}
            onChange={(grouping) => setRange((r) => ({ ...r, grouping }))}
            options={REGISTRY_GROUPINGS.map((g) => ({ value: g, label: REGISTRY_GROUPING_LABELS[g] }))}
          />
        </Space>
        {!valid && <Alert type="warning" showIcon title="请输入有效的起止日期（截止日期不早于起始日期）" />}
        {error && <Alert type="error" showIcon title={error} />}
        {!shown ? !error && <Skeleton active /> : <Figures stats={shown} progress={progress} />}
      </Space>
    </Card>
  );
}

function Figures({ stats, progress }: { stats: RegistryStats; progress: BackEntryProgress | null }) {
  const t = stats.total;
  const first = GROUPING_FIRST_COLUMN[stats.grouping];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[16, 16]} data-testid="registry-summary">
        <Col xs={12} md={4}><Statistic title="结婚登记（对）" value={t.marriages} /></Col>
        <Col xs={12} md={4}><Statistic title="其中涉外等（对）" value={t.marriagesForeign} /></Col>
        <Col xs={12} md={4}><Statistic title="离婚登记（对）" value={t.divorces} /></Col>
        <Col xs={12} md={4}><Statistic title="受理离婚申请" value={t.divorceApplications} /></Col>
        <Col xs={12} md={4}><Statistic title="补领证书" value={t.reissues} /></Col>
        <Col xs={12} md={4}><Statistic title="收养登记" value={t.adoptions} /></Col>
      </Row>
      <Typography.Text type="secondary" data-testid="registry-range">
        {chineseDate(stats.from)}至{chineseDate(stats.to)}，数据截至{chineseDate(stats.asOf)}；含历史补录档案，视为撤回与未办结按办公日历推算。
      </Typography.Text>
      <RegistryCharts stats={stats} progress={progress} />
      <Tabs
        items={[
          ...FIGURE_TABLES.map((table) => ({ key: table.key, label: table.title, children: <FigureTableView table={table} rows={figureRows(stats)} first={first} /> })),
          { key: 'decades', label: '补录按登记年代', children: <DecadeTable progress={progress} /> },
        ]}
      />
    </Space>
  );
}

function DecadeTable({ progress }: { progress: BackEntryProgress | null }) {
  const rows = progress?.byDecade ?? [];
  return (
    <Table
      rowKey="decade"
      size="small"
      bordered
      pagination={false}
      dataSource={[...rows]}
      loading={progress === null}
      data-testid="registry-decades"
      locale={{ emptyText: '尚无历史补录档案' }}
      columns={[
        { title: '登记年代', dataIndex: 'decade', render: (d: number) => decadeLabel(d) },
        ...DECADE_COLUMNS.map((c, i) => ({ title: c.title, key: String(i), align: 'right' as const, render: (_: unknown, d: (typeof rows)[number]) => c.value(d) })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>累计补录</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} colSpan={DECADE_COLUMNS.length} align="right">
            <strong>{progress?.total ?? '—'}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
