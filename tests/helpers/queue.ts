import { api } from './host';

export const person = (idNumber: string, name: string, verified: 'reader' | 'staff' = 'staff') => ({ idType: 'resident_id', idNumber, name, verified });

/** Windows 1 (marriage and divorce), 2 (reissue and marriage) and 3 (the ceremony hall). */
export async function setUpWindows(url: string, manager: string): Promise<{ w1: number; w2: number; w3: number }> {
  const add = async (number: number, name: string, services: string[]) => (await api(url, manager, 'POST', '/api/queue/windows', { number, name, services })).json.id as number;
  return {
    w1: await add(1, '一号窗口', ['marriage', 'divorce_application', 'divorce_registration']),
    w2: await add(2, '二号窗口', ['reissue', 'marriage']),
    w3: await add(3, '颁证厅', ['ceremony']),
  };
}

export const codes = (res: { json: { violations?: { code: string }[] } }) => (res.json.violations ?? []).map((v) => v.code).sort();
