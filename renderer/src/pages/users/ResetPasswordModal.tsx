import { App, Form, Input } from 'antd';
import { PasswordReset, type User } from '../../../../main/contract';
import { call } from '../../api/client';
import { FormModal } from '../../forms/FormModal';
import { sameAsRule, schemaRule } from '../../forms/zodRules';

interface ResetFields {
  password: string;
  confirm: string;
}

const FIELDS = ['password', 'confirm'];

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<ResetFields>();
  const { message } = App.useApp();

  const submit = async ({ password }: ResetFields) => {
    await call('resetPassword', { params: { id: user.id }, body: { password } });
    void message.success(`已重置用户 ${user.displayName} 的密码`);
  };

  return (
    <FormModal title={`重置密码：${user.displayName}（${user.username}）`} okText="重置密码" form={form} fields={FIELDS} submit={submit} onClose={onClose}>
      <Form.Item label="新密码" name="password" required rules={[schemaRule('password', PasswordReset.shape.password)]} extra="至少 8 个字符">
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
      <Form.Item label="确认新密码" name="confirm" required dependencies={['password']} rules={[sameAsRule('password')]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
