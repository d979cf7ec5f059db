import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { COLLECTION_DAYS, COOLING_OFF_DAYS } from '../../../../../main/domain/divorce';
import { daysBetween } from '../../../../../main/domain/dates';
import { chineseDateWithWeekday, periodRange } from '../format';
import { PERIOD_COLORS, PeriodCalendar } from './PeriodCalendar';
import { useWorkCalendar } from './useWorkCalendar';

type Periods = NonNullable<CaseView['periods']>;

/** Where an open case stands today, in one sentence. */
function todayInWords(p: Periods, today: string): string | null {
  if (today < p.acceptedOn) return null;
  if (today === p.acceptedOn) return `今天是受理日（第 0 日）；冷静期自明日起算。`;
  if (today <= p.coolingOffEnds) return `今天是冷静期第 ${daysBetween(p.acceptedOn, today)} 日，距冷静期届满还有 ${daysBetween(today, p.coolingOffEnds)} 日；期间任何一方可撤回申请。`;
  if (today <= p.collectionEnds) return `今天在领证期内，距领证期届满还有 ${daysBetween(today, p.collectionEnds)} 日；双方须共同到场申请发证。`;
  return null;
}

const Swatch = ({ kind }: { kind: keyof typeof PERIOD_COLORS }) => (
  <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, marginRight: 8, background: PERIOD_COLORS[kind].background }} />
);

/** A divorce case's dated stages: Day 0, cooling-off, collection, deemed withdrawal — in words and, while open, on a calendar. */
export function PeriodsCard({ view, today }: { view: CaseView; today: string }) {
  const calendar = useWorkCalendar();
  const p = view.periods;
  if (!p) return null;
  const open = view.status === 'accepted';
  const now = open ? todayInWords(p, today) : null;
  const words = (
    <Descriptions
      column={open ? 1 : 2}
      size="small"
      items={[
        { key: 'day0', label: <><Swatch kind="day0" />受理日（第 0 日）</>, children: chineseDateWithWeekday(p.acceptedOn) },
        { key: 'cooling', label: <><Swatch kind="cooling" />冷静期</>, children: <span data-testid="cooling-words">{periodRange(p.coolingOffStarts, p.coolingOffEnds, COOLING_OFF_DAYS)}</span> },
        { key: 'collection', label: <><Swatch kind="collection" />领证期</>, children: <span data-testid="collection-words">{periodRange(p.collectionStarts, p.collectionEnds, COLLECTION_DAYS)}</span> },
        { key: 'deemed', label: <><Swatch kind="deemed" />视为撤回日</>, children: chineseDateWithWeekday(p.deemedWithdrawnOn) },
      ]}
    />
  );
  if (!open) {
    // A closed case keeps its dates for the record; the calendar is for cases still running.
    return (
      <Card title="离婚冷静期与领证期（已办结）" size="small" data-testid="periods">
        {words}
      </Card>
    );
  }
  return (
    <Card title="离婚冷静期与领证期" size="small" data-testid="periods">
      {p.provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`以下日期为暂定：${p.provisionalYears.join('、')}年的法定节假日安排尚未公布，期间末日暂只按周末顺延，公布后可能变动（管理员请录入该年节假日）`}
        />
      )}
      <Row gutter={24}>
        <Col span={9}>
          {now && (
            <Typography.Paragraph strong style={{ marginBottom: 12 }} data-testid="periods-today">
              {now}
            </Typography.Paragraph>
          )}
          {words}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: '0.9em' }}>
            冷静期内任何一方可撤回申请；冷静期届满后的领证期内，双方须共同到场申请发给离婚证；领证期届满未申请的，申请视为撤回（民法典第一千零七十七条）。
          </Typography.Paragraph>
        </Col>
        <Col span={15}>
          <PeriodCalendar periods={p} today={today} calendar={calendar} />
        </Col>
      </Row>
    </Card>
  );
}
