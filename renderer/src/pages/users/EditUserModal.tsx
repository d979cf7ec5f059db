import { App, Form, Input, Select } from 'antd';
import { UserPatch, type User } from '../../../../main/contract';
import type { Role } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { schemaRule } from '../../forms/zodRules';
import { ROLE_OPTIONS } from './userFacts';

interface EditFields {
  displayName: string;
  role: Role;
}

const FIELDS = ['displayName', 'role'];

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<EditFields>();
  const { message } = App.useApp();

  const submit = async (body: EditFields) => {
    const saved = await call('updateUser', { params: { id: user.id }, body });
    void message.success(`已保存用户 ${saved.displayName} 的资料`);
  };

  return (
    <FormModal
      title={`编辑用户：${user.username}`}
      okText="保存"
      form={form}
      fields={FIELDS}
      initialValues={{ displayName: user.displayName, role: user.role }}
      submit={submit}
      onClose={onClose}
    >
      <Form.Item label="姓名" name="displayName" required rules={[schemaRule('displayName', UserPatch.shape.displayName.unwrap())]}>
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item label="角色" name="role" required rules={[schemaRule('role', UserPatch.shape.role.unwrap())]}>
        <Select options={ROLE_OPTIONS} />
      </Form.Item>
    </FormModal>
  );
}
