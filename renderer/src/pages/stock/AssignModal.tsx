import { App, Form, Select } from 'antd';
import type { StockOverview } from '../../../../main/contract';
import { STOCK_TYPE_LABELS, formatSerial } from '../../../../main/domain/printing/stock';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { SpanFields } from './SpanFields';

interface AssignValues {
  batchId: number;
  windowId: number;
  from: number;
  to: number;
}

/** 发放: a range of one batch from the store to a window; it starts at the store's lowest blank of the batch. */
export function AssignModal({ overview, onClose }: { overview: StockOverview; onClose: () => void }) {
  const [form] = Form.useForm<AssignValues>();
  const { message } = App.useApp();
  const batches = overview.batches.filter((b) => b.inStore > 0);
  const first = batches[batches.length - 1];
  const batchId = Form.useWatch('batchId', form) as number | undefined;
  const chosen = overview.batches.find((b) => b.id === batchId);

  const pickBatch = (id: number) => {
    const b = overview.batches.find((x) => x.id === id);
    if (b?.firstInStore !== null && b?.firstInStore !== undefined) form.setFieldsValue({ from: b.firstInStore, to: Math.min(b.to, b.firstInStore + 49) });
  };

  const submit = async (body: AssignValues) => {
    const range = await call('stockAssign', { body });
    void message.success(`已向 ${range.holder}发放 ${STOCK_TYPE_LABELS[range.type]} ${range.fromLabel}–${range.toLabel}，共 ${range.size} 本`);
  };

  return (
    <FormModal
      title="向窗口发放空白证书"
      okText="发放"
      form={form}
      fields={['batchId', 'windowId', 'from', 'to']}
      initialValues={first ? { batchId: first.id, from: first.firstInStore ?? first.from, to: Math.min(first.to, (first.firstInStore ?? first.from) + 49) } : {}}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="批次" name="batchId" rules={[{ required: true, message: '请选择批次' }]}>
        <Select
          autoFocus
          onChange={pickBatch}
          options={batches.map((b) => ({ value: b.id, label: `${STOCK_TYPE_LABELS[b.type]} ${b.fromLabel}–${b.toLabel}（库存 ${b.inStore} 本）` }))}
          notFoundContent="库存中没有空白证书"
        />
      </Form.Item>
      <Form.Item label="窗口" name="windowId" rules={[{ required: true, message: '请选择窗口' }]}>
        <Select options={overview.windows.filter((w) => w.active).map((w) => ({ value: w.id, label: `${w.number} 号窗口 ${w.name}` }))} notFoundContent="尚未设置窗口" />
      </Form.Item>
      <SpanFields />
      {chosen && (
        <div style={{ marginTop: -12, color: 'rgba(0,0,0,0.55)' }}>
          该批次库存 {chosen.inStore} 本{chosen.firstInStore !== null ? `，最小可发放号 ${formatSerial(chosen.prefix, chosen.firstInStore, chosen.digits)}` : ''}
        </div>
      )}
    </FormModal>
  );
}
