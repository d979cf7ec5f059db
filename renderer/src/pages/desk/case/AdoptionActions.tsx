import { Button, Popconfirm, Space, Tooltip, Typography } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { navigate } from '../../../shell/hashRoute';
import type { ActionProps } from './actionTypes';

/**
 * 登记 (a 收养登记证 number) or 不予登记 for an accepted adoption. 登记 stays in sight but disabled
 * while anything stands against it today (the notice still running, a report missing), listed above it.
 */
export function AdoptionActions({ view, runner, open }: ActionProps) {
  if (view.kind !== 'adoption') return null;
  if (view.status === 'registered' && view.certificateNumber) {
    return (
      <Space orientation="vertical">
        <Typography.Text type="secondary">收养关系自登记之日起成立。收养人与送养人协议解除的，凭收养登记证办理解除收养关系登记。</Typography.Text>
        <Button onClick={() => navigate(`adoption/dissolution/${view.certificateNumber}`)}>解除收养关系</Button>
      </Space>
    );
  }
  if (view.status !== 'accepted') return null;
  const blocked = view.violations.length > 0;
  const register = (
    <Button type="primary" disabled={blocked} loading={runner.busy === '登记'}>
      登记
    </Button>
  );
  return (
    <Space wrap>
      {blocked ? (
        <Tooltip title="尚有不符合登记条件的情形，见上方提示">{register}</Tooltip>
      ) : (
        <Popconfirm
          title="确认收养登记？"
          description="登记后生成收养登记证编号，收养关系自登记之日起成立。"
          okText="登记"
          cancelText="取消"
          onConfirm={() => runner.run('登记', { action: 'register' }, (v: CaseView) => `已登记，收养登记证编号 ${v.certificateNumber ?? ''}`)}
        >
          {register}
        </Popconfirm>
      )}
      <Button danger onClick={() => open('refuse')}>
        不予登记
      </Button>
    </Space>
  );
}
