/** A refusal the store decided (a uniqueness or invariant check); the server maps the code to its HTTP answer. */
export class StoreError extends Error {
  constructor(readonly code: 'USER_EXISTS' | 'NOT_FOUND' | 'LAST_ADMIN' | 'SELF_DISABLE' | 'PASSWORD_WRONG' | 'PASSWORD_UNCHANGED' | 'IMPORT_JOB_STATE', readonly field: string) {
    super(code);
  }
}
