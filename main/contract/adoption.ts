import { z } from 'zod';
import { LocalDateSchema, PartySchema } from './party';

/** One adopter: the person, their marital status and the children they already have (born or adopted). */
export const AdopterRecord = z.strictObject({
  party: PartySchema,
  maritalStatus: z.enum(['married', 'single']),
  children: z.number().int().min(0).max(20),
});

export const ChildSituationSchema = z.strictObject({
  orphan: z.boolean().default(false),
  disabled: z.boolean().default(false),
  parentsNotFound: z.boolean().default(false),
  inWelfareInstitution: z.boolean().default(false),
  relativesChild: z.boolean().default(false),
  stepchild: z.boolean().default(false),
});

/** Who gives the child up (送养人); a union, not a discriminated one: birth parents come in two shapes. */
export const AdoptionGiverSchema = z.union([
  z.strictObject({ kind: z.literal('birth_parents'), known: z.literal('both'), consented: z.tuple([z.boolean(), z.boolean()]) }),
  z.strictObject({ kind: z.literal('birth_parents'), known: z.literal('one') }),
  z.strictObject({ kind: z.literal('guardian') }),
  z.strictObject({ kind: z.literal('welfare_institution') }),
]);

export const NewAdoption = z.strictObject({
  kind: z.literal('adoption'),
  adopters: z.union([z.tuple([AdopterRecord]), z.tuple([AdopterRecord, AdopterRecord])]),
  /** A couple: both attend, or one attends with the other's certified written authorization. */
  spousePresent: z.boolean().default(true),
  child: PartySchema,
  situation: ChildSituationSchema,
  giver: AdoptionGiverSchema,
  /** The welfare institution's or the guardian's name, or the birth parents' names, as on the papers. */
  giverName: z.string().trim().max(100).default(''),
  childConsent: z.boolean().default(false),
  /** 收养评估: its report reference, conclusion and date (the report itself is an archive item of the case). */
  assessment: z.strictObject({ reference: z.string().trim().min(1).max(80), conclusion: z.enum(['suitable', 'unsuitable']), date: LocalDateSchema }).nullable(),
  /** 公告 for a child whose parents cannot be found: the day it was published. */
  notice: z.strictObject({ startsOn: LocalDateSchema, reference: z.string().trim().max(80).default('') }).nullable(),
});
export type NewAdoption = z.infer<typeof NewAdoption>;

/** 解除收养关系 by agreement: the adoption is found by its 收养登记证 number. */
export const NewAdoptionDissolution = z.strictObject({
  kind: z.literal('adoption_dissolution'),
  adoptionCertificateNumber: z.string().trim().min(1).max(60),
  childConsent: z.boolean().default(false),
  certificateReturned: z.boolean(),
});
export type NewAdoptionDissolution = z.infer<typeof NewAdoptionDissolution>;

export const AdoptionDatesView = z.object({
  appliedOn: z.string(),
  noticeStartsOn: z.string().nullable(),
  noticeEnds: z.string().nullable(),
  registrableFrom: z.string().nullable(),
  decisionDue: z.string(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number()).readonly(),
});
