import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { User } from '../../../../main/contract';
import { ROLES, ROLE_LABELS } from '../../../../main/domain';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function formatTime(iso: string | null, empty = '—'): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : empty;
}

/** 正常 / 已停用 / 已锁定至 …: a lock that has run out is no lock. */
export function UserStatus({ user, now }: { user: User; now: dayjs.Dayjs }) {
  if (user.disabled) return <Tag color="default">已停用</Tag>;
  if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(now)) {
    const until = dayjs(user.lockedUntil);
    return <Tag color="orange">已锁定至 {until.isSame(now, 'day') ? until.format('HH:mm') : until.format('MM-DD HH:mm')}</Tag>;
  }
  return <Tag color="green">正常</Tag>;
}
