import { provinceRequest, errorCodeOf, type ProvinceConfig } from './client';
import type { MaritalStatusAnswer, MaritalStatusChecker } from './marital-status';

const STATUSES = ['unmarried', 'married', 'divorced', 'widowed', 'unknown'] as const;

/** The marital-status check against the province; any other answer is "not made", never "unmarried". */
export function provinceStatusChecker(cfg: ProvinceConfig): MaritalStatusChecker {
  return {
    async check(idType, idNumber): Promise<MaritalStatusAnswer> {
      const query = new URLSearchParams({ idType, idNumber }).toString();
      const answer = await provinceRequest(cfg, 'GET', `/v1/marital-status?${query}`);
      const body = answer.json as { status?: unknown; asOf?: unknown } | null;
      if (answer.status === 200 && STATUSES.includes(body?.status as (typeof STATUSES)[number]) && typeof body?.asOf === 'string') {
        return { made: true, status: body.status as (typeof STATUSES)[number], asOf: body.asOf };
      }
      return { made: false, reason: `省级平台答复 ${answer.status}${errorCodeOf(answer) ? ` ${errorCodeOf(answer)}` : ''}` };
    },
  };
}
