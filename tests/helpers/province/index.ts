/** The reference province (tests only): a test double of the provincial platform, and a tiny client for it. */
export { startReferenceProvince, MAX_BATCH } from './server';
export type { ReferenceProvince, ReferenceProvinceOptions } from './types';
export { FAULT_KINDS, type FaultKind, type FaultRule, type FaultEvent, type FaultRoute } from './faults';
export { canonicalString, canonicalJson, bodyDigest } from './canonical';
export { sm2Sign, sm2Verify, sm2PublicKeyOf, sm2KeyPair, sm3Hex } from './sm';
export { send, signedHeaders, newOfficeKey, randomNonce, type OfficeKey, type ProvinceResponse } from './client';
export { encodeCursor, decodeCursor, type Appointment, type AppointmentInput } from './appointments';
export type { AcceptedRecord, BatchResult, Submissions, MeritJudge } from './registry';
export type { MaritalStatus, MaritalEntry } from './marital';
export { RECORD_KINDS, ID_TYPES, PARTY_ROLES } from './schema';
