import { Col, Row } from 'antd';
import { useMemo } from 'react';
import type { BackEntryProgress, RegistryStats } from '../../../../main/contract';
import { EChart, type ChartOption } from '../stats/EChart';
import { decadeLabel, periodLabel } from './registryFormat';

type Series = Extract<ChartOption['series'], readonly unknown[]>;

/** A chart over categories (periods, decades), with its legend on top and the axis tooltip. */
function categoryChart(categories: readonly string[], yAxis: ChartOption['yAxis'], series: Series): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: [...categories] },
    yAxis,
    series,
  };
}

/** Marriages (mainland and foreign-related stacked), divorces registered and divorce applications, per period. */
function registrationsOption(stats: RegistryStats): ChartOption {
  const p = stats.periods;
  return categoryChart(p.map((r) => periodLabel(r.key)), { type: 'value', minInterval: 1 }, [
    { name: '结婚（内地居民）', type: 'bar', stack: 'marriage', data: p.map((r) => r.marriages - r.marriagesForeign) },
    { name: '结婚（涉外等）', type: 'bar', stack: 'marriage', data: p.map((r) => r.marriagesForeign) },
    { name: '离婚登记', type: 'bar', data: p.map((r) => r.divorces) },
    { name: '受理离婚申请', type: 'line', data: p.map((r) => r.divorceApplications) },
  ]);
}

/** Mean age at marriage of men and women, per period. */
function agesOption(stats: RegistryStats): ChartOption {
  const p = stats.periods;
  return categoryChart(p.map((r) => periodLabel(r.key)), { type: 'value', name: '岁', scale: true }, [
    { name: '男方平均年龄', type: 'line', connectNulls: true, data: p.map((r) => r.meanAgeMale) },
    { name: '女方平均年龄', type: 'line', connectNulls: true, data: p.map((r) => r.meanAgeFemale) },
  ]);
}

/** Every back-entered record so far, by the decade of its registration and its kind. */
function decadesOption(progress: BackEntryProgress): ChartOption {
  const d = progress.byDecade;
  return categoryChart(d.map((r) => decadeLabel(r.decade)), { type: 'value', minInterval: 1 }, [
    { name: '结婚登记', type: 'bar', stack: 'kind', data: d.map((r) => r.marriage) },
    { name: '离婚登记', type: 'bar', stack: 'kind', data: d.map((r) => r.divorce) },
    { name: '补领证书', type: 'bar', stack: 'kind', data: d.map((r) => r.reissue) },
  ]);
}

export function RegistryCharts({ stats, progress }: { stats: RegistryStats; progress: BackEntryProgress | null }) {
  const registrations = useMemo(() => registrationsOption(stats), [stats]);
  const ages = useMemo(() => agesOption(stats), [stats]);
  const decades = useMemo(() => progress && decadesOption(progress), [progress]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <h4 style={{ margin: '0 0 8px' }}>结婚与离婚登记</h4>
        <EChart option={registrations} testId="chart-registrations" />
      </Col>
      <Col xs={24} xl={12}>
        <h4 style={{ margin: '0 0 8px' }}>平均结婚年龄</h4>
        <EChart option={ages} testId="chart-ages" />
      </Col>
      {decades && progress && progress.total > 0 && (
        <Col span={24}>
          <h4 style={{ margin: '0 0 8px' }}>历史补录档案（按登记年代）</h4>
          <EChart option={decades} height={260} testId="chart-decades" />
        </Col>
      )}
    </Row>
  );
}
