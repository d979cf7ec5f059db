import { z } from 'zod';
import { ID_TYPES } from '../domain/case-types';
import { LocalDateSchema, PartySchema } from './party';
import { Violation } from './errors';
import { AdoptionDatesView, NewAdoption, NewAdoptionDissolution } from './adoption';

export const CASE_KINDS = ['marriage', 'divorce', 'reissue', 'adoption', 'adoption_dissolution'] as const;

export { LocalDateSchema, RealDateSchema, Verification, PartySchema, type Party } from './party';

export const MarriagePartyRecord = z.strictObject({
  party: PartySchema,
  declarationSigned: z.boolean(),
  prohibitedKinshipDeclared: z.boolean().default(false),
  voluntary: z.boolean().default(true),
});

export const NewMarriage = z.strictObject({
  kind: z.literal('marriage'),
  parties: z.tuple([MarriagePartyRecord, MarriagePartyRecord]),
});
export const NewDivorce = z.strictObject({
  kind: z.literal('divorce'),
  parties: z.tuple([PartySchema, PartySchema]),
  marriageCertificateNumber: z.string().trim().min(1).max(60),
  agreementSigned: z.boolean(),
  fullCapacity: z.tuple([z.boolean(), z.boolean()]).default([true, true]),
});
export const NewReissue = z.strictObject({
  kind: z.literal('reissue'),
  certificateKind: z.enum(['marriage', 'divorce']),
  originalCertificateNumber: z.string().trim().min(1).max(60),
  applicant: PartySchema,
});
export const NewCase = z.discriminatedUnion('kind', [NewMarriage, NewDivorce, NewReissue, NewAdoption, NewAdoptionDissolution]);
export type NewCase = z.infer<typeof NewCase>;

export const RevocationBasisSchema = z.strictObject({
  kind: z.enum(['court_judicial_advice', 'procuratorate_advice', 'police_finding', 'court_nullity_judgment']),
  documentNumber: z.string().trim().max(80),
  issuedOn: LocalDateSchema,
});

/** The actions on an existing case; each is checked by the rules before anything is written. */
export const CaseAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({ action: z.literal('register'), bothPresent: z.boolean().default(true) }),
  z.strictObject({ action: z.literal('refuse'), reason: z.string().trim().min(2).max(500) }),
  z.strictObject({ action: z.literal('withdraw'), partyIndex: z.union([z.literal(0), z.literal(1)]) }),
  z.strictObject({ action: z.literal('confirm-terms'), childrenArranged: z.boolean(), propertyAndDebtsAgreed: z.boolean() }),
  z.strictObject({ action: z.literal('request-override'), note: z.string().trim().max(500).default('') }),
  z.strictObject({ action: z.literal('override-status'), reason: z.string().trim().min(4).max(500) }),
  z.strictObject({ action: z.literal('revoke'), basis: RevocationBasisSchema, remark: z.string().trim().min(2).max(500) }),
]);
export type CaseAction = z.infer<typeof CaseAction>;
export type CaseActionName = CaseAction['action'];

export const CaseCheck = z.strictObject({
  proposal: NewCase.optional(),
  caseId: z.number().int().positive().optional(),
  action: CaseAction.optional(),
  /** Check as of another day (an appointment, the day a couple plans to come back); default today. */
  on: LocalDateSchema.optional(),
});

export const DivorcePeriodsView = z.object({
  acceptedOn: z.string(),
  coolingOffStarts: z.string(),
  coolingOffEnds: z.string(),
  collectionStarts: z.string(),
  collectionEnds: z.string(),
  deemedWithdrawnOn: z.string(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number()).readonly(),
});

export const CheckResult = z.object({
  on: z.string(),
  violations: z.array(Violation),
  periods: DivorcePeriodsView.nullable(),
});

