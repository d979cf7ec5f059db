import { Tabs } from 'antd';
import { DeskPage } from '../desk/DeskPage';
import { DevicesTab } from './DevicesTab';
import { PolicyTab } from './PolicyTab';
import { WindowsTab } from './WindowsTab';

/** 大厅设置 (manager): the windows, the calling rules, and the kiosks and boards of the hall. */
export function HallPage() {
  return (
    <DeskPage title="大厅设置">
      <Tabs
        items={[
          { key: 'windows', label: '窗口', children: <WindowsTab /> },
          { key: 'policy', label: '叫号规则', children: <PolicyTab /> },
          { key: 'devices', label: '设备', children: <DevicesTab /> },
        ]}
      />
    </DeskPage>
  );
}
