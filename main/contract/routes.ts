import { z } from 'zod';
import type { Role } from '../domain/roles';
import { Health } from './health';
import { Login, Ok, SessionToken, SessionUser } from './session';
import { NewUser, PasswordReset, User, UserIdParams, UserList, UserPatch } from './users';
import { OfficeSettingsInput, OfficeSettingsView } from './settings';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: nobody needs a token ('public'), any signed-in user ('any'), or the roles listed. */
export type Access = 'public' | 'any' | readonly Role[];

export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly access: Access;
  readonly params?: P;
  readonly body?: B;
  readonly response: R;
}

function route<P extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(def: RouteDef<P, B, R>) {
  return def;
}

/** Every HTTP route of the API, declared once: the server registers these, the client and OpenAPI derive from them. */
export const routes = {
  health: route({ method: 'GET', path: '/api/health', summary: '健康检查', access: 'public', response: Health }),
  login: route({ method: 'POST', path: '/api/session', summary: '登录，换取令牌', access: 'public', body: Login, response: SessionToken }),
  whoami: route({ method: 'GET', path: '/api/session', summary: '当前登录用户', access: 'any', response: SessionUser }),
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
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
