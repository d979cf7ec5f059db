import { Alert, Input, Select, Table, Typography } from 'antd';
import { BACK_ENTRY_FIELD_LABELS, BACK_ENTRY_FIELDS, REQUIRED_FIELDS, type BackEntryField } from '../../../../main/domain/backentry/record';
import { checkMapping, columnKeys, type ColumnMapping } from '../../../../main/domain/backentry/mapping';

const FIELD_OPTIONS = [
  { value: '', label: '（不导入）' },
  ...BACK_ENTRY_FIELDS.map((f) => ({ value: f, label: `${BACK_ENTRY_FIELD_LABELS[f]}${REQUIRED_FIELDS.includes(f) ? ' *' : ''}` })),
];

// What a whole register usually shares, said once instead of in a column.
const DEFAULT_HINTS: Partial<Record<BackEntryField, string>> = {
  kind: '整本登记簿都是同一类别时填写，如 结婚',
  office: '整本登记簿都是同一登记机关时填写',
};

interface ColumnRow {
  readonly key: string;
  readonly header: string;
  readonly samples: readonly string[];
}

function without<K extends string, V>(record: Readonly<Partial<Record<K, V>>>, key: K): Partial<Record<K, V>> {
  const { [key]: _dropped, ...rest } = record as Record<K, V>;
  return rest as Partial<Record<K, V>>;
}

/** Step 2: each column of the sheet, with its first values, mapped to a field of the record by a drop-down per column. */
export function ColumnMappingTable({ headers, sample, mapping, onChange }: {
  headers: readonly string[];
  sample: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const keys = columnKeys(headers);
  const rows: ColumnRow[] = keys.map((key, i) => ({ key, header: headers[i] ?? key, samples: sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '').slice(0, 3) }));
  const mapped = new Set(Object.values(mapping.columns));
  const unmappedRequired = REQUIRED_FIELDS.filter((f) => !mapped.has(f));
  const problems = checkMapping(headers, mapping);

  const setColumn = (key: string, field: BackEntryField | '') => {
    const columns = field === '' ? without(mapping.columns, key) : { ...mapping.columns, [key]: field };
    onChange({ ...mapping, columns: columns as ColumnMapping['columns'] });
  };
  const setDefault = (field: BackEntryField, text: string) => {
    const defaults = text.trim() === '' ? without(mapping.defaults ?? {}, field) : { ...mapping.defaults, [field]: text };
    onChange({ ...mapping, defaults });
  };

  return (
    <>
      <Table<ColumnRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid="column-mapping"
        columns={[
          { title: '文件中的列', dataIndex: 'key', width: 160, render: (key: string) => <strong>{key}</strong> },
          { title: '前几行的内容', dataIndex: 'samples', render: (samples: readonly string[]) => <Typography.Text type="secondary">{samples.join('　|　') || '（空）'}</Typography.Text> },
          {
            title: '对应到',
            key: 'field',
            width: 240,
            render: (_: unknown, row) => (
              <Select aria-label={`「${row.key}」列对应的字段`} style={{ width: '100%' }} showSearch={{ optionFilterProp: 'label' }}
                value={mapping.columns[row.key] ?? ''} options={FIELD_OPTIONS} onChange={(field: BackEntryField | '') => setColumn(row.key, field)} />
            ),
          },
        ]}
      />
      {unmappedRequired.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>没有对应列的必填项，可填一个默认值：</Typography.Text>
          {unmappedRequired.map((field) => (
            <div key={field} style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 6 }}>
              <span style={{ width: 100 }}>{BACK_ENTRY_FIELD_LABELS[field]}</span>
              <Input aria-label={`${BACK_ENTRY_FIELD_LABELS[field]}默认值`} style={{ maxWidth: 320 }} value={mapping.defaults?.[field] ?? ''}
                placeholder={DEFAULT_HINTS[field] ?? '所有行相同时填写'} onChange={(e) => setDefault(field, e.target.value)} />
            </div>
          ))}
        </div>
      )}
      {problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title="列对应还不完整" data-testid="mapping-problems"
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{problems.map((p) => <li key={`${p.problem}-${p.column}-${p.field}`}>{p.message}</li>)}</ul>} />
      )}
    </>
  );
}
