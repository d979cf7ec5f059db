import { api, loginAs } from './host';

/** An office with its code set and one registrar and one manager signed in. */
export async function setUpOffice(url: string, adminPassword = 'admin-test-pass', officeCode = '110101001') {
  const admin = await loginAs(url, 'admin', adminPassword);
  await api(url, admin, 'PUT', '/api/settings/office', { officeName: '东城区民政局婚姻登记处', officeCode, foreignRelated: false });
  await api(url, admin, 'POST', '/api/users', { username: 'clerk', displayName: '李明', role: 'registrar', password: 'clerk-pass-1' });
  await api(url, admin, 'POST', '/api/users', { username: 'boss', displayName: '王芳', role: 'manager', password: 'boss-pass-12' });
  return { admin, clerk: await loginAs(url, 'clerk', 'clerk-pass-1'), manager: await loginAs(url, 'boss', 'boss-pass-12') };
}
