import { Button, Popconfirm, Space, Typography } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { chineseDateTime } from '../format';
import { factsOf } from './caseFacts';
import type { ActionProps } from './actionTypes';

const UNVERIFIED = 'MAR_STATUS_UNVERIFIED';

/** 受理, 登记, 提交主管复核 / 复核通过 and 不予登记 for a marriage, each only when it may be done now. */
export function MarriageActions({ view, isManager, runner, open }: ActionProps) {
  const f = factsOf(view);
  const open_ = view.status === 'draft' || view.status === 'accepted';
  if (!open_) return null;
  const clear = view.violations.length === 0;
  const unverified = view.violations.some((v) => v.code === UNVERIFIED);
  const onlyUnverified = unverified && view.violations.every((v) => v.code === UNVERIFIED);
  const awaiting = unverified && f.overrideRequested && !f.unverifiedOverride;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {awaiting && (
        <Typography.Text type="warning" data-testid="awaiting-override">
          已于 {chineseDateTime(f.overrideRequested!.at)} 提交主管复核，等待大厅主管处理。
        </Typography.Text>
      )}
      <Space wrap>
        {view.status === 'draft' && clear && (
          <Button type="primary" loading={runner.busy === '受理'} onClick={() => void runner.run('受理', { action: 'accept' }, (v: CaseView) => `案件 ${v.id} 已受理`)}>
            受理
          </Button>
        )}
        {view.status === 'accepted' && clear && (
          <Popconfirm
            title="确认登记？"
            description="登记后生成结婚证编号，不可撤回。"
            okText="登记"
            cancelText="取消"
            onConfirm={() => runner.run('登记', { action: 'register' }, (v: CaseView) => `已登记，结婚证编号 ${v.certificateNumber ?? ''}`)}
          >
            <Button type="primary">
              登记
            </Button>
          </Popconfirm>
        )}
        {view.status === 'draft' && onlyUnverified && !f.overrideRequested && <Button onClick={() => open('request-override')}>提交主管复核</Button>}
        {isManager && unverified && (
          <Button type={awaiting ? 'primary' : 'default'} onClick={() => open('override-status')}>
            复核通过
          </Button>
        )}
        <Button danger onClick={() => open('refuse')}>
          不予登记
        </Button>
      </Space>
    </Space>
  );
}
