/** Actions on a case that only a hall manager may take: overriding an unverifiable status check, and revocation. */
export const MANAGER_ONLY_ACTIONS: readonly string[] = ['override-status', 'revoke'];
