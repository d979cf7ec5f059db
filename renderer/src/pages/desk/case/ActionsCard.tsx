import { Button, Card, Space, Typography } from 'antd';
import type { ActionProps } from './actionTypes';
import { AdoptionActions } from './AdoptionActions';
import { divorcePhase } from './caseFacts';
import { DivorceActions } from './DivorceActions';
import { MarriageActions } from './MarriageActions';
import { ReissueActions } from './ReissueActions';
import { ViolationAlert } from '../violations';

/** Why the next step cannot be taken yet, in the registrar's words, by kind and state. */
function blockedTitle(props: ActionProps): string {
  const { view, today } = props;
  if (view.kind === 'divorce' && divorcePhase(view, today) === 'cooling_off') return '冷静期内尚不能登记离婚';
  if (view.kind === 'divorce') return '尚不能登记离婚';
  if (view.kind === 'adoption') return '尚不能办理收养登记';
  return view.status === 'draft' ? '尚不能受理' : '尚不能登记';
}

/** The actions that may be taken on the case now, with what blocks the next one and why the last one failed. */
export function ActionsCard(props: ActionProps) {
  const { view, isManager, runner, open } = props;
  const closed = !['draft', 'accepted'].includes(view.status);
  // Revocation is of a marriage registration (婚姻登记 on a 司法建议书 and the like); an adoption is ended by dissolution.
  const revocable = isManager && view.status === 'registered' && view.kind !== 'adoption' && view.kind !== 'adoption_dissolution';
  // A registered adoption still has one step: its dissolution by agreement (AdoptionActions offers it).
  const dissolvable = view.kind === 'adoption' && view.status === 'registered';
  return (
    <Card title="办理" size="small" data-testid="case-actions">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {runner.refusal && <ViolationAlert title={runner.refusal.title} violations={runner.refusal.violations} />}
        {!closed && <ViolationAlert type="warning" title={blockedTitle(props)} violations={view.violations} />}
        {view.kind === 'marriage' && <MarriageActions {...props} />}
        {view.kind === 'reissue' && <ReissueActions {...props} />}
        {view.kind === 'divorce' && <DivorceActions {...props} />}
        {view.kind === 'adoption' && <AdoptionActions {...props} />}
        {closed && !revocable && !dissolvable && <Typography.Text type="secondary">本案件已办结（{view.statusLabel}），无待办事项。</Typography.Text>}
        {revocable && (
          <div>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              以欺骗手段取得的登记，凭司法建议书、检察建议书、公安机关认定或法院宣告婚姻无效判决撤销。
            </Typography.Paragraph>
            <Button danger onClick={() => open('revoke')}>
              撤销登记
            </Button>
          </div>
        )}
      </Space>
    </Card>
  );
}
