import { App, Button, Layout, Menu, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SessionToken } from '../../../main/contract';
import { ROLE_LABELS, SCREENS_BY_ROLE, canSee } from '../../../main/domain';
import { call } from '../api/client';
import { useHallEvents } from '../api/events';
import { clearSession, getSession, saveSession } from '../api/session';
import { SimulatorPanel } from '../devices/SimulatorPanel';
import { ForbiddenPage, NotFoundPage } from '../pages/StatusPages';
import { navigate, useHashRoute } from './hashRoute';
import { useHealth } from './health';
import { useLargeTextToggle } from './largeText';
import { DEFAULT_SCREEN, SCREEN_VIEWS, isScreen } from './screens';
import { useScreenShortcuts } from './shortcuts';
import { ChangePasswordModal } from './ChangePasswordModal';
import { useRatingAlerts } from './ratingAlerts';
import { UploadAlert } from './UploadAlert';
import { BackupAlert } from './BackupAlert';

const { Header, Sider, Content } = Layout;

/** The signed-in frame: a menu of the screens this role may see, the user in the header, the page in the middle. */
export function Shell({ session }: { session: SessionToken }) {
  const { user } = session;
  const route = useHashRoute();
  const { health } = useHealth();
  const { large, setLarge } = useLargeTextToggle();
  const [changingPassword, setChangingPassword] = useState(false);
  const { message } = App.useApp();
  useRatingAlerts(user.role);

  useEffect(() => {
    if (route === '' || route === 'login') navigate(DEFAULT_SCREEN);
  }, [route]);

  // An admin may change this very user (role, name, disabled): pick up the new facts at once.
  useHallEvents((event) => {
    if (event.type !== 'users.changed' || event.userId !== user.id) return;
    call('whoami').then(
      (fresh) => {
        const current = getSession();
        if (current) saveSession({ ...current, user: fresh });
      },
      () => {},
    );
  });

  const logout = async () => {
    try {
      await call('logout');
    } catch {
      // The token is dropped here either way; the host expires it on its own.
    }
    clearSession();
    void message.success('已退出登录');
  };

  const screen = route === '' || route === 'login' ? DEFAULT_SCREEN : route;
  let page;
  if (!isScreen(screen)) page = <NotFoundPage />;
  else if (!canSee(user.role, screen)) page = <ForbiddenPage role={user.role} />;
  else page = SCREEN_VIEWS[screen].render();

  const screens = SCREENS_BY_ROLE[user.role];
  useScreenShortcuts(screens);
  const menuItems = screens
    .filter((name) => !SCREEN_VIEWS[name].hidden)
    .map((name) => {
      const { label, shortcut } = SCREEN_VIEWS[name];
      return {
        key: name,
        label: (
          <span style={{ display: 'flex', justifyContent: 'space-between' }}>
            <span>{label}</span>
            {shortcut !== undefined && (
              <span aria-hidden="true" style={{ opacity: 0.45, fontSize: '0.85em' }}>
                Alt+{shortcut}
              </span>
            )}
          </span>
        ),
      };
    });
  // The case page belongs to the list it was opened from; the menu shows none selected.

  return (
    <Layout style={{ flex: 1 }}>
      <Sider width={232} theme="dark" data-testid="side-menu">
        <div style={{ padding: '20px 16px', color: '#fff', fontSize: '1.15em', fontWeight: 600, letterSpacing: 1 }}>
          婚姻收养登记系统
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={isScreen(screen) ? [screen] : []}
          items={menuItems}
          onClick={({ key }) => navigate(key)}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
            height: 'auto',
            minHeight: 64,
            lineHeight: 1.5,
          }}
        >
          {health?.officeName ? (
            <Typography.Text strong style={{ fontSize: '1.1em' }}>
              {health.officeName}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">登记机关名称未设置</Typography.Text>
          )}
          <Space size="middle" wrap>
            <Space size="small">
              <span>大字模式</span>
              <Switch checked={large} onChange={setLarge} aria-label="大字模式" />
            </Space>
            <span data-testid="current-user">
              {user.displayName} <Tag color="blue">{ROLE_LABELS[user.role]}</Tag>
            </span>
            <Button onClick={() => setChangingPassword(true)}>修改密码</Button>
            <Button onClick={() => void logout()}>退出登录</Button>
          </Space>
          {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
        </Header>
        <Content style={{ padding: 24 }}>
          {(user.role === 'manager' || user.role === 'admin') && (
            <>
              <UploadAlert />
              <BackupAlert />
            </>
          )}
          {page}
          {/* The desk roles read cards; with HALL_READER=simulator they get the sample-card panel. */}
          {canSee(user.role, 'marriage') && <SimulatorPanel />}
        </Content>
      </Layout>
    </Layout>
  );
}
