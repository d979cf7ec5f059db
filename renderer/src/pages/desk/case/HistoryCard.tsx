import { Card, Timeline, Typography } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { REVOCATION_BASIS_LABELS, type RevocationBasis } from '../../../../../main/domain/rules/revocation';
import { chineseDate, eventWhen } from '../format';
import { EVENT_LABELS, partyLabel } from '../labels';

type CaseEvent = CaseView['history'][number];

const COLORS: Readonly<Record<string, string>> = { dissolve: 'gray', register: 'green', refuse: 'red', revoke: 'red', withdraw: 'gray', 'deemed-withdrawn': 'gray', 'override-status': 'orange', 'request-override': 'orange' };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What an event's recorded details say, in one line. */
function detailOf(e: CaseEvent): string | null {
  const d = e.detail;
  switch (e.action) {
    case 'accept':
      if (d.coolingOffEnds) return `冷静期至${chineseDate(text(d.coolingOffEnds))}，领证期至${chineseDate(text(d.collectionEnds))}`;
      return d.replaces ? `补领原证书 ${text(d.replaces)}` : null;
    case 'register':
      return d.certificateNumber ? `证书编号 ${text(d.certificateNumber)}${d.replaces ? `，替换原证书 ${text(d.replaces)}` : ''}` : null;
    case 'refuse':
      return `理由：${text(d.reason)}`;
    case 'withdraw':
      return typeof d.byParty === 'number' ? `由${partyLabel(d.byParty)}提出` : null;
    case 'deemed-withdrawn':
      return '领证期届满未申请发证，依法视为撤回';
    case 'confirm-terms':
      return `子女抚养${d.childrenArranged ? '已妥善安排' : '未确认'}；财产及债务处理${d.propertyAndDebtsAgreed ? '已协商一致' : '未确认'}`;
    case 'request-override':
      return text(d.note) ? `说明：${text(d.note)}` : null;
    case 'override-status':
      return `复核理由：${text(d.reason)}`;
    case 'dissolve':
      return typeof d.dissolutionCaseId === 'number' ? `协议解除收养关系（案件 ${d.dissolutionCaseId}），收养登记证已收回` : null;
    case 'revoke': {
      const basis = d.basis as { kind?: RevocationBasis; documentNumber?: string; issuedOn?: string } | undefined;
      const kind = basis?.kind ? REVOCATION_BASIS_LABELS[basis.kind] : '';
      return `依据：${kind}（${text(basis?.documentNumber)}，${chineseDate(text(basis?.issuedOn))}）；${text(d.remark)}`;
    }
    default:
      return null;
  }
}

/** The case's dated events, oldest first: the audit chain as the registrar reads it. */
export function HistoryCard({ view }: { view: CaseView }) {
  const items = view.history.map((e) => {
    const detail = detailOf(e);
    return {
      key: `${e.revision}-${e.action}-${e.at}`,
      color: COLORS[e.action] ?? 'blue',
      content: (
        <div>
          <div>
            <Typography.Text strong>{EVENT_LABELS[e.action] ?? e.action}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: '0.9em' }}>
              {eventWhen(e.on, e.at)} · {e.actorName}
            </Typography.Text>
          </div>
          {detail && <div style={{ color: 'rgba(0,0,0,0.65)' }}>{detail}</div>}
        </div>
      ),
    };
  });
  return (
    <Card title="办理记录" size="small" data-testid="history">
      <Timeline items={items} style={{ marginTop: 8, marginBottom: -16 }} />
    </Card>
  );
}
