import { Table } from 'antd';
import type { Calibration } from '../../../../main/contract/printing';

const mm = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(2)} mm`;
const ratio = (n: number) => n.toFixed(4);

/** Each printer's correction as the host applies it: fields are drawn at (position × scale + offset). */
export function CalibrationTable({ calibrations, highlight }: { calibrations: Readonly<Record<string, Calibration>>; highlight?: string | null }) {
  const rows = Object.entries(calibrations).map(([printer, c]) => ({ printer, ...c }));
  return (
    <Table
      size="small"
      rowKey="printer"
      pagination={false}
      dataSource={rows}
      data-testid="calibrations"
      locale={{ emptyText: '尚未校准任何打印机' }}
      rowClassName={(r) => (r.printer === highlight ? 'ant-table-row-selected' : '')}
      columns={[
        { title: '打印机', dataIndex: 'printer' },
        { title: '横向偏移', dataIndex: 'offsetX', render: mm },
        { title: '纵向偏移', dataIndex: 'offsetY', render: mm },
        { title: '横向缩放', dataIndex: 'scaleX', render: ratio },
        { title: '纵向缩放', dataIndex: 'scaleY', render: ratio },
      ]}
    />
  );
}
