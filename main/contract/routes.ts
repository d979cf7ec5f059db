import { z } from 'zod';
import type { Principal } from '../domain/roles';
import { Health } from './health';
import { Login, Ok, PasswordChange, SessionToken, SessionUser } from './session';
import { NewUser, PasswordReset, User, UserIdParams, UserList, UserPatch } from './users';
import { OfficeSettingsInput, OfficeSettingsView } from './settings';
import {
  ArchiveItemView, ArchiveUpload, CalendarSettingsSchema, CaseAction, CaseCheck, CaseIdParams, CaseList, CaseSearch, CaseView, CheckResult, NewCase, Worklists,
} from './cases';
import { CardReadingView, ReadCardRequest, ReaderStatus, SimulatorAction } from './devices';
import {
  CalibrationMeasurement, CalibrationPageQuery, CasePrintsView, DocumentRequest, PrintSettingsSchema, PrintSettingsView, RenderedDocument, TablePdfRequest, VerifyQuery, VerifyResult,
} from './printing';
import { PRINT_JOB_BODY_LIMIT, PrinterList, PrintJobRequest, PrintJobView } from './printing-devices';
import {
  AppointmentCalendar, AppointmentChange, AppointmentIdParams, AppointmentList, AppointmentPlanSchema, AppointmentQuery, AppointmentView,
  BookingCheck, BookingInput, CalendarQuery,
} from './appointments';
import {
  BoardState, CallResult, CheckIn, IssueTicket, QueuePolicySchema, QueueState, QueueStats, RatingInput, StatsQuery, TicketAction, TicketIdParams,
  TicketView, WindowIdParams, WindowInput, WindowView,
} from './queue';
import { RejectionAction, RejectionIdParams, UploadStatusView } from './exchange';
import { BackupIdParams, BackupSettings, BackupStatusView, RestoreDrillReport } from './backups';
import { DeviceCreated, DeviceIdParams, DeviceInput, DeviceList, DeviceSelf, DeviceView, TicketPrintResult } from './hall-devices';
import {
  BatchInput, MonthlyStockReport, RangeInput, ReportQuery, SpoilInput, StockBatchView, StockIdParams, StockOverview, StockRangeView, StockUseView, VoidInput, WindowStock,
} from './stock';

import { ArchivePage, ArchiveQuery } from './archive';
import { BackEntryProgress, RegistryStats, RegistryStatsQuery } from './registry';
import {
  DryRunInput, DryRunView, ImportJobList, ImportJobParams, ImportJobView, MappingInput, MappingList, MappingParams, MAX_IMPORT_BYTES, StartImportInput,
  UploadedFileView, UploadQuery,
} from './imports';
import {
  BackEntrySettingsSchema, EntryDifferencesView, EntryPageList, EntryPageParams, EntryPageQuery, EntryScanView, HAND_ENTRY_BODY_LIMIT, HandEntryInput, HandEntryResult,
  ResolveEntryInput,
} from './double-entry';

const DESK = ['registrar', 'manager'] as const;
const MANAGERS = ['manager', 'admin'] as const;
/** Reception: staff who issue tickets, and the kiosk. */
const RECEPTION = ['registrar', 'manager', 'kiosk'] as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: nobody needs a token ('public'), any signed-in user ('any', never a device),
 * or the roles and device kinds listed.
 */
