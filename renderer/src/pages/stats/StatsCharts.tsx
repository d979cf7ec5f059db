import { Col, Row } from 'antd';
import { useMemo } from 'react';
import type { QueueStats } from '../../../../main/contract';
import { EChart, type ChartOption } from './EChart';
import { minutes, type StatsRow } from './statsFormat';

const TOOLTIP = { trigger: 'axis' } as const;
const GRID = { left: 48, right: 48, top: 40, bottom: 32 } as const;

/** Tickets, served and no-shows of each group, as bars. */
function countsOption(rows: readonly StatsRow[]): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '取号', type: 'bar', data: rows.map((r) => r.tickets) },
      { name: '办结', type: 'bar', data: rows.map((r) => r.served) },
      { name: '过号', type: 'bar', data: rows.map((r) => r.noShows) },
    ],
  };
}

/** Each day's tickets (bars) against its mean and 90th-percentile waits in minutes (lines, right axis). */
function daysOption(rows: readonly StatsRow[]): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: rows.map((r) => r.label.slice(5)) },
    yAxis: [
      { type: 'value', name: '号', minInterval: 1 },
      { type: 'value', name: '分钟' },
    ],
    series: [
      { name: '取号', type: 'bar', data: rows.map((r) => r.tickets) },
      { name: '平均等候', type: 'line', yAxisIndex: 1, data: rows.map((r) => minutes(r.waiting.mean)) },
      { name: '等候90%分位', type: 'line', yAxisIndex: 1, data: rows.map((r) => minutes(r.waiting.p90)) },
    ],
  };
}

/** Mean waiting and service minutes of each window. */
function windowsOption(rows: readonly StatsRow[]): ChartOption {
  return {
    tooltip: TOOLTIP,
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', name: '分钟' },
    series: [
      { name: '平均等候', type: 'bar', data: rows.map((r) => minutes(r.waiting.mean)) },
      { name: '平均办理', type: 'bar', data: rows.map((r) => minutes(r.service.mean)) },
    ],
  };
}

export function StatsCharts({ stats }: { stats: QueueStats }) {
  const services = useMemo(() => countsOption(stats.byService), [stats]);
  const days = useMemo(() => daysOption(stats.byDay), [stats]);
  const windows = useMemo(() => windowsOption(stats.byWindow), [stats]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <h4 style={{ margin: '0 0 8px' }}>各业务取号与办结</h4>
        <EChart option={services} testId="chart-services" />
      </Col>
      <Col xs={24} xl={12}>
        <h4 style={{ margin: '0 0 8px' }}>各窗口等候与办理时长</h4>
        <EChart option={windows} testId="chart-windows" />
      </Col>
      {stats.byDay.length > 1 && (
        <Col span={24}>
          <h4 style={{ margin: '0 0 8px' }}>逐日取号与等候</h4>
          <EChart option={days} testId="chart-days" />
        </Col>
      )}
    </Row>
  );
}
