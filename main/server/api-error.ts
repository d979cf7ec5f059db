import { API_ERRORS, type ApiErrorCode, type ErrorBody, type Violation } from '../contract/errors';

/** An answer the API gives on purpose: a code from the contract, its status, and its Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly violations?: Violation[],
    readonly detail?: string,
  ) {
    super(API_ERRORS[code].message);
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }

  body(): ErrorBody {
    return {
      code: this.code,
      message: this.detail ? `${this.message}（${this.detail}）` : this.message,
      ...(this.violations ? { violations: this.violations } : {}),
    };
  }
}
