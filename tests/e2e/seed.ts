import path from 'node:path';
import { createWorkCalendar } from '../../main/domain/calendar';
import { addDays } from '../../main/domain/dates';
import { divorcePeriods } from '../../main/domain/divorce';
import { officeDate } from '../../main/server/clock';
import { openDatabase } from '../../main/store/db';
import type { RegistrationContext } from '../../main/store/registrations/context';
import { acceptDivorce } from '../../main/store/registrations/divorce';
import { acceptMarriage, createMarriageDraft, registerMarriage } from '../../main/store/registrations/marriage';
import { api } from '../helpers/host';
import { couple, marriageProposal } from '../helpers/people';

type Person = ReturnType<typeof couple>[number];
export interface Couple {
  readonly husband: Person;
  readonly wife: Person;
  readonly certificateNumber: string;
  readonly caseId: number;
}

/**
 * A registered marriage through the API as it runs with no province configured: the draft needs a
 * manager's written override of the unverified marital status before it may be accepted.
 */
export async function registerMarriageByApi(url: string, clerk: string, manager: string, tag: string): Promise<Couple> {
  const [husband, wife] = couple(tag);
  const draft = await api(url, clerk, 'POST', '/api/cases', marriageProposal(husband, wife));
  if (draft.status !== 200) throw new Error(JSON.stringify(draft.json));
  const id = draft.json.id as number;
  const steps: [string, object][] = [
    [clerk, { action: 'request-override', note: '测试：未配置省级平台' }],
    [manager, { action: 'override-status', reason: '测试数据：已电话核实双方婚姻状况' }],
    [clerk, { action: 'accept' }],
    [clerk, { action: 'register' }],
  ];
  let last = draft;
  for (const [token, body] of steps) {
    last = await api(url, token, 'POST', `/api/cases/${id}/actions`, body);
    if (last.status !== 200) throw new Error(JSON.stringify(last.json));
  }
  return { husband, wife, certificateNumber: last.json.certificateNumber as string, caseId: id };
}

/** The host's database file in its data folder (main/server/host.ts DB_FILE). */
const dbFile = (dataDir: string) => path.join(dataDir, 'hall.sqlite');

const OFFICE = { officeCode: '110101001', divisionCode: '110101', foreignRelated: false, marriageAgeExceptions: [] } as const;
export const calendar = createWorkCalendar();
export const today = (): string => officeDate(Date.now());

function contextOn(on: string): RegistrationContext {
  return { office: OFFICE, calendar, by: { actor: 'clerk', at: `${on}T02:00:00.000Z`, on }, registrarName: '李明' };
}

/**
 * The product has no clock override, so a case accepted weeks ago is written straight into the
 * running host's SQLite file (WAL: safe beside the host) by the store's own functions, dated back:
 * the marriage registered `marriedDaysAgo` days ago, the divorce accepted `acceptedDaysAgo` days ago.
 */
export function seedDivorceAcceptedDaysAgo(dataDir: string, tag: string, acceptedDaysAgo: number, marriedDaysAgo = acceptedDaysAgo + 400) {
  const db = openDatabase(dbFile(dataDir));
  try {
    const [husband, wife] = couple(tag);
    const married = contextOn(addDays(today(), -marriedDaysAgo));
    const checks = [0, 1].map((position) => ({ position, made: true, status: 'unmarried', reason: null, checkedAt: married.by.at }));
    const decl = { declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true };
    const draft = createMarriageDraft(db, { parties: [{ party: husband, ...decl }, { party: wife, ...decl }] }, checks, married);
    acceptMarriage(db, draft.id, married);
    const marriage = registerMarriage(db, draft.id, married);
    const divorce = acceptDivorce(
      db,
      { parties: [husband, wife], marriageCertificateNumber: marriage.certificateNumber!, agreementSigned: true, fullCapacity: [true, true] },
      contextOn(addDays(today(), -acceptedDaysAgo)),
    );
    return { husband, wife, certificateNumber: marriage.certificateNumber!, marriageId: marriage.id, divorceId: divorce.id };
  } finally {
    db.close();
  }
}

/** How many days ago a divorce must have been accepted for a period of it to end within the next two days (holidays included). */
export function acceptedDaysAgoEndingSoon(period: 'coolingOffEnds' | 'collectionEnds'): number {
  const horizon = [0, 1, 2].map((n) => addDays(today(), n));
  for (let ago = 1; ago < 120; ago++) if (horizon.includes(divorcePeriods(addDays(today(), -ago), calendar)[period])) return ago;
  throw new Error(`no acceptance date ends ${period} within two days of ${today()}`);
}
