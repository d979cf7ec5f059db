import { Alert, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CASE_KIND_LABELS } from '../../../../../main/domain/case-labels';
import { useSession } from '../../../api/session';
import { useHashArgs } from '../../../shell/hashRoute';
import { caseSubject, chineseDate, officeToday } from '../format';
import { STATUS_COLORS } from '../labels';
import { ActionsCard } from './ActionsCard';
import { ArchiveCard } from './ArchiveCard';
import { AdoptionDatesCard } from './AdoptionDatesCard';
import type { CaseDialog } from './actionTypes';
import { CaseFactsCard } from './CaseFactsCard';
import { certificateLabel } from './caseFacts';
import { HistoryCard } from './HistoryCard';
import { PartiesCard } from './PartiesCard';
import { PeriodsCard } from './PeriodsCard';
import { PrintCard } from './PrintCard';
import { ReasonModal } from './ReasonModal';
import { RequestOverrideModal } from './RequestOverrideModal';
import { RevokeModal } from './RevokeModal';
import { StatusChecksCard } from './StatusChecksCard';
import { useCase } from './useCase';
import { useCaseAction } from './useCaseAction';

/** #/cases/<id>: one case, what it records, its dates, and what may be done with it now. */
export function CasePage() {
  const [arg] = useHashArgs();
  const id = Number(arg);
  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title="案件不存在" subTitle="地址中的案件编号无效。" />;
  return <CaseScreen key={id} id={id} />;
}

function CaseScreen({ id }: { id: number }) {
  const session = useSession();
  const { view, error, notFound, reload, replace } = useCase(id);
  const runner = useCaseAction(id, replace);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const today = officeToday();

  if (notFound) return <Result status="404" title="案件不存在" subTitle={`未找到案件 ${id}。`} />;
  if (!view) return error ? <Alert type="error" showIcon title={error} /> : <Skeleton active />;

  const props = { view, today, isManager: session?.user.role === 'manager', runner, open: setDialog };
  const close = () => setDialog(null);
  const dates = [
    view.acceptedOn && `受理 ${chineseDate(view.acceptedOn)}`,
    view.registeredOn && `登记 ${chineseDate(view.registeredOn)}`,
    view.withdrawnOn && `撤回 ${chineseDate(view.withdrawnOn)}`,
  ].filter(Boolean);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1280 }}>
      {error && <Alert type="error" showIcon title={error} />}
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
        <Space align="center" size="middle">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {CASE_KIND_LABELS[view.kind]} · 案件 {view.id}
          </Typography.Title>
          <Tag color={STATUS_COLORS[view.status] ?? 'default'} style={{ fontSize: '1em', padding: '2px 10px' }} data-testid="case-status">
            {view.statusLabel}
          </Tag>
          <Typography.Text type="secondary">{dates.join(' · ')}</Typography.Text>
        </Space>
        {view.certificateNumber && (
          <div data-testid="certificate-number" style={{ textAlign: 'right' }}>
            <Typography.Text type="secondary">{certificateLabel(view.kind)} </Typography.Text>
            <Typography.Text strong copyable style={{ fontSize: '1.25em', fontFamily: 'Consolas, "DejaVu Sans Mono", monospace' }}>
              {view.certificateNumber}
            </Typography.Text>
          </div>
        )}
      </div>
      <Row gutter={16}>
        <Col span={15}>
          <PartiesCard view={view} />
        </Col>
        <Col span={9}>
          <ActionsCard {...props} />
        </Col>
      </Row>
      <PeriodsCard view={view} today={today} />
      <AdoptionDatesCard view={view} today={today} />
      <PrintCard view={view} onFiled={() => void reload()} />
      <Row gutter={16}>
        <Col span={15}>
          <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
            <HistoryCard view={view} />
            <ArchiveCard view={view} />
          </Space>
        </Col>
        <Col span={9}>
          <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
            <CaseFactsCard view={view} />
            <StatusChecksCard view={view} />
          </Space>
        </Col>
      </Row>
      {dialog === 'request-override' && <RequestOverrideModal view={view} onClose={close} onDone={replace} />}
      {(dialog === 'override-status' || dialog === 'refuse') && <ReasonModal caseId={view.id} action={dialog} subject={caseSubject(view.id, view.parties)} onClose={close} onDone={replace} />}
      {dialog === 'revoke' && <RevokeModal view={view} onClose={close} onDone={replace} />}
    </Space>
  );
}
