import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../../main/domain';
import { useSession } from '../api/session';
import { useOffice } from './useOffice';

/** The landing screen: who is signed in where, and what this version does (and does not yet) offer. */
export function HomePage() {
  const session = useSession();
  const { office, error } = useOffice();
  if (!session) return null;
  const { user } = session;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Card title={<span style={{ fontSize: '1.2em' }}>您好，{user.displayName}</span>}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Descriptions
          column={{ xs: 1, md: 2 }}
          bordered
          items={[
            { key: 'officeName', label: '登记机关', children: office ? office.officeName || '未设置' : '—' },
            { key: 'officeCode', label: '登记机关代码', children: office?.officeCode || '未设置' },
            {
              key: 'foreign',
              label: '涉外登记',
              children: office ? office.foreignRelated ? <Tag color="purple">涉外登记机关</Tag> : '否' : '—',
            },
            { key: 'user', label: '当前用户', children: `${user.displayName}（${user.username}）` },
            { key: 'role', label: '角色', children: ROLE_LABELS[user.role] },
          ]}
        />
      </Card>
      <Alert
        type="info"
        showIcon
        title="当前版本的功能"
        description={
          <Typography.Paragraph style={{ margin: 0 }}>
            本版本提供登录、用户管理和登记机关设置。结婚登记、离婚登记、收养登记、预约与排队叫号、证书打印和省级数据上报将在后续版本中陆续提供。
          </Typography.Paragraph>
        }
      />
    </Space>
  );
}
