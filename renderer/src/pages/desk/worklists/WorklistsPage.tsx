import { Alert, Badge, Button, Card, Skeleton, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../../main/contract';
import type { ResponseOf } from '../../../api/client';
import { call, errorMessage } from '../../../api/client';
import { useHallEvents } from '../../../api/events';
import { useSession } from '../../../api/session';
import { ReasonModal } from '../case/ReasonModal';
import { DeskPage } from '../DeskPage';
import { caseSubject, chineseDateWithWeekday } from '../format';
import { CaseTable } from '../search/CaseTable';

type Worklists = ResponseOf<'worklists'>;


type TableProps = Parameters<typeof CaseTable>[0];

function ListCard({ title, note, cases, testId, action, deadline }: { title: string; note: string; cases: Worklists['coolingOffEnding']; testId: string } & Pick<TableProps, 'action' | 'deadline'>) {
  return (
    <Card
      size="small"
      title={
        <Space>
          {title}
          <Badge count={cases.length} showZero color={cases.length ? '#fa8c16' : '#d9d9d9'} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{note}</Typography.Text>}
      data-testid={testId}
    >
      {cases.length === 0 ? (
        <Typography.Text type="secondary">今日无此类案件</Typography.Text>
      ) : (
        <CaseTable cases={cases} action={action} deadline={deadline} />
      )}
    </Card>
  );
}

/** 今日工作: periods ending soon, cases deemed withdrawn today, marriages waiting for a manager's review, adoptions' limits and notices. */
export function WorklistsPage() {
  const session = useSession();
  const isManager = session?.user.role === 'manager';
  const [lists, setLists] = useState<Worklists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<CaseSummary | null>(null);
  // The host computes the periods with the office's calendar: the list shows the very last day.
  const periodEnd = (key: 'coolingOffEnds' | 'collectionEnds') => (c: CaseSummary) => c.periods?.[key] ?? null;

  const load = useCallback(async () => {
    try {
      setLists(await call('worklists'));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useHallEvents((event) => {
    if (event.type === 'cases.changed' || event.type === 'hello' || event.type === 'settings.changed') void load();
  });

  const review = isManager
    ? {
        title: '主管复核',
        render: (c: CaseSummary) => (
          <Button size="small" type="primary" onClick={() => setReviewing(c)}>
            复核通过
          </Button>
        ),
      }
    : undefined;

  return (
    <DeskPage title="今日工作" subtitle={lists ? chineseDateWithWeekday(lists.on) : undefined}>
      {error && <Alert type="error" showIcon title={error} />}
      {!lists ? (
        <Skeleton active />
      ) : (
        <>
          {lists.provisionalYears.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`${lists.provisionalYears.join('、')}年的法定节假日安排尚未公布：进行中的离婚案件涉及该年的期间日期为暂定，公布后可能变动`}
              description={`管理员请录入${lists.provisionalYears.join('、')}年节假日。`}
              data-testid="provisional-years"
            />
          )}
          <ListCard
            title="待主管复核"
            note={isManager ? '省级婚姻状况核验未能完成，须主管书面复核' : '已提交主管复核的结婚登记'}
            cases={lists.overridesWaiting}
            testId="overrides-waiting"
            action={review}
          />
          <ListCard title="冷静期即将届满" note="今日起三日内届满；届满后不能再撤回" cases={lists.coolingOffEnding} testId="cooling-off-ending" deadline={{ title: '冷静期届满日', date: periodEnd('coolingOffEnds') }} />
          <ListCard title="领证期即将届满" note="今日起三日内届满；逾期未申请发证的视为撤回" cases={lists.collectionEnding} testId="collection-ending" deadline={{ title: '领证期届满日', date: periodEnd('collectionEnds') }} />
          <ListCard title="今日视为撤回" note="领证期届满未申请发证，依法视为撤回" cases={lists.deemedWithdrawn} testId="deemed-withdrawn" deadline={{ title: '领证期届满日', date: periodEnd('collectionEnds') }} />
          <ListCard
            title="收养决定即将到期"
            note="三日内到期或已逾期：须作出登记或不予登记的决定"
            cases={lists.adoptionDecisionsDue}
            testId="adoption-decisions-due"
            deadline={{ title: '决定期限', date: (c) => c.adoptionDates?.decisionDue ?? null }}
          />
          <ListCard
            title="公告即将期满"
            note="寻亲公告三日内期满；期满次日起可办理收养登记"
            cases={lists.adoptionNoticesEnding}
            testId="adoption-notices-ending"
            deadline={{ title: '公告期满日', date: (c) => c.adoptionDates?.noticeEnds ?? null }}
          />
        </>
      )}
      {reviewing !== null && (
        <ReasonModal
          caseId={reviewing.id}
          subject={caseSubject(reviewing.id, reviewing.parties)}
          action="override-status"
          onClose={() => {
            setReviewing(null);
            void load();
          }}
        />
      )}
    </DeskPage>
  );
}
