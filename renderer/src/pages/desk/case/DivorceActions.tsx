import { Button, Checkbox, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { chineseDate } from '../format';
import { partyLabel } from '../labels';
import type { ActionProps } from './actionTypes';
import { divorcePhase, factsOf } from './caseFacts';

/** In cooling-off either party alone may withdraw (民法典 1077); the Popconfirm names who. */
function WithdrawButtons({ view, runner }: ActionProps) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">冷静期内任何一方均可撤回，至 {chineseDate(view.periods?.coolingOffEnds)} 止。</Typography.Text>
      <Space wrap>
        {view.parties.map((p) => {
          const who = `${partyLabel(p.position)}「${p.name}」`;
          return (
            <Popconfirm
              key={p.position}
              title={`确认由${who}撤回离婚登记申请？`}
              description="撤回后本申请即终结，如需离婚须重新申请。"
              okText="确认撤回"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              onConfirm={() => runner.run('撤回', { action: 'withdraw', partyIndex: p.position === 0 ? 0 : 1 }, () => `已由${who}撤回离婚登记申请`)}
            >
              <Button danger>
                {partyLabel(p.position)}（{p.name}）撤回
              </Button>
            </Popconfirm>
          );
        })}
      </Space>
    </Space>
  );
}

/** In collection both attend: confirm the agreement on children, property and debts, then register (民法典 1078). */
function RegisterPanel({ view, runner }: ActionProps) {
  const terms = factsOf(view).terms;
  const confirmed = !!terms && terms.childrenArranged && terms.propertyAndDebtsAgreed;
  const [children, setChildren] = useState(false);
  const [property, setProperty] = useState(false);
  const [bothPresent, setBothPresent] = useState(false);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>一、确认离婚协议</Typography.Text>
        {confirmed ? (
          <div style={{ color: '#389e0d' }}>已于 {chineseDate(terms.confirmedOn)} 确认：子女抚养已安排，财产债务已协商一致。</div>
        ) : (
          <Space orientation="vertical" style={{ display: 'flex', marginTop: 6 }}>
            <Checkbox checked={children} onChange={(e) => setChildren(e.target.checked)}>
              双方确认子女抚养已妥善安排（无子女的亦勾选）
            </Checkbox>
            <Checkbox checked={property} onChange={(e) => setProperty(e.target.checked)}>
              双方确认财产及债务处理已协商一致
            </Checkbox>
            <Button
              disabled={!children || !property}
              loading={runner.busy === '确认协议'}
              onClick={() => void runner.run('确认协议', { action: 'confirm-terms', childrenArranged: children, propertyAndDebtsAgreed: property }, () => '已记录双方对离婚协议的确认')}
            >
              确认协议
            </Button>
          </Space>
        )}
      </div>
      <div>
        <Typography.Text strong>二、登记发证</Typography.Text>
        <Space orientation="vertical" style={{ display: 'flex', marginTop: 6 }}>
          <Checkbox checked={bothPresent} onChange={(e) => setBothPresent(e.target.checked)}>
            双方当事人均已亲自到场
          </Checkbox>
          <Popconfirm
            title="确认登记离婚？"
            description="登记后生成离婚证编号，不可撤回。"
            okText="登记"
            cancelText="取消"
            disabled={!confirmed}
            onConfirm={() => runner.run('登记', { action: 'register', bothPresent }, (v: CaseView) => `已登记离婚，离婚证编号 ${v.certificateNumber ?? ''}`)}
          >
            <Button type="primary" disabled={!confirmed}>
              登记
            </Button>
          </Popconfirm>
        </Space>
      </div>
    </Space>
  );
}

/** What may be done on a divorce case today, by period. */
export function DivorceActions(props: ActionProps) {
  const phase = divorcePhase(props.view, props.today);
  if (phase === 'cooling_off') return <WithdrawButtons {...props} />;
  if (phase === 'collection') return <RegisterPanel {...props} />;
  return null;
}
