import { Space, Switch, Tag, Tooltip } from 'antd';
import type { DoubleEntrySetting } from './useDoubleEntry';

/** 双人录入 on or off: a switch for whoever may change it (manager, admin), a tag for a clerk. */
export function DoubleEntrySwitch({ setting, canChange }: { setting: DoubleEntrySetting; canChange: boolean }) {
  const { doubleEntry, saving, change } = setting;
  if (doubleEntry === null) return null;
  if (!canChange) return <Tag color={doubleEntry ? 'blue' : 'default'} data-testid="double-entry-tag">双人录入：{doubleEntry ? '已开启' : '未开启'}</Tag>;
  return (
    <Tooltip title="开启后，手工补录的每一页须由两位登记员分别录入（第二人看不到第一人的内容），逐项一致才入库，不一致的交主管核对">
      <Space>
        <span>双人录入</span>
        <Switch checked={doubleEntry} loading={saving} onChange={(on) => void change(on)} aria-label="双人录入" data-testid="double-entry-switch" />
      </Space>
    </Tooltip>
  );
}
