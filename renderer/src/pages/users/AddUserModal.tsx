import { App, Form, Input, Select } from 'antd';
import { NewUser, type User } from '../../../../main/contract';
import type { Role } from '../../../../main/domain';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { sameAsRule, schemaRule } from '../../forms/zodRules';
import { ROLE_OPTIONS } from './userFacts';

interface NewUserFields {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  confirm: string;
}

const FIELDS = ['username', 'displayName', 'role', 'password', 'confirm'];

export function AddUserModal({ onClose, onAdded }: { onClose: () => void; onAdded: (user: User) => void }) {
  const [form] = Form.useForm<NewUserFields>();
  const { message } = App.useApp();

  const submit = async ({ confirm: _confirm, ...body }: NewUserFields) => {
    const user = await call('addUser', { body });
    void message.success(`已新增用户 ${user.displayName}（${user.username}）`);
    onAdded(user);
  };

  return (
    <FormModal title="新增用户" okText="新增" form={form} fields={FIELDS} initialValues={{ role: 'registrar' }} submit={submit} onClose={onClose}>
      <Form.Item label="用户名" name="username" required rules={[schemaRule('username', NewUser.shape.username)]} extra="用于登录，字母、数字、下划线、点或连字符">
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" required rules={[schemaRule('displayName', NewUser.shape.displayName)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="角色" name="role" required rules={[schemaRule('role', NewUser.shape.role)]}>
        <Select options={ROLE_OPTIONS} />
      </Form.Item>
      <Form.Item label="初始密码" name="password" required rules={[schemaRule('password', NewUser.shape.password)]} extra="至少 8 个字符，请告知用户登录后妥善保管">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label="确认密码" name="confirm" required dependencies={['password']} rules={[sameAsRule('password')]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
