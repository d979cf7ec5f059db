import type { MaritalStatusChecker } from '../../main/exchange/marital-status';
import { api } from './host';
import { couple, marriageProposal } from './people';

/** A province that answers every check: unmarried unless listed. */
export function fakeProvince(married: ReadonlySet<string> = new Set()): MaritalStatusChecker {
  return { check: async (_t, n) => ({ made: true, status: married.has(n) ? 'married' : 'unmarried', asOf: '2026-01-01T00:00:00Z' }) };
}

/** Registers a marriage through the API (draft → accept → register) and returns the couple and the certificate number. */
export async function marry(url: string, clerk: string, tag: string) {
  const [h, w] = couple(tag);
  const draft = await api(url, clerk, 'POST', '/api/cases', marriageProposal(h, w));
  if (draft.status !== 200) throw new Error(JSON.stringify(draft.json));
  await api(url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'accept' });
  const reg = await api(url, clerk, 'POST', `/api/cases/${draft.json.id}/actions`, { action: 'register' });
  if (reg.status !== 200) throw new Error(JSON.stringify(reg.json));
  return { husband: h, wife: w, certificateNumber: reg.json.certificateNumber as string, caseId: draft.json.id as number };
}
