import { Alert, Button, Card, Form, Input, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../api/client';
import { saveSession } from '../api/session';
import { useHealth } from '../shell/health';
import { useLargeTextToggle } from '../shell/largeText';

interface LoginFields {
  username: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginFields>();
  const { health, error: healthError, refresh } = useHealth();
  const { large, setLarge } = useLargeTextToggle();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (fields: LoginFields) => {
    setSubmitting(true);
    setFailure(null);
    try {
      saveSession(await call('login', { body: fields }));
    } catch (error) {
      setFailure(errorMessage(error));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        flex: 1,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #eef3fb 0%, #f7f8fa 60%)',
        padding: 24,
      }}
    >
      <Card style={{ width: 460, boxShadow: '0 8px 28px rgba(31, 56, 88, 0.12)' }} styles={{ body: { padding: '36px 40px' } }}>
        <Space orientation="vertical" size={4} style={{ width: '100%', textAlign: 'center', marginBottom: 28 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            婚姻收养登记系统
          </Typography.Title>
          {health?.officeName && (
            <Typography.Title level={4} type="secondary" style={{ margin: 0, fontWeight: 500 }} data-testid="office-name">
              {health.officeName}
            </Typography.Title>
          )}
        </Space>

        {healthError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 20 }}
            title={healthError}
            action={
              <Button size="small" onClick={refresh}>
                重试
              </Button>
            }
          />
        )}
        {failure && <Alert type="error" showIcon style={{ marginBottom: 20 }} title={failure} data-testid="login-error" />}

        <Form form={form} layout="vertical" size="large" onFinish={(fields) => void submit(fields)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 12 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登录
            </Button>
          </Form.Item>
        </Form>
        <div style={{ textAlign: 'right' }}>
          <Space size="small">
            <span>大字模式</span>
            <Switch size="small" checked={large} onChange={setLarge} aria-label="大字模式" />
          </Space>
        </div>
      </Card>
    </div>
  );
}
