import { App, Form, Input, Radio, Select } from 'antd';
import type { StockOverview } from '../../../../main/contract';
import { SPOIL_REASON_LABELS, STOCK_TYPE_LABELS, type StockType } from '../../../../main/domain/printing/stock';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { TYPE_OPTIONS } from './ReceiveModal';

interface SpoilValues {
  type: StockType;
  serial: string;
  /** 0: the store. */
  where: number;
  reason: 'damage' | 'loss';
  note: string;
}

/** 登记损坏/遗失: an unused blank, in the store or at a window, leaves the stock with its reason. */
export function SpoilModal({ overview, onClose }: { overview: StockOverview; onClose: () => void }) {
  const [form] = Form.useForm<SpoilValues>();
  const { message } = App.useApp();
  const submit = async ({ where, ...rest }: SpoilValues) => {
    const use = await call('stockSpoil', { body: { ...rest, windowId: where === 0 ? null : where } });
    void message.success(`已登记${STOCK_TYPE_LABELS[use.type]} ${use.serialLabel} ${SPOIL_REASON_LABELS[use.reason ?? 'damage']}`);
  };
  return (
    <FormModal
      title="登记损坏或遗失的空白证书"
      okText="登记"
      form={form}
      fields={['type', 'serial', 'where', 'reason', 'note']}
      initialValues={{ type: 'marriage', where: 0, reason: 'damage', serial: '', note: '' }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="证书种类" name="type" rules={[{ required: true, message: '请选择证书种类' }]}>
        <Select options={TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item label="印制号（如 J0012345）" name="serial" rules={[{ required: true, whitespace: true, message: '请输入印制号' }]}>
        <Input autoFocus maxLength={20} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label="所在位置" name="where" rules={[{ required: true }]}>
        <Select options={[{ value: 0, label: '库存' }, ...overview.windows.map((w) => ({ value: w.id, label: `${w.number} 号窗口 ${w.name}` }))]} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label="原因" name="reason">
        <Radio.Group options={[{ value: 'damage', label: SPOIL_REASON_LABELS.damage }, { value: 'loss', label: SPOIL_REASON_LABELS.loss }]} />
      </Form.Item>
      <Form.Item label="情况说明" name="note" rules={[{ required: true, whitespace: true, min: 2, message: '请说明损坏或遗失的情况（至少 2 个字）' }]}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
