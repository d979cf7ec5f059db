import { z } from 'zod';
import { MAX_REGISTRY_PERIODS, periodCount, REGISTRY_GROUPING_LABELS, REGISTRY_GROUPINGS } from '../domain/registry-periods';
import { RealDateSchema } from './party';

/** 登记统计: the registry's figures for a range, by day, month or year, computed from the records. */
export const RegistryStatsQuery = z
  .strictObject({ from: RealDateSchema, to: RealDateSchema, grouping: z.enum(REGISTRY_GROUPINGS).default('month') })
  .refine((q) => q.from <= q.to, { message: '截止日期不能早于起始日期', path: ['to'] })
  .refine((q) => q.from > q.to || periodCount(q.from, q.to, q.grouping) <= MAX_REGISTRY_PERIODS, {
    message: `期间过长：${REGISTRY_GROUPING_LABELS.day}最多 ${MAX_REGISTRY_PERIODS} 天，请改为按月或按年统计`,
    path: ['grouping'],
  });
export type RegistryStatsQuery = z.infer<typeof RegistryStatsQuery>;

const Count = z.number().int();

export const RegistryFigures = z.object({
  /** '2026-05', '2026-05-20' or '2026' for a period; 'total' for the whole range. */
  key: z.string(),
  from: z.string(),
  to: z.string(),
  marriages: Count,
  /** A party is not a mainland resident: another nationality, a non-resident document, or an overseas Chinese. */
  marriagesForeign: Count,
  /** Parties marrying for the first time, and parties with an earlier registered marriage in the records. */
  firstMarriages: Count,
  remarriages: Count,
  /** Mean age in full years on the registration date; null without a party of that sex. */
  meanAgeMale: z.number().nullable(),
  meanAgeFemale: z.number().nullable(),
  divorces: Count,
  divorceApplications: Count,
  divorcesWithdrawn: Count,
  divorcesDeemedWithdrawn: Count,
  /** Applications still in cooling-off or collection on the period's last day (or today); null for a period not begun. */
  divorcesPending: Count.nullable(),
  reissues: Count,
  revocations: Count,
  adoptions: Count,
  adoptionDissolutions: Count,
  /** Paper-era records back-entered (imported or typed) during the period. */
  backEntered: Count,
});
export type RegistryFigures = z.infer<typeof RegistryFigures>;

export const BackEntryDecade = z.object({ decade: z.number().int(), marriage: Count, divorce: Count, reissue: Count, total: Count });

export const RegistryStats = z.object({
  from: z.string(),
  to: z.string(),
  grouping: z.enum(REGISTRY_GROUPINGS),
  /** The office day the figures were computed on: deemed withdrawals and pending cases stop there. */
  asOf: z.string(),
  periods: z.array(RegistryFigures),
  total: RegistryFigures,
});
export type RegistryStats = z.infer<typeof RegistryStats>;

/** Every back-entered record so far, by kind and by the decade it was registered in: the whole archive, any range. */
export const BackEntryProgress = z.object({ total: Count, byDecade: z.array(BackEntryDecade) });
export type BackEntryProgress = z.infer<typeof BackEntryProgress>;
