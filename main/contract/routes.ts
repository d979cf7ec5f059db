import { z } from 'zod';
import type { Role } from '../domain/roles';
import { Health } from './health';
import { Login, Ok, PasswordChange, SessionToken, SessionUser } from './session';
import { NewUser, PasswordReset, User, UserIdParams, UserList, UserPatch } from './users';
import { OfficeSettingsInput, OfficeSettingsView } from './settings';
import {
  ArchiveItemView, ArchiveUpload, CalendarSettingsSchema, CaseAction, CaseCheck, CaseIdParams, CaseList, CaseSearch, CaseView, CheckResult, NewCase, Worklists,
} from './cases';
import { CardReadingView, ReadCardRequest, ReaderStatus, SimulatorAction } from './devices';

const DESK = ['registrar', 'manager'] as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: nobody needs a token ('public'), any signed-in user ('any'), or the roles listed. */
export type Access = 'public' | 'any' | readonly Role[];

export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly access: Access;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Larger bodies than the default 1 MiB (archive uploads). */
  readonly bodyLimit?: number;
  readonly response: R;
}

function route<P extends z.ZodType, B extends z.ZodType, R extends z.ZodType, Q extends z.ZodType>(def: RouteDef<P, B, R, Q>) {
  return def;
}

/** Every HTTP route of the API, declared once: the server registers these, the client and OpenAPI derive from them. */
export const routes = {
  health: route({ method: 'GET', path: '/api/health', summary: '健康检查', access: 'public', response: Health }),
  login: route({ method: 'POST', path: '/api/session', summary: '登录，换取令牌', access: 'public', body: Login, response: SessionToken }),
  whoami: route({ method: 'GET', path: '/api/session', summary: '当前登录用户', access: 'any', response: SessionUser }),
  changePassword: route({ method: 'POST', path: '/api/session/password', summary: '修改本人密码（其他会话随之结束）', access: 'any', body: PasswordChange, response: Ok }),
  logout: route({ method: 'DELETE', path: '/api/session', summary: '退出登录', access: 'any', response: Ok }),
  listUsers: route({ method: 'GET', path: '/api/users', summary: '用户列表', access: ['admin'], response: UserList }),
  addUser: route({ method: 'POST', path: '/api/users', summary: '新增用户', access: ['admin'], body: NewUser, response: User }),
  updateUser: route({
    method: 'PATCH', path: '/api/users/:id', summary: '修改用户（姓名、角色、停用）', access: ['admin'],
    params: UserIdParams, body: UserPatch, response: User,
  }),
  resetPassword: route({
    method: 'POST', path: '/api/users/:id/password', summary: '重置用户密码', access: ['admin'],
    params: UserIdParams, body: PasswordReset, response: User,
  }),
  getOffice: route({ method: 'GET', path: '/api/settings/office', summary: '登记机关设置', access: 'any', response: OfficeSettingsView }),
  putOffice: route({
    method: 'PUT', path: '/api/settings/office', summary: '修改登记机关设置', access: ['admin'],
    body: OfficeSettingsInput, response: OfficeSettingsView,
  }),
  checkCase: route({ method: 'POST', path: '/api/cases/check', summary: '审查（不写入）：拟办案件或对案件的操作，可指定日期', access: DESK, body: CaseCheck, response: CheckResult }),
  createCase: route({ method: 'POST', path: '/api/cases', summary: '新建案件：结婚（待受理）、离婚申请（受理，第 0 日）、补领证书（受理）', access: DESK, body: NewCase, response: CaseView }),
  getCase: route({ method: 'GET', path: '/api/cases/:id', summary: '案件详情：当事人、历史、离婚冷静期与领证期', access: DESK, params: CaseIdParams, response: CaseView }),
  caseAction: route({
    method: 'POST', path: '/api/cases/:id/actions', summary: '案件操作：受理、登记、不予登记、撤回、确认协议、申请复核、主管复核、撤销', access: DESK,
    params: CaseIdParams, body: CaseAction, response: CaseView,
  }),
  searchCases: route({ method: 'GET', path: '/api/cases', summary: '按身份证件号码、姓名或证书编号查找案件', access: DESK, query: CaseSearch, response: CaseList }),
  addArchiveItem: route({
    method: 'POST', path: '/api/cases/:id/archive', summary: '归档材料（照片、扫描件、签字表格）', access: DESK,
    params: CaseIdParams, body: ArchiveUpload, response: ArchiveItemView, bodyLimit: 16 * 1024 * 1024,
  }),
  worklists: route({ method: 'GET', path: '/api/worklists/today', summary: '今日工作清单：冷静期届满、领证期届满、视为撤回、待主管复核', access: DESK, response: Worklists }),
  getCalendar: route({ method: 'GET', path: '/api/settings/calendar', summary: '工作日历设置（期间顺延方式、本机关调整日）', access: 'any', response: CalendarSettingsSchema }),
  putCalendar: route({ method: 'PUT', path: '/api/settings/calendar', summary: '修改工作日历设置', access: ['manager', 'admin'], body: CalendarSettingsSchema, response: CalendarSettingsSchema }),
  idcardStatus: route({ method: 'GET', path: '/api/devices/idcard', summary: '本机读卡器状态（仅限本机）', access: DESK, response: ReaderStatus }),
  idcardRead: route({ method: 'POST', path: '/api/devices/idcard/read', summary: '读取读卡器上的证件，或等待放卡（仅限本机）', access: DESK, body: ReadCardRequest, response: CardReadingView }),
  idcardSimulate: route({ method: 'POST', path: '/api/devices/idcard/simulator', summary: '模拟读卡器：放置或取走样例证件（仅限本机、模拟模式）', access: DESK, body: SimulatorAction, response: Ok }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
