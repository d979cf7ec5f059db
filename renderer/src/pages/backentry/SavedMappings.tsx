import { App, Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { ColumnMapping } from '../../../../main/domain/backentry/mapping';
import { columnKeys } from '../../../../main/domain/backentry/mapping';
import { call, errorMessage } from '../../api/client';
import { useRouteData } from '../../api/useRouteData';

/** A saved mapping fitted to this file: its columns the file has, and its defaults. */
function fitted(saved: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const keys = new Set(columnKeys(headers));
  return { columns: Object.fromEntries(Object.entries(saved.columns).filter(([column]) => keys.has(column))), defaults: saved.defaults };
}

/** Column mappings kept by name: one chosen fills the drop-downs, the current one saved for the next file. */
export function SavedMappings({ headers, mapping, name, onApply, onName }: {
  headers: readonly string[];
  mapping: ColumnMapping;
  name: string;
  onApply: (mapping: ColumnMapping, name: string) => void;
  onName: (name: string) => void;
}) {
  const { message } = App.useApp();
  const { data, reload } = useRouteData('listImportMappings');
  const [saving, setSaving] = useState(false);
  const saved = data?.mappings ?? [];

  const save = async () => {
    setSaving(true);
    try {
      await call('putImportMapping', { params: { name: name.trim() }, body: { mapping } });
      void message.success(`已保存列对应「${name.trim()}」`);
      await reload();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space wrap>
      <Select aria-label="套用已保存的列对应" placeholder={saved.length ? '套用已保存的列对应…' : '尚无保存的列对应'} style={{ width: 240 }} disabled={!saved.length}
        value={null} options={saved.map((m) => ({ value: m.name, label: m.name }))}
        onChange={(chosen: string) => {
          const found = saved.find((m) => m.name === chosen);
          if (found) onApply(fitted(found.mapping as ColumnMapping, headers), found.name);
        }} />
      <Input aria-label="列对应名称" placeholder="为这套列对应起个名字" style={{ width: 220 }} maxLength={60} value={name} onChange={(e) => onName(e.target.value)} />
      <Button onClick={() => void save()} disabled={!name.trim()} loading={saving}>保存列对应</Button>
    </Space>
  );
}
