import { App, Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import type { EntryPageView } from '../../../../main/contract/double-entry';
import { call, errorMessage } from '../../api/client';
import { useSession } from '../../api/session';
import { useRouteData } from '../../api/useRouteData';
import { DeskPage } from '../desk/DeskPage';
import { DoubleEntrySwitch } from './DoubleEntrySwitch';
import { EntryPagesTable } from './EntryPagesTable';
import { scanFromBase64 } from './files';
import { HandEntryForm, type PagePreset } from './HandEntryForm';
import { ResolvePanel } from './ResolvePanel';
import { useDoubleEntry } from './useDoubleEntry';

type TabKey = 'entry' | 'second' | 'disputed';

/** 手工补录: a clerk types a paper page beside its scan; with 双人录入 on, the pages waiting for a second clerk and for a manager. */
export function HandEntryPage() {
  const { message } = App.useApp();
  const session = useSession();
  const setting = useDoubleEntry();
  const [tab, setTab] = useState<TabKey>('entry');
  const [preset, setPreset] = useState<PagePreset | null>(null);
  const [resolving, setResolving] = useState<number | null>(null);
  const awaiting = useRouteData('listEntryPages', { query: { state: 'awaiting_second' } });
  const disputed = useRouteData('listEntryPages', { query: { state: 'disputed' } });
  const me = session?.user.username ?? '';
  const isManager = session?.user.role === 'manager';
  const doubleEntry = setting.doubleEntry === true;

  const refresh = () => {
    void awaiting.reload();
    void disputed.reload();
  };
  const open = (key: TabKey) => {
    setTab(key);
    refresh();
  };

  // The second clerk gets the page's reference and its scan, and types the rest blind.
  const typeSecond = async (page: EntryPageView) => {
    try {
      const image = await call('getEntryPageScan', { params: { id: page.id } });
      setPreset({ pageRef: page.pageRef, scan: scanFromBase64(image.fileName, image.mimeType, image.contentBase64) });
      setTab('entry');
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  const entryTab = { key: 'entry', label: '录入', children: <HandEntryForm doubleEntry={doubleEntry} preset={preset} onSubmitted={refresh} /> };
  const secondTab = {
    key: 'second',
    label: `待第二人录入（${awaiting.data?.pages.length ?? 0}）`,
    children: <EntryPagesTable kind="awaiting_second" pages={awaiting.data?.pages ?? null} me={me} onPick={(p) => void typeSecond(p)} />,
  };
  const disputedTab = {
    key: 'disputed',
    label: `待核对（${disputed.data?.pages.length ?? 0}）`,
    children:
      resolving === null ? (
        <EntryPagesTable kind="disputed" pages={disputed.data?.pages ?? null} me={me} onPick={(p) => setResolving(p.id)} />
      ) : (
        <ResolvePanel pageId={resolving} onClose={() => { setResolving(null); refresh(); }} />
      ),
  };
  // Pages already in double entry still show when it is turned off: they are finished as they began.
  const showLists = doubleEntry || (awaiting.data?.pages.length ?? 0) > 0 || (disputed.data?.pages.length ?? 0) > 0;
  const items = [entryTab, ...(showLists ? [secondTab] : []), ...(showLists && isManager ? [disputedTab] : [])];

  return (
    <DeskPage title="手工补录" subtitle="对照纸质档案的扫描件逐项录入一条历史登记：Enter 下一项，Ctrl+Enter 提交，Esc 清空" maxWidth={1480}
      extra={<DoubleEntrySwitch setting={setting} canChange={isManager} />}>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs activeKey={tab} onChange={(key) => open(key as TabKey)} items={items} tabBarExtraContent={showLists ? <Button size="small" onClick={refresh}>刷新</Button> : null} />
      </Card>
    </DeskPage>
  );
}
