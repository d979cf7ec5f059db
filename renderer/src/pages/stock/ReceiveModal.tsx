import { App, Form, Input, InputNumber, Select } from 'antd';
import { STOCK_TYPES, STOCK_TYPE_LABELS, formatSerial, type StockType } from '../../../../main/domain/printing/stock';
import { call } from '../../api/client';
import { useSession } from '../../api/session';
import { FormModal } from '../../forms/FormModal';
import { SpanFields } from './SpanFields';
import { officeToday } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';

interface ReceiveValues {
  type: StockType;
  prefix: string;
  from: number;
  to: number;
  digits: number;
  receivedOn: string;
  receivedBy: string;
  note: string;
}

export const TYPE_OPTIONS = STOCK_TYPES.map((t) => ({ value: t, label: STOCK_TYPE_LABELS[t] }));

/** 入库: a batch of booklets from the printing works, by the serials pre-printed on them. */
export function ReceiveModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ReceiveValues>();
  const { message } = App.useApp();
  const session = useSession();
  const values = Form.useWatch([], form) as Partial<ReceiveValues> | undefined;
  const preview = values?.from !== undefined && values.to !== undefined && values.digits
    ? `${formatSerial(values.prefix?.trim().toUpperCase() ?? '', values.from, values.digits)} 至 ${formatSerial(values.prefix?.trim().toUpperCase() ?? '', values.to, values.digits)}，共 ${values.to - values.from + 1} 本`
    : null;

  const submit = async (body: ReceiveValues) => {
    const batch = await call('stockReceive', { body });
    void message.success(`已入库 ${STOCK_TYPE_LABELS[batch.type]} ${batch.fromLabel}–${batch.toLabel}，共 ${batch.size} 本`);
  };

  return (
    <FormModal
      title="空白证书入库"
      okText="入库"
      form={form}
      fields={['type', 'prefix', 'from', 'to', 'digits', 'receivedOn', 'receivedBy', 'note']}
      initialValues={{ type: 'marriage', prefix: '', digits: 7, receivedOn: officeToday(), receivedBy: session?.user.displayName ?? '', note: '' }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="证书种类" name="type" rules={[{ required: true, message: '请选择证书种类' }]}>
        <Select options={TYPE_OPTIONS} autoFocus />
      </Form.Item>
      <Form.Item label="印制号前缀（0 至 4 个大写字母，无则留空）" name="prefix">
        <Input maxLength={4} style={{ width: 160 }} />
      </Form.Item>
      <SpanFields>
        <Form.Item label="号码位数" name="digits" rules={[{ required: true, message: '请输入位数' }]}>
          <InputNumber min={1} max={12} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </SpanFields>
      {preview && <div style={{ marginTop: -12, marginBottom: 12, color: 'rgba(0,0,0,0.55)' }} data-testid="batch-preview">印制号 {preview}</div>}
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item label="入库日期" name="receivedOn" rules={[{ required: true, message: '请输入入库日期' }]}>
          <DateInput style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="接收人" name="receivedBy" rules={[{ required: true, whitespace: true, message: '请输入接收人' }]}>
          <Input maxLength={30} style={{ width: 160 }} />
        </Form.Item>
      </div>
      <Form.Item label="备注（来文、运单号等）" name="note">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
