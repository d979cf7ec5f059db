import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../../../main/contract';
import { ROLE_LABELS } from '../../../../main/domain';
import { call, errorMessage } from '../../api/client';
import { useHallEvents } from '../../api/events';
import { useSession } from '../../api/session';
import { AddUserModal } from './AddUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserStatus, formatTime } from './userFacts';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

/** 用户管理: every account of the hall, with the admin's actions on each. */
export function UsersPage() {
  const session = useSession();
  const { message } = App.useApp();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const load = useCallback(async () => {
    try {
      const answer = await call('listUsers');
      setUsers(answer.users);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // 'hello' arrives after every (re)connect: events missed while offline are caught up by reloading.
  useHallEvents((event) => {
    if (event.type === 'users.changed' || event.type === 'hello') void load();
  });

  const setDisabled = async (user: User, disabled: boolean) => {
    try {
      await call('updateUser', { params: { id: user.id }, body: { disabled } });
      void message.success(`${disabled ? '已停用' : '已启用'}用户 ${user.displayName}`);
      await load();
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  const closeDialog = () => {
    setDialog(null);
    void load();
  };

  const now = dayjs();
  const columns: TableColumnsType<User> = [
    {
      title: '用户名',
      dataIndex: 'username',
      render: (username: string, user) => (
        <Space size={4}>
          {username}
          {user.id === session?.user.id && <Tag color="blue">当前账户</Tag>}
        </Space>
      ),
    },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '角色', dataIndex: 'role', render: (_: unknown, user) => ROLE_LABELS[user.role] },
    { title: '状态', key: 'status', render: (_: unknown, user) => <UserStatus user={user} now={now} /> },
    { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => formatTime(at) },
    { title: '最近登录', dataIndex: 'lastLoginAt', render: (at: string | null) => formatTime(at, '从未登录') },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, user) => (
        <Space size={0} wrap>
          <Button type="link" onClick={() => setDialog({ kind: 'edit', user })}>
            编辑
          </Button>
          {user.id !== session?.user.id &&
            (user.disabled ? (
              <Popconfirm title={`确定启用用户“${user.displayName}”吗？`} okText="启用" cancelText="取消" onConfirm={() => setDisabled(user, false)}>
                <Button type="link">启用</Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={`确定停用用户“${user.displayName}”吗？`}
                description="停用后该用户将无法登录。"
                okText="停用"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => setDisabled(user, true)}
              >
                <Button type="link" danger>
                  停用
                </Button>
              </Popconfirm>
            ))}
          <Button type="link" onClick={() => setDialog({ kind: 'password', user })}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="用户管理"
      extra={
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
          新增用户
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={users ?? []}
        loading={users === null && !error}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个用户` }}
        data-testid="users-table"
      />
      {dialog?.kind === 'add' && <AddUserModal onClose={closeDialog} onAdded={() => void load()} />}
      {dialog?.kind === 'edit' && <EditUserModal user={dialog.user} onClose={closeDialog} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={closeDialog} />}
    </Card>
  );
}
