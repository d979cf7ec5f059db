import type { LocalDate } from '../case-types';
import { compareDates } from '../dates';
import { ageOn } from '../identity';
import { checkCertificateNumber } from './certificate-number';
import { marriageAgeThen, minimumAgeThen } from './legal-age';
import { BACK_ENTRY_FIELD_LABELS, partyField, type BackEntryDraft } from './record';
import { backEntryViolation, type BackEntryViolation, type FieldColumns } from './violations';

const PARTY_NAMES = [BACK_ENTRY_FIELD_LABELS['parties.0.name'], BACK_ENTRY_FIELD_LABELS['parties.1.name']] as const;

/**
 * How a read record's fields agree with each other and with `today`. Fields that could not be read
 * are null and were reported by readBackEntry; a check that needs one of them is skipped.
 */
export function checkBackEntry(draft: BackEntryDraft, today: LocalDate, columns: FieldColumns): BackEntryViolation[] {
  const found: BackEntryViolation[] = [];
  const { kind, registrationDate: registered, parties } = draft;

  if (registered !== null && compareDates(registered, today) > 0) {
    found.push(backEntryViolation('IMP_DATE_IN_FUTURE', 'registrationDate', columns, registered));
  }
  parties.forEach((party, i) => {
    const index = i as 0 | 1;
    const born = party.birthDate;
    if (born === null) return;
    if (compareDates(born, today) > 0) found.push(backEntryViolation('IMP_DATE_IN_FUTURE', partyField(index, 'birthDate'), columns, born));
    if (registered === null) return;
    if (compareDates(registered, born) < 0) {
      found.push(backEntryViolation('IMP_BEFORE_BIRTH', 'registrationDate', columns, `${PARTY_NAMES[index]}出生于 ${born}`));
      return;
    }
    if (kind !== 'marriage' || party.sex === null) return;
    // Flagged, not refused: the record is history, registered under the law of its day (issue 10).
    const ages = marriageAgeThen(registered);
    if (ages === null) return;
    const minimum = minimumAgeThen(ages, party.sex);
    const age = ageOn(born, registered);
    if (age < minimum) {
      const detail = `登记日 ${registered} 年满 ${age} 周岁，${ages.law}规定${party.sex === 'male' ? '男' : '女'}方须年满 ${minimum} 周岁`;
      found.push(backEntryViolation('IMP_UNDER_AGE_THEN', partyField(index, 'birthDate'), columns, detail));
    }
  });

  // Every kind records a marriage (its registration, dissolution or certificate), so one man and one woman.
  if (parties[0].sex !== null && parties[0].sex === parties[1].sex) {
    found.push(backEntryViolation('IMP_SAME_SEX', 'parties.1.sex', columns, parties[0].sex === 'male' ? '均为男' : '均为女'));
  }

  if (draft.certificateNumber !== null) found.push(...checkCertificateNumber(draft.certificateNumber, kind, registered, columns));
  return found;
}
