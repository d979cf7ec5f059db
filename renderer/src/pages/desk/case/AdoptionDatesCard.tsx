import { Alert, Card, Descriptions, Typography, type DescriptionsProps } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { ADOPTION_DECISION_DAYS, ADOPTION_NOTICE_DAYS } from '../../../../../main/domain/adoption';
import { addDays, daysBetween } from '../../../../../main/domain/dates';
import { chineseDate, chineseDateWithWeekday, periodRange } from '../format';

export type AdoptionDates = NonNullable<CaseView['adoptionDates']>;

/** Where an open adoption stands today: the notice first, then the decision limit. */
function todayInWords(d: AdoptionDates, today: string): string {
  const notice = d.registrableFrom && today < d.registrableFrom ? `寻亲公告期内，${chineseDate(d.registrableFrom)}起方可登记（还有 ${daysBetween(today, d.registrableFrom)} 日）；` : '';
  const due = daysBetween(today, d.decisionDue);
  const decision = due >= 0 ? `距决定期限还有 ${due} 日。` : `已超过决定期限 ${-due} 日。`;
  return notice + decision;
}

/** The application day, the notice and its end, the first day registration may be made, the decision limit. */
export function AdoptionDatesList({ dates: d, column = 1 }: { dates: AdoptionDates; column?: number }) {
  const items: NonNullable<DescriptionsProps['items']> = [{ key: 'applied', label: '申请日', children: chineseDateWithWeekday(d.appliedOn) }];
  if (d.noticeStartsOn && d.noticeEnds) {
    items.push(
      { key: 'notice', label: '寻亲公告', children: `${chineseDate(d.noticeStartsOn)}发布；公告期${periodRange(addDays(d.noticeStartsOn, 1), d.noticeEnds, ADOPTION_NOTICE_DAYS)}` },
      { key: 'noticeEnds', label: '公告期满', children: chineseDateWithWeekday(d.noticeEnds) },
    );
  }
  items.push(
    { key: 'registrable', label: '可登记日', children: d.registrableFrom ? chineseDateWithWeekday(d.registrableFrom) : '无需公告，审查通过即可登记' },
    { key: 'due', label: '决定期限', children: <strong data-testid="decision-due">{chineseDateWithWeekday(d.decisionDue)}</strong> },
  );
  return (
    <>
      {d.provisional && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`以下日期为暂定：${d.provisionalYears.join('、')}年的法定节假日安排尚未公布，期限末日暂只按周末顺延，公布后可能变动`}
        />
      )}
      <Descriptions column={column} size="small" items={items} />
    </>
  );
}

/** An adoption case's dates (收养登记办法 8: 30 days to decide, the 60-day notice not counted), while open and for the record. */
export function AdoptionDatesCard({ view, today }: { view: CaseView; today: string }) {
  const d = view.adoptionDates;
  if (!d) return null;
  const open = view.status === 'accepted';
  return (
    <Card title={open ? '收养登记期限' : '收养登记期限（已办结）'} size="small" data-testid="adoption-dates">
      {open && (
        <Typography.Paragraph strong style={{ marginBottom: 12 }} data-testid="adoption-today">
          {todayInWords(d, today)}
        </Typography.Paragraph>
      )}
      <AdoptionDatesList dates={d} column={2} />
      {open && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: '0.9em' }}>
          登记机关自次日起 {ADOPTION_DECISION_DAYS} 日内作出决定；查找不到生父母的被收养人须经寻亲公告，公告期满方可登记，公告期间不计入审查期限。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
