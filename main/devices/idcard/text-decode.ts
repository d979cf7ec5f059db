import { isValidDate } from '../../domain/dates';
import { fail, ok, type Result } from './errors';
import { ethnicityName } from './ethnicity';
import { LONG_TERM, type CardIdentity, type CardWarning } from './identity';
import { cardWarning, numberWarnings } from './identity-checks';
import { alpha3FromNumeric, isKnownAlpha3 } from './iso3166';
import {
  CARD_TYPE_MARKS,
  CARD_TYPE_SPAN,
  FOREIGN_2017_LAYOUT,
  FOREIGN_2023_LAYOUT,
  HMT_PERMIT_LAYOUT,
  RESIDENT_LAYOUT,
  TEXT_BLOCK_BYTES,
  type TextLayoutName,
} from './text-layouts';
import { readField, readRaw, trimTrailingSpaces } from './ucs2';
import { assertNever } from '../../domain/assert-never';

type Fields = Omit<CardIdentity, 'photo' | 'warnings'>;

/** The layout the mark at offset 248 names, or null for a mark the protocol does not know. */
export function textLayoutOf(text: Uint8Array): TextLayoutName | null {
  const mark = readRaw(text, CARD_TYPE_SPAN);
  return Object.prototype.hasOwnProperty.call(CARD_TYPE_MARKS, mark) ? CARD_TYPE_MARKS[mark as keyof typeof CARD_TYPE_MARKS] : null;
}

/** The 256-byte text block and the photo as the identity; an unknown type mark is CARD_TYPE_UNKNOWN, never guessed. */
export function decodeTextBlock(text: Uint8Array, photo: Uint8Array): Result<CardIdentity> {
  if (text.length !== TEXT_BLOCK_BYTES) return fail('CARD_DATA_LENGTH', `text block of ${text.length} bytes, expected ${TEXT_BLOCK_BYTES}`);
  const layout = textLayoutOf(text);
  if (layout === null) return fail('CARD_TYPE_UNKNOWN', `mark ${JSON.stringify(readRaw(text, CARD_TYPE_SPAN))} at offset 248`);
  const warnings: CardWarning[] = [];
  const fields = decodeFields(layout, new FieldReader(text, warnings));
  warnings.push(...numberWarnings(fields));
  const identity: CardIdentity = { ...fields, photo: { format: 'wlt', bytes: photo.length, data: Buffer.from(photo).toString('base64') }, warnings };
  return ok(identity);
}

function decodeFields(layout: TextLayoutName, r: FieldReader): Fields {
  switch (layout) {
    case 'resident': {
      const L = RESIDENT_LAYOUT;
      const ethnicity = r.text(L.ethnicity);
      const name = ethnicity === undefined ? undefined : (ethnicityName(ethnicity) ?? undefined);
      return compact({
        cardType: 'resident_id', name: r.text(L.name), sex: r.sex(L.sex), ethnicity, ethnicityName: name,
        birthDate: r.date(L.birthDate, 'birthDate'), address: r.text(L.address), idNumber: r.text(L.idNumber),
        authority: r.text(L.authority), validFrom: r.date(L.validFrom, 'validFrom'), validTo: r.validTo(L.validTo),
      });
    }
    case 'hmt-permit': {
      const L = HMT_PERMIT_LAYOUT;
      return compact({
        cardType: 'hmt_residence_permit', name: r.text(L.name), sex: r.sex(L.sex), birthDate: r.date(L.birthDate, 'birthDate'),
        address: r.text(L.address), idNumber: r.text(L.idNumber), authority: r.text(L.authority),
        validFrom: r.date(L.validFrom, 'validFrom'), validTo: r.validTo(L.validTo), passNumber: r.text(L.passNumber), issueCount: r.count(L.issueCount),
      });
    }
    case 'foreign-2017': {
      const L = FOREIGN_2017_LAYOUT;
      const nationality = r.text(L.nationality);
      if (nationality !== undefined && !isKnownAlpha3(nationality)) r.warn(cardWarning('NATIONALITY_UNKNOWN', 'nationality', nationality));
      return compact({
        cardType: 'foreign_permanent_id', cardVersion: '2017', name: r.text(L.name), nameEnglish: r.text(L.nameEnglish), sex: r.sex(L.sex),
        birthDate: r.date(L.birthDate, 'birthDate'), idNumber: r.text(L.idNumber), nationality, authority: r.text(L.authority),
        validFrom: r.date(L.validFrom, 'validFrom'), validTo: r.validTo(L.validTo),
      });
    }
    case 'foreign-2023': {
      const L = FOREIGN_2023_LAYOUT;
      // Joined before trimming: a space at character 35 belongs to the name.
      const english = trimTrailingSpaces(readRaw(r.block, L.nameEnglish) + readRaw(r.block, L.nameEnglishContinued));
      const numeric = r.text(L.nationalityNumeric);
      const alpha3 = numeric === undefined ? undefined : (alpha3FromNumeric(numeric) ?? undefined);
      if (numeric !== undefined && alpha3 === undefined) r.warn(cardWarning('NATIONALITY_UNKNOWN', 'nationality', numeric));
      return compact({
        cardType: 'foreign_permanent_id', cardVersion: '2023', name: r.text(L.name), nameEnglish: english === '' ? undefined : english,
        sex: r.sex(L.sex), birthDate: r.date(L.birthDate, 'birthDate'), idNumber: r.text(L.idNumber),
        nationality: alpha3 ?? numeric, issueCount: r.count(L.renewalCount),
        validFrom: r.date(L.validFrom, 'validFrom'), validTo: r.validTo(L.validTo),
      });
    }
    default:
      return assertNever(layout, 'text layout');
  }
}

/** Reads fields of one block and collects what does not parse as warnings, leaving the field absent. */
class FieldReader {
  constructor(
    readonly block: Uint8Array,
    private readonly warnings: CardWarning[],
  ) {}

  warn(w: CardWarning): void {
    this.warnings.push(w);
  }

  text(span: { offset: number; bytes: number }): string | undefined {
    const value = readField(this.block, span);
    return value === '' ? undefined : value;
  }

  sex(span: { offset: number; bytes: number }): 'M' | 'F' | undefined {
    const code = this.text(span);
    if (code === '1') return 'M';
    if (code === '2') return 'F';
    this.warn(cardWarning('SEX_UNSTATED', 'sex', code ?? '（空）'));
    return undefined;
  }

  date(span: { offset: number; bytes: number }, field: string): string | undefined {
    const raw = this.text(span);
    if (raw === undefined) return undefined;
    const date = /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : null;
    if (date !== null && isValidDate(date)) return date;
    this.warn(cardWarning('DATE_INVALID', field, raw));
    return undefined;
  }

  validTo(span: { offset: number; bytes: number }): string | undefined {
    return this.text(span) === '长期' ? LONG_TERM : this.date(span, 'validTo');
  }

  count(span: { offset: number; bytes: number }): number | undefined {
    const raw = this.text(span);
    if (raw === undefined) return undefined;
    if (/^\d+$/.test(raw)) return Number(raw);
    this.warn(cardWarning('ISSUE_COUNT_INVALID', 'issueCount', raw));
    return undefined;
  }
}

/** Drops absent fields, so the JSON has no `undefined` keys and equal identities compare equal. */
function compact<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}
