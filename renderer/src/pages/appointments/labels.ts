import type { APPOINTMENT_STATES } from '../../../../main/contract/appointments';
import type { BookingSource, DayKind } from '../../../../main/domain';

export type AppointmentState = (typeof APPOINTMENT_STATES)[number];

// The contract and the domain name these without Chinese labels; the booking screens are their only readers so far.
export const SOURCE_LABELS: Readonly<Record<BookingSource, string>> = { online: '网上', phone: '电话', walk_in: '现场' };
export const SOURCE_COLORS: Readonly<Record<BookingSource, string>> = { online: 'blue', phone: 'cyan', walk_in: 'default' };

export const STATE_LABELS: Readonly<Record<AppointmentState, string>> = {
  booked: '已预约',
  checked_in: '已签到取号',
  cancelled: '已取消',
  no_show: '未到',
};
export const STATE_COLORS: Readonly<Record<AppointmentState, string>> = { booked: 'processing', checked_in: 'success', cancelled: 'default', no_show: 'error' };

export const DAY_KIND_LABELS: Readonly<Record<DayKind, string>> = {
  closed: '不办理预约',
  special: '特殊日期',
  override: '本机关调整',
  ordinary: '工作日',
};
export const DAY_KIND_COLORS: Readonly<Record<DayKind, string>> = { closed: 'default', special: 'magenta', override: 'orange', ordinary: 'green' };
