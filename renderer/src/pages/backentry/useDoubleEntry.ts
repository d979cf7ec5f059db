import { App } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';
import { useRouteData } from '../../api/useRouteData';

export interface DoubleEntrySetting {
  /** Null until the host answers. */
  readonly doubleEntry: boolean | null;
  readonly saving: boolean;
  readonly change: (doubleEntry: boolean) => Promise<void>;
}

/** Whether the office types paper pages twice (双人录入), kept fresh when a manager changes it anywhere. */
export function useDoubleEntry(): DoubleEntrySetting {
  const { message } = App.useApp();
  const { data, reload } = useRouteData('getBackEntrySettings');
  const [saving, setSaving] = useState(false);
  useHallEvents((event) => {
    if (event.type === 'settings.changed' || event.type === 'hello') void reload();
  });

  const change = async (doubleEntry: boolean) => {
    setSaving(true);
    try {
      await call('putBackEntrySettings', { body: { doubleEntry } });
      void message.success(doubleEntry ? '已开启双人录入：每页须由两位登记员分别录入，一致才入库' : '已关闭双人录入');
      await reload();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  return { doubleEntry: data?.doubleEntry ?? null, saving, change };
}