export type Access = 'public' | 'any' | readonly Principal[];

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
  /**
   * The body is a file's bytes (application/octet-stream, up to `maxBytes`), not JSON: the handler
   * gets it as a stream (`call.upload`) and writes it to disk as it arrives.
   */
  readonly upload?: { readonly maxBytes: number };
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
  archiveSearch: route({
    method: 'GET', path: '/api/archive', summary: '档案查询：按姓名、证件号码、证书编号、登记机关、登记日期、类别与来源（窗口/补录）分页查找登记档案',
    access: ['registrar', 'manager', 'admin'],
    query: ArchiveQuery, response: ArchivePage,
  }),
  registryStats: route({
    method: 'GET', path: '/api/registry/stats', summary: '登记统计：结婚、离婚、补领、撤销、收养等按日/月/年的数字与每期补录件数', access: MANAGERS,
    query: RegistryStatsQuery, response: RegistryStats,
  }),
  registryBackEntries: route({
    method: 'GET', path: '/api/registry/back-entries', summary: '历史补录进度：已补录档案按类别与登记年代的件数', access: MANAGERS, response: BackEntryProgress,
  }),
  addArchiveItem: route({
    method: 'POST', path: '/api/cases/:id/archive', summary: '归档材料（照片、扫描件、签字表格）', access: DESK,
    params: CaseIdParams, body: ArchiveUpload, response: ArchiveItemView, bodyLimit: 16 * 1024 * 1024,
  }),
  worklists: route({ method: 'GET', path: '/api/worklists/today', summary: '今日工作清单：冷静期届满、领证期届满、视为撤回、待主管复核', access: DESK, response: Worklists }),
  getCalendar: route({ method: 'GET', path: '/api/settings/calendar', summary: '工作日历设置（期间顺延方式、本机关调整日）', access: 'any', response: CalendarSettingsSchema }),
  putCalendar: route({ method: 'PUT', path: '/api/settings/calendar', summary: '修改工作日历设置', access: ['manager', 'admin'], body: CalendarSettingsSchema, response: CalendarSettingsSchema }),
  idcardStatus: route({ method: 'GET', path: '/api/devices/idcard', summary: '本机读卡器状态（仅限本机）', access: RECEPTION, response: ReaderStatus }),
  idcardRead: route({ method: 'POST', path: '/api/devices/idcard/read', summary: '读取读卡器上的证件，或等待放卡（仅限本机）', access: RECEPTION, body: ReadCardRequest, response: CardReadingView }),
  idcardSimulate: route({ method: 'POST', path: '/api/devices/idcard/simulator', summary: '模拟读卡器：放置或取走样例证件（仅限本机、模拟模式）', access: DESK, body: SimulatorAction, response: Ok }),
  casePrints: route({ method: 'GET', path: '/api/cases/:id/prints', summary: '案件可打印的证书与表格，及已用空白证书', access: DESK, params: CaseIdParams, response: CasePrintsView }),
  previewDocument: route({
    method: 'POST', path: '/api/cases/:id/documents/preview', summary: '预览证书或表格（叠加底版，不领用空白证书）', access: DESK,
    params: CaseIdParams, body: DocumentRequest, response: RenderedDocument,
  }),
  printDocument: route({
    method: 'POST', path: '/api/cases/:id/documents/print', summary: '生成打印用 PDF：证书领用本窗口下一张空白证书并存档', access: DESK,
    params: CaseIdParams, body: DocumentRequest, response: RenderedDocument,
  }),
  getPrintSettings: route({ method: 'GET', path: '/api/printing/settings', summary: '打印设置：字体、各窗口打印机、校准', access: 'any', response: PrintSettingsView }),
  putPrintSettings: route({ method: 'PUT', path: '/api/printing/settings', summary: '修改打印设置', access: MANAGERS, body: PrintSettingsSchema, response: PrintSettingsView }),
  calibrationPage: route({ method: 'GET', path: '/api/printing/calibration-page', summary: '打印机校准页（A4 网格与标尺）', access: [...DESK, 'admin'], query: CalibrationPageQuery, response: RenderedDocument }),
  calibrate: route({ method: 'POST', path: '/api/printing/calibration', summary: '按校准页的测量结果设置打印机偏移与缩放', access: [...DESK, 'admin'], body: CalibrationMeasurement, response: PrintSettingsView }),
  tablePdf: route({
    method: 'POST', path: '/api/printing/table-pdf', summary: '把报表（如空白证书月度核对）排成 A4 PDF', access: ['registrar', 'manager', 'admin'],
    body: TablePdfRequest, response: RenderedDocument, bodyLimit: 4 * 1024 * 1024,
  }),
  verifyCertificate: route({ method: 'GET', path: '/api/verify', summary: '核验证书二维码（机关签名与登记记录现状）', access: 'public', query: VerifyQuery, response: VerifyResult }),
  listPrinters: route({ method: 'GET', path: '/api/devices/printers', summary: '本机的打印机及其状态（仅限本机）', access: [...DESK, 'admin'], response: PrinterList }),
  printPdf: route({
    method: 'POST', path: '/api/devices/printer/jobs', summary: '在本机打印机上打印 PDF，等打印完成或失败（仅限本机）', access: DESK,
    body: PrintJobRequest, response: PrintJobView, bodyLimit: PRINT_JOB_BODY_LIMIT,
  }),

  getPlan: route({ method: 'GET', path: '/api/appointments/plan', summary: '预约计划（办公时间、时段、名额、规则）', access: 'any', response: AppointmentPlanSchema }),
  putPlan: route({ method: 'PUT', path: '/api/appointments/plan', summary: '修改预约计划', access: MANAGERS, body: AppointmentPlanSchema, response: AppointmentPlanSchema }),
  appointmentCalendar: route({ method: 'GET', path: '/api/appointments/calendar', summary: '各日各时段的名额与已约数', access: DESK, query: CalendarQuery, response: AppointmentCalendar }),
  listAppointments: route({ method: 'GET', path: '/api/appointments', summary: '预约列表：某日、某段日期、按状态或证件号码', access: DESK, query: AppointmentQuery, response: AppointmentList }),
  checkBooking: route({ method: 'POST', path: '/api/appointments/check', summary: '预约预审（不写入）：名额、规则和预约日的登记条件', access: DESK, body: BookingInput, response: BookingCheck }),
  book: route({ method: 'POST', path: '/api/appointments', summary: '电话预约或现场预约', access: DESK, body: BookingInput, response: AppointmentView }),
  changeAppointment: route({
    method: 'POST', path: '/api/appointments/:id/actions', summary: '取消、改约或记为未到', access: DESK,
    params: AppointmentIdParams, body: AppointmentChange, response: AppointmentView,
  }),

  getQueuePolicy: route({ method: 'GET', path: '/api/queue/policy', summary: '叫号规则', access: 'any', response: QueuePolicySchema }),
  putQueuePolicy: route({ method: 'PUT', path: '/api/queue/policy', summary: '修改叫号规则', access: MANAGERS, body: QueuePolicySchema, response: QueuePolicySchema }),
  addWindow: route({ method: 'POST', path: '/api/queue/windows', summary: '新增窗口', access: MANAGERS, body: WindowInput, response: WindowView }),
  updateWindow: route({ method: 'PUT', path: '/api/queue/windows/:id', summary: '修改窗口（编号、名称、可办业务、停用）', access: MANAGERS, params: WindowIdParams, body: WindowInput, response: WindowView }),
  openWindow: route({ method: 'POST', path: '/api/queue/windows/:id/open', summary: '登记员开窗', access: DESK, params: WindowIdParams, response: WindowView }),
  closeWindow: route({ method: 'POST', path: '/api/queue/windows/:id/close', summary: '关窗', access: DESK, params: WindowIdParams, response: WindowView }),
  callNext: route({ method: 'POST', path: '/api/queue/windows/:id/call-next', summary: '叫下一号（本窗口可办业务中最应先办的号）', access: DESK, params: WindowIdParams, response: CallResult }),
  queueState: route({ method: 'GET', path: '/api/queue', summary: '今日排队情况：窗口、等候的号', access: DESK, response: QueueState }),
  issueTicket: route({ method: 'POST', path: '/api/queue/tickets', summary: '现场取号（须双方到场的业务须读取双方证件）', access: RECEPTION, body: IssueTicket, response: TicketView }),
  checkIn: route({ method: 'POST', path: '/api/queue/check-in', summary: '预约签到取号：证件须与预约一致', access: RECEPTION, body: CheckIn, response: TicketView }),
  ticketAction: route({
    method: 'POST', path: '/api/queue/tickets/:id/actions', summary: '指定叫号、重呼、过号、开始办理、办结、转移、转颁证、取消', access: DESK,
    params: TicketIdParams, body: TicketAction, response: TicketView,
  }),
  printTicket: route({ method: 'POST', path: '/api/queue/tickets/:id/print', summary: '在自助机的小票打印机上打印号票', access: RECEPTION, params: TicketIdParams, response: TicketPrintResult }),
  board: route({ method: 'GET', path: '/api/queue/board', summary: '叫号显示屏内容（姓名按设置遮蔽或隐藏）', access: ['display', 'kiosk', 'registrar', 'manager'], response: BoardState }),
  rate: route({ method: 'POST', path: '/api/queue/ratings', summary: '好差评：对今日办结的号评价', access: ['kiosk', 'registrar', 'manager'], body: RatingInput, response: Ok }),
  queueStats: route({ method: 'GET', path: '/api/queue/stats', summary: '统计：取号、等候与办理时长、过号、预约使用率、评价', access: MANAGERS, query: StatsQuery, response: QueueStats }),

  listDevices: route({ method: 'GET', path: '/api/hall-devices', summary: '自助取号机与显示屏', access: MANAGERS, response: DeviceList }),
  addDevice: route({ method: 'POST', path: '/api/hall-devices', summary: '登记设备并生成其令牌（只显示一次）', access: MANAGERS, body: DeviceInput, response: DeviceCreated }),
  revokeDevice: route({ method: 'DELETE', path: '/api/hall-devices/:id', summary: '停用设备令牌', access: MANAGERS, params: DeviceIdParams, response: DeviceView }),
  uploadStatus: route({ method: 'GET', path: '/api/exchange/status', summary: '上传省级平台：今日已上传、待上传、被退回的记录、最近的错误', access: MANAGERS, response: UploadStatusView }),
  actOnRejection: route({
    method: 'POST', path: '/api/exchange/rejections/:id', summary: '处理被省级平台退回的记录：重新上传或确认知悉', access: ['manager'],
    params: RejectionIdParams, body: RejectionAction, response: UploadStatusView,
  }),
  deviceSelf: route({ method: 'GET', path: '/api/hall-devices/self', summary: '本设备的信息（设备令牌）', access: ['kiosk', 'display'], response: DeviceSelf }),

  backupStatus: route({ method: 'GET', path: '/api/backups', summary: '数据备份：设置、最近一次成功的备份、保留的备份、进行中的备份与提醒', access: MANAGERS, response: BackupStatusView }),
  putBackupSettings: route({
    method: 'PUT', path: '/api/backups/settings', summary: '修改备份设置（目录、时间、保留份数、启用）', access: MANAGERS, body: BackupSettings, response: BackupStatusView,
  }),
  startBackup: route({ method: 'POST', path: '/api/backups', summary: '立即备份（进度见 GET /api/backups 与 backups.changed 事件）', access: MANAGERS, response: BackupStatusView }),
  restoreDrill: route({
    method: 'POST', path: '/api/backups/:id/drill', summary: '恢复演练：把一份备份恢复到临时目录并核验，不动在用的数据库', access: MANAGERS,
    params: BackupIdParams, response: RestoreDrillReport,
  }),

  stockOverview: route({ method: 'GET', path: '/api/stock', summary: '空白证书：各类证书在库存与各窗口的结存、入库批次、领用号段、最近使用', access: MANAGERS, response: StockOverview }),
  stockReceive: route({ method: 'POST', path: '/api/stock/batches', summary: '空白证书入库（一批印制号）', access: MANAGERS, body: BatchInput, response: StockBatchView }),
  stockAssign: route({ method: 'POST', path: '/api/stock/ranges', summary: '从库存向窗口发放一段空白证书', access: MANAGERS, body: RangeInput, response: StockRangeView }),
  stockReturn: route({ method: 'POST', path: '/api/stock/ranges/:id/return', summary: '窗口交回号段中未用的空白证书', access: MANAGERS, params: StockIdParams, response: StockRangeView }),
  stockSpoil: route({ method: 'POST', path: '/api/stock/spoil', summary: '登记损坏或遗失的空白证书（库存或窗口）', access: MANAGERS, body: SpoilInput, response: StockUseView }),
  stockVoid: route({
    method: 'POST', path: '/api/stock/uses/:id/void', summary: '作废已打印的证书（登记员限本人所开窗口）', access: ['registrar', 'manager', 'admin'],
    params: StockIdParams, body: VoidInput, response: StockUseView,
  }),
  stockWindow: route({
    method: 'GET', path: '/api/stock/windows/:id', summary: '一个窗口的空白证书结存与最近使用（登记员限本人所开窗口）', access: ['registrar', 'manager', 'admin'],
    params: StockIdParams, response: WindowStock,
  }),
  stockReport: route({ method: 'GET', path: '/api/stock/report', summary: '空白证书月度核对', access: MANAGERS, query: ReportQuery, response: MonthlyStockReport }),

  uploadImportFile: route({
    method: 'POST', path: '/api/imports/files', summary: '上传历史档案登记簿（.xlsx/.csv，application/octet-stream，最大 200 MB）：表头、样例行与推测的列对应', access: MANAGERS,
    query: UploadQuery, upload: { maxBytes: MAX_IMPORT_BYTES }, response: UploadedFileView,
  }),
  importDryRun: route({
    method: 'POST', path: '/api/imports/dry-run', summary: '导入前检查（不写入）：每行的问题、各代码计数与 Excel 错误报告', access: MANAGERS, body: DryRunInput, response: DryRunView,
  }),
  startImport: route({
    method: 'POST', path: '/api/imports/jobs', summary: '开始导入（后台分批提交，进度见 imports.progress 事件）；同一文件已导入完毕则不再新增', access: MANAGERS,
    body: StartImportInput, response: ImportJobView,
  }),
  listImports: route({ method: 'GET', path: '/api/imports/jobs', summary: '导入任务列表', access: MANAGERS, response: ImportJobList }),
  getImport: route({ method: 'GET', path: '/api/imports/jobs/:id', summary: '导入任务的进度与结果', access: MANAGERS, params: ImportJobParams, response: ImportJobView }),
  pauseImport: route({ method: 'POST', path: '/api/imports/jobs/:id/pause', summary: '暂停导入（当前批次提交后）', access: MANAGERS, params: ImportJobParams, response: ImportJobView }),
  resumeImport: route({ method: 'POST', path: '/api/imports/jobs/:id/resume', summary: '从最后提交的行之后继续导入', access: MANAGERS, params: ImportJobParams, response: ImportJobView }),
  listImportMappings: route({ method: 'GET', path: '/api/imports/mappings', summary: '已保存的列对应关系', access: MANAGERS, response: MappingList }),
  putImportMapping: route({
    method: 'PUT', path: '/api/imports/mappings/:name', summary: '按名称保存列对应关系', access: MANAGERS, params: MappingParams, body: MappingInput, response: MappingList,
  }),
  deleteImportMapping: route({ method: 'DELETE', path: '/api/imports/mappings/:name', summary: '删除已保存的列对应关系', access: MANAGERS, params: MappingParams, response: MappingList }),

  getBackEntrySettings: route({ method: 'GET', path: '/api/backentry/settings', summary: '手工补录设置（是否双人录入）', access: ['registrar', 'manager', 'admin'], response: BackEntrySettingsSchema }),
  putBackEntrySettings: route({
    method: 'PUT', path: '/api/backentry/settings', summary: '开启或关闭双人录入', access: MANAGERS, body: BackEntrySettingsSchema, response: BackEntrySettingsSchema,
  }),
  enterByHand: route({
    method: 'POST', path: '/api/backentry/hand', summary: '手工补录一条历史登记（双人录入时：第一次录入待第二人，第二次录入一致则入库、不一致交主管核对）', access: DESK,
    body: HandEntryInput, response: HandEntryResult, bodyLimit: HAND_ENTRY_BODY_LIMIT,
  }),
  listEntryPages: route({
    method: 'GET', path: '/api/backentry/pages', summary: '双人录入的档案页（不含录入内容）', access: DESK, query: EntryPageQuery, response: EntryPageList,
  }),
  getEntryPageScan: route({ method: 'GET', path: '/api/backentry/pages/:id/scan', summary: '档案页的扫描件', access: DESK, params: EntryPageParams, response: EntryScanView }),
  getEntryPageDifferences: route({
    method: 'GET', path: '/api/backentry/pages/:id/differences', summary: '两次录入逐项对照（限两位录入人以外的主管）', access: ['manager'],
    params: EntryPageParams, response: EntryDifferencesView,
  }),
  resolveEntryPage: route({
    method: 'POST', path: '/api/backentry/pages/:id/resolve', summary: '主管核定不一致的档案页并入库', access: ['manager'],
    params: EntryPageParams, body: ResolveEntryInput, response: HandEntryResult,
  }),
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
