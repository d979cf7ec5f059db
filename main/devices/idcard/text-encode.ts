import { fail, ok, type Result } from './errors';
import { LONG_TERM, type CardFacts } from './identity';
import { numericFromAlpha3 } from './iso3166';
import { CARD_TYPE_SPAN, FOREIGN_2017_LAYOUT, FOREIGN_2023_LAYOUT, HMT_PERMIT_LAYOUT, RESIDENT_LAYOUT, TEXT_BLOCK_BYTES, type FieldSpan } from './text-layouts';
import { blankBlock, writeField } from './ucs2';

/** Characters of the 2023 card's English name that fit at offset 52; the rest go to offset 220. */
const ENGLISH_FIRST_PART = FOREIGN_2023_LAYOUT.nameEnglish.bytes / 2;

/**
 * The inverse of decodeTextBlock: what a card of these facts stores, for the simulator and for test
 * vectors. A value longer than its field is CARD_FIELD_TOO_LONG (a card could not hold it either).
 */
export function encodeTextBlock(facts: CardFacts): Result<Uint8Array> {
  const block = blankBlock(TEXT_BLOCK_BYTES);
  const fields: [FieldSpan, string | undefined, string][] = [];
  const sex = facts.sex === 'M' ? '1' : facts.sex === 'F' ? '2' : undefined;
  const count = facts.issueCount === undefined ? undefined : String(facts.issueCount).padStart(2, '0');
  let mark: string;
  if (facts.cardType === 'resident_id' || facts.cardType === 'hmt_residence_permit') {
    const L = facts.cardType === 'resident_id' ? RESIDENT_LAYOUT : HMT_PERMIT_LAYOUT;
    mark = facts.cardType === 'resident_id' ? ' ' : 'J';
    fields.push(
      [L.name, facts.name, 'name'], [L.sex, sex, 'sex'], [L.birthDate, cardDate(facts.birthDate), 'birthDate'],
      [L.address, facts.address, 'address'], [L.idNumber, facts.idNumber, 'idNumber'], [L.authority, facts.authority, 'authority'],
      [L.validFrom, cardDate(facts.validFrom), 'validFrom'], [L.validTo, cardDate(facts.validTo), 'validTo'],
    );
    if (facts.cardType === 'resident_id') fields.push([RESIDENT_LAYOUT.ethnicity, facts.ethnicity, 'ethnicity']);
    else fields.push([HMT_PERMIT_LAYOUT.passNumber, facts.passNumber, 'passNumber'], [HMT_PERMIT_LAYOUT.issueCount, count, 'issueCount']);
  } else if (facts.cardVersion === '2017') {
    const L = FOREIGN_2017_LAYOUT;
    mark = 'I';
    fields.push(
      [L.nameEnglish, facts.nameEnglish, 'nameEnglish'], [L.sex, sex, 'sex'], [L.idNumber, facts.idNumber, 'idNumber'],
      [L.nationality, facts.nationality, 'nationality'], [L.name, facts.name, 'name'], [L.validFrom, cardDate(facts.validFrom), 'validFrom'],
      [L.validTo, cardDate(facts.validTo), 'validTo'], [L.birthDate, cardDate(facts.birthDate), 'birthDate'], [L.authority, facts.authority, 'authority'],
    );
  } else {
    const L = FOREIGN_2023_LAYOUT;
    mark = 'Y';
    const english = facts.nameEnglish ?? '';
    const numeric = facts.nationality === undefined ? undefined : (numericFromAlpha3(facts.nationality) ?? facts.nationality);
    fields.push(
      [L.name, facts.name, 'name'], [L.sex, sex, 'sex'], [L.renewalCount, count, 'issueCount'], [L.birthDate, cardDate(facts.birthDate), 'birthDate'],
      [L.nameEnglish, english.slice(0, ENGLISH_FIRST_PART), 'nameEnglish'], [L.nameEnglishContinued, english.slice(ENGLISH_FIRST_PART), 'nameEnglish'],
      [L.idNumber, facts.idNumber, 'idNumber'], [L.validFrom, cardDate(facts.validFrom), 'validFrom'], [L.validTo, cardDate(facts.validTo), 'validTo'],
      [L.nationalityNumeric, numeric, 'nationality'],
    );
  }
  fields.push([CARD_TYPE_SPAN, mark, 'cardType']);
  for (const [span, value, field] of fields) {
    if (value !== undefined && !writeField(block, span, value)) return fail('CARD_FIELD_TOO_LONG', `${field}: ${value.length} characters, room for ${span.bytes / 2}`);
  }
  return ok(block);
}

/** `YYYY-MM-DD` as the card writes it; `long-term` as 长期; anything else as given, so tests can store a bad date. */
function cardDate(date: string | undefined): string | undefined {
  if (date === LONG_TERM) return '长期';
  return date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '') : date;
}
