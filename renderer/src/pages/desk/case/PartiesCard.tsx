import { Card, Table, type TableColumnsType } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { chineseDate } from '../format';
import { ID_TYPE_LABELS, SEX_LABELS } from '../labels';
import { ID_NUMBER_STYLE } from '../party/PartyFields';
import { partyRole } from './caseFacts';

type PartyRow = CaseView['parties'][number];

/** The parties of a case; ID numbers masked (the full number is only in the forms that edit a party). */
export function PartiesCard({ view }: { view: CaseView }) {
  const single = view.parties.length === 1;
  const columns: TableColumnsType<PartyRow> = [
    { title: '', key: 'role', width: 96, render: (_: unknown, p) => partyRole(view, p.position) },
    { title: '姓名', dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { title: '性别', dataIndex: 'sex', width: 56, render: (sex: PartyRow['sex']) => SEX_LABELS[sex] },
    { title: '出生日期', dataIndex: 'birthDate', render: (d: string) => chineseDate(d) },
    { title: '证件', key: 'id', render: (_: unknown, p) => <>{ID_TYPE_LABELS[p.idType]}<br /><span style={ID_NUMBER_STYLE}>{p.idNumberMasked}</span></> },
    { title: '国籍', dataIndex: 'nationality', width: 64 },
  ];
  return (
    <Card title={single ? '申请人' : '当事人'} size="small">
      <Table<PartyRow> rowKey="position" columns={columns} dataSource={view.parties} pagination={false} size="small" data-testid="parties" />
    </Card>
  );
}
