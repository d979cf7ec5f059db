import { App, Form, Input } from 'antd';
import { PasswordChange } from '../../../main/contract';
import { call } from '../api/client';
import { FormModal } from '../forms/FormModal';
import { sameAsRule, schemaRule } from '../forms/zodRules';

interface ChangeFields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirm'];

/** 修改密码: the signed-in user replaces a password an admin set or reset; other sessions of theirs end. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ChangeFields>();
  const { message } = App.useApp();

  const submit = async ({ currentPassword, newPassword }: ChangeFields) => {
    await call('changePassword', { body: { currentPassword, newPassword } });
    void message.success('密码已修改；在其他电脑上的登录已失效');
  };

  return (
    <FormModal title="修改密码" okText="修改密码" form={form} fields={FIELDS} submit={submit} onClose={onClose}>
      <Form.Item label="当前密码" name="currentPassword" required rules={[schemaRule('currentPassword', PasswordChange.shape.currentPassword)]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" required rules={[schemaRule('newPassword', PasswordChange.shape.newPassword)]} extra="至少 8 个字符">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label="确认新密码" name="confirm" required dependencies={['newPassword']} rules={[sameAsRule('newPassword')]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