export const PartyView = z.object({
  position: z.number().int(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  birthDate: z.string(),
  idType: z.enum(ID_TYPES),
  idNumber: z.string(),
  idNumberMasked: z.string(),
  nationality: z.string(),
});

export const CaseEventView = z.object({
  revision: z.number().int(),
  action: z.string(),
  on: z.string(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const ArchiveItemView = z.object({
  id: z.number().int(),
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const StatusCheckView = z.object({
  position: z.number().int(),
  made: z.boolean(),
  status: z.string().nullable(),
  reason: z.string().nullable(),
  checkedAt: z.string(),
});

/** A back-entered (补录) case's mark: where it came from and who entered it; null for a registration made at the window. */
export const BackEntryMarkView = z.object({
  method: z.enum(['import', 'hand']),
  jobId: z.number().int().nullable(),
  sourceFile: z.string().nullable(),
  sourceRow: z.number().int().nullable(),
  enteredBy: z.string(),
  enteredAt: z.string(),
  /** The registering office as the paper names it. */
  officeText: z.string(),
  remarks: z.string().nullable(),
  /** Codes its checks flagged without refusing it (IMP_UNDER_AGE_THEN, IMP_ID_MISSING, IMP_SCAN_MISSING). */
  warnings: z.array(z.string()).readonly(),
  /** Each party's 15-digit first-generation ID number as written, or null. */
  idNumbersOriginal: z.array(z.string().nullable()).readonly(),
});

export const CaseView = z.object({
  id: z.number().int(),
  recordId: z.string(),
  kind: z.enum(CASE_KINDS),
  status: z.string(),
  statusLabel: z.string(),
  revision: z.number().int(),
  officeCode: z.string(),
  acceptedOn: z.string().nullable(),
  registeredOn: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  relatedCaseId: z.number().int().nullable(),
  facts: z.record(z.string(), z.unknown()),
  parties: z.array(PartyView),
  history: z.array(CaseEventView),
  statusChecks: z.array(StatusCheckView),
  archive: z.array(ArchiveItemView),
  periods: DivorcePeriodsView.nullable(),
  /** An adoption's notice and decision dates, from the office's calendar. */
  adoptionDates: AdoptionDatesView.nullable(),
  /** What stands in the way of the next step today. */
  violations: z.array(Violation),
  backEntry: BackEntryMarkView.nullable(),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseSummary = z.object({
  id: z.number().int(),
  kind: z.enum(CASE_KINDS),
  status: z.string(),
  statusLabel: z.string(),
  certificateNumber: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  registeredOn: z.string().nullable(),
  parties: z.array(z.object({ name: z.string(), idNumberMasked: z.string() })),
  /** A divorce's two periods, from the office's calendar. */
  periods: DivorcePeriodsView.nullable(),
  adoptionDates: AdoptionDatesView.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseSearch = z.object({ q: z.string().trim().min(1).max(60), limit: z.coerce.number().int().min(1).max(200).default(50) });
export const CaseList = z.object({ cases: z.array(CaseSummary) });

export const Worklists = z.object({
  on: z.string(),
  coolingOffEnding: z.array(CaseSummary),
  collectionEnding: z.array(CaseSummary),
  deemedWithdrawn: z.array(CaseSummary),
  overridesWaiting: z.array(CaseSummary),
  /** Adoption cases whose 30-day decision falls due soon, and whose public notice ends soon. */
  adoptionDecisionsDue: z.array(CaseSummary),
  adoptionNoticesEnding: z.array(CaseSummary),
  /** Years a running period reaches without official holiday data: a manager should enter them. */
  provisionalYears: z.array(z.number()).readonly(),
});

export const CaseIdParams = z.object({ id: z.coerce.number().int().positive() });

export const ArchiveUpload = z.strictObject({
  kind: z.enum(['photo', 'id_copy', 'declaration', 'agreement', 'form', 'decision', 'assessment', 'notice', 'other']),
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1),
});

export const CalendarSettingsSchema = z.strictObject({
  extendOn: z.enum(['non_working_days', 'statutory_holidays_only']),
  overrides: z.array(z.strictObject({ date: LocalDateSchema, open: z.boolean(), note: z.string().max(100).default('') })).max(400),
  /** Years whose holidays the office has entered itself: their period dates stop being provisional. */
  enteredYears: z.array(z.number().int().min(2000).max(2100)).max(20).default([]),
});
