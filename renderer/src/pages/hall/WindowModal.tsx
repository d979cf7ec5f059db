import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { WindowView } from '../../../../main/contract';
import { SERVICES, SERVICE_LABELS, type Service } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';

interface WindowValues {
  number: number;
  name: string;
  services: Service[];
  active: boolean;
}

const SERVICE_OPTIONS = SERVICES.map((s) => ({ value: s, label: SERVICE_LABELS[s] }));

/** 新增窗口 / 修改窗口: its number on the board, its name, the services it may call, whether it is in use. */
export function WindowModal({ editing, nextNumber, onClose }: { editing: WindowView | null; nextNumber: number; onClose: () => void }) {
  const [form] = Form.useForm<WindowValues>();
  const { message } = App.useApp();
  const initialValues: WindowValues = editing
    ? { number: editing.number, name: editing.name, services: [...editing.services], active: editing.active }
    : { number: nextNumber, name: `${nextNumber}号窗口`, services: [], active: true };

  const submit = async (body: WindowValues) => {
    const saved = editing ? await call('updateWindow', { params: { id: editing.id }, body }) : await call('addWindow', { body });
    void message.success(`${editing ? '已保存' : '已新增'} ${saved.number} 号窗口`);
  };

  return (
    <FormModal
      title={editing ? `修改 ${editing.number} 号窗口` : '新增窗口'}
      okText={editing ? '保存' : '新增'}
      form={form}
      fields={['number', 'name', 'services', 'active']}
      initialValues={initialValues}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="窗口编号（显示屏与语音播报用）" name="number" rules={[{ required: true, message: '请输入窗口编号' }]}>
        <InputNumber min={1} max={99} precision={0} style={{ width: 160 }} autoFocus />
      </Form.Item>
      <Form.Item label="窗口名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入窗口名称' }, { max: 30, message: '名称最多 30 个字' }]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label="可办业务" name="services" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项业务' }]}>
        <Select mode="multiple" options={SERVICE_OPTIONS} placeholder="选择本窗口叫号的业务" />
      </Form.Item>
      <Form.Item label="启用" name="active" valuePropName="checked" extra="停用的窗口不能开窗，也不参与叫号">
        <Switch checkedChildren="启用" unCheckedChildren="停用" />
      </Form.Item>
    </FormModal>
  );
}
