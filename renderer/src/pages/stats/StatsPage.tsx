import { Alert, App, Button, Card, Col, Row, Segmented, Skeleton, Space, Statistic, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { QueueStats } from '../../../../main/contract';
import { addDays, isValidDate } from '../../../../main/domain/dates';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';
import { chineseDate, officeToday } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';
import { exportStats } from './exportStats';
import { RatingsCard } from './RatingsCard';
import { StatsCharts } from './StatsCharts';
import { StatsTable } from './StatsTable';
import { minutesText, percentText, statsTables, totals } from './statsFormat';

type Preset = 'today' | 'week' | 'month' | 'custom';

function presetRange(preset: Exclude<Preset, 'custom'>, today: string): [string, string] {
  if (preset === 'week') return [addDays(today, -6), today];
  if (preset === 'month') return [`${today.slice(0, 8)}01`, today];
  return [today, today];
}

/** 统计分析: the hall's figures for a day or a range, as charts and tables, and as an Excel file. */
export function StatsPage() {
  const { message } = App.useApp();
  const today = officeToday();
  const [preset, setPreset] = useState<Preset>('today');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [stats, setStats] = useState<QueueStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [exporting, setExporting] = useState(false);
  const valid = isValidDate(from) && isValidDate(to) && from <= to;

  // Today's figures move as the hall works: a call or a rating refreshes them.
  useHallEvents((event) => {
    if ((event.type === 'queue.changed' || event.type === 'queue.rated') && to >= today) setTick((n) => n + 1);
  });

  useEffect(() => {
    if (!valid) return;
    let live = true;
    call('queueStats', { query: { from, to } }).then(
      (answer) => {
        if (!live) return;
        setStats(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (live) setError(errorMessage(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [valid, from, to, tick]);

  const choose = (p: Preset) => {
    setPreset(p);
    if (p === 'custom') return;
    const [f, t] = presetRange(p, today);
    setFrom(f);
    setTo(t);
  };

  const pickDate = (set: (v: string) => void, value: string) => {
    setPreset('custom');
    set(value);
  };

  const download = async () => {
    if (!stats) return;
    setExporting(true);
    try {
      await exportStats(stats);
    } catch {
      void message.error('导出失败，请重试');
    } finally {
      setExporting(false);
    }
  };

  const shown = stats && stats.from === from && stats.to === to ? stats : null;
  return (
    <Card
      title="统计分析"
      extra={
        <Button type="primary" onClick={() => void download()} disabled={!shown} loading={exporting}>
          导出 Excel
        </Button>
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap size="middle">
          <Segmented<Preset>
            aria-label="统计期间"
            value={preset}
            onChange={choose}
            options={[
              { value: 'today', label: '今日' },
              { value: 'week', label: '近 7 日' },
              { value: 'month', label: '本月' },
              { value: 'custom', label: '自定义' },
            ]}
          />
          <DateInput aria-label="起始日期" value={from} onChange={(v) => pickDate(setFrom, v)} style={{ width: 240 }} />
          <span>至</span>
          <DateInput aria-label="截止日期" value={to} onChange={(v) => pickDate(setTo, v)} style={{ width: 240 }} />
        </Space>
        {!valid && <Alert type="warning" showIcon title="请输入有效的起止日期（截止日期不早于起始日期）" />}
        {error && <Alert type="error" showIcon title={error} />}
        {!shown ? !error && <Skeleton active /> : <Figures stats={shown} />}
      </Space>
    </Card>
  );
}

function Figures({ stats }: { stats: QueueStats }) {
  const t = totals(stats);
  const all = stats.byService.flatMap((r) => (r.waiting.count > 0 ? [r] : []));
  // The hall's mean wait: each service's mean weighted by its number of called tickets.
  const waited = all.reduce((s, r) => s + r.waiting.count, 0);
  const meanWait = waited === 0 ? null : all.reduce((s, r) => s + (r.waiting.mean ?? 0) * r.waiting.count, 0) / waited;
  const a = stats.appointments;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[16, 16]} data-testid="stats-summary">
        <Col xs={12} md={4}><Statistic title="取号" value={t.tickets} /></Col>
        <Col xs={12} md={4}><Statistic title="办结" value={t.served} /></Col>
        <Col xs={12} md={4}><Statistic title="过号" value={t.noShows} /></Col>
        <Col xs={12} md={4}><Statistic title="平均等候（分钟）" value={minutesText(meanWait)} /></Col>
        <Col xs={12} md={4}><Statistic title="预约使用率" value={percentText(a.fillRate)} /></Col>
        <Col xs={12} md={4}><Statistic title="预约（已约/名额）" value={`${a.booked}/${a.capacity}`} /></Col>
      </Row>
      <div style={{ color: 'rgba(0,0,0,0.55)' }} data-testid="appointment-figures">
        {chineseDate(stats.from)}至{chineseDate(stats.to)}：预约名额 {a.capacity}，已预约 {a.booked}，已签到取号 {a.checkedIn}，预约未到 {a.noShows}
      </div>
      <StatsCharts stats={stats} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        明细
      </Typography.Title>
      <Tabs
        items={statsTables(stats).map((table) => ({
          key: table.key,
          label: table.title,
          children: <StatsTable rows={table.rows} first={table.first} testId={`stats-${table.key}`} />,
        }))}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        服务评价（好差评）
      </Typography.Title>
      <RatingsCard ratings={stats.ratings} />
    </Space>
  );
}
