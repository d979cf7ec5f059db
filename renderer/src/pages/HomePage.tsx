import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS, SCREENS_BY_ROLE } from '../../../main/domain';
import { useSession } from '../api/session';
import { navigate } from '../shell/hashRoute';
import { SCREEN_META } from '../shell/screenMeta';
import { useOffice } from './useOffice';

/** The landing screen: who is signed in where, and what this version does (and does not yet) offer. */
export function HomePage() {
  const session = useSession();
  const { office, error } = useOffice();
  if (!session) return null;
  const { user } = session;
  const desk = SCREENS_BY_ROLE[user.role].filter((s) => SCREEN_META[s].shortcut !== undefined);

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
      {desk.length > 0 && (
        <Card title="办理业务">
          <Space wrap size="middle">
            {desk.map((screen) => (
              <Button key={screen} size="large" onClick={() => navigate(screen)} style={{ minWidth: 150 }}>
                {SCREEN_META[screen].label}
                <Typography.Text type="secondary" style={{ fontSize: '0.8em', marginLeft: 8 }}>
                  Alt+{SCREEN_META[screen].shortcut}
                </Typography.Text>
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Alert
        type="info"
        showIcon
        title="当前版本的功能"
        description={
          <Typography.Paragraph style={{ margin: 0 }}>
            本版本提供结婚登记、离婚登记（含冷静期管理）、补领证书、撤销登记、案件查询、工作日历、身份证读卡，以及用户管理和登记机关设置。收养登记、预约与排队叫号、证书打印和省级数据上报将在后续版本中陆续提供。
          </Typography.Paragraph>
        }
      />
    </Space>
  );
}
