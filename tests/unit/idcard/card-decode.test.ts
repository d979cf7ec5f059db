import { describe, expect, it } from 'vitest';
import {
  buildCardAnswerData,
  decodeCardData,
  decodeCardFrame,
  decodeTextBlock,
  encodeTextBlock,
  parseHexDump,
  type CardFacts,
  type CardIdentity,
} from '../../../main/devices/idcard';
import { cardFixtures, frameFixture, hex, unwrap } from './helpers';

const PHOTO = new Uint8Array(1024);

function decodeFacts(facts: CardFacts): CardIdentity {
  const text = encodeTextBlock(facts);
  if (!text.ok) throw new Error(text.error.code);
  const identity = decodeTextBlock(text.value, PHOTO);
  if (!identity.ok) throw new Error(identity.error.code);
  return identity.value;
}

function textWith(facts: CardFacts, patch: (block: Uint8Array) => void): Uint8Array {
  const text = encodeTextBlock(facts);
  if (!text.ok) throw new Error(text.error.code);
  patch(text.value);
  return text.value;
}

const FIX = cardFixtures();

describe('the worked 30 01 answer of the protocol page', () => {
  it('is 张三, female, 汉, born 1949-12-31, with a 1,024-byte WLT photo and no warnings', () => {
    const card = decodeCardFrame(hex(frameFixture('read-3001-zhangsan.hex')));
    const { identity, fingerprint } = unwrap(card);
    expect(identity).toEqual({
      cardType: 'resident_id', name: '张三', sex: 'F', ethnicity: '01', ethnicityName: '汉', birthDate: '1949-12-31',
      address: '北京市朝阳区测试路1号', idNumber: '11010519491231002X', authority: '北京市公安局朝阳分局',
      validFrom: '2020-01-01', validTo: '2040-01-01', photo: { format: 'wlt', bytes: 1024, data: Buffer.from(PHOTO).toString('base64') }, warnings: [],
    });
    expect(fingerprint).toBeNull();
  });

  it('decodes the same card from 30 10 answers, keeping the fingerprint as bytes (or empty when the card has none)', () => {
    const withFp = decodeCardFrame(hex(frameFixture('read-3010-zhangsan-fingerprint.hex')));
    const without = decodeCardFrame(hex(frameFixture('read-3010-zhangsan-no-fingerprint.hex')));
    expect(withFp.ok && withFp.value.fingerprint?.length).toBe(1024);
    expect(withFp.ok && withFp.value.identity.name).toBe('张三');
    expect(without.ok && without.value.fingerprint?.length).toBe(0);
  });

  it('accepts hex dumps with spaces, newlines and 0x prefixes, and refuses anything else', () => {
    expect(parseHexDump('0xAA aa\n96')).toEqual({ ok: true, value: Uint8Array.from([0xaa, 0xaa, 0x96]) });
    expect(parseHexDump('AA AG')).toMatchObject({ ok: false, error: { code: 'HEX_INVALID' } });
    expect(parseHexDump('AAA')).toMatchObject({ ok: false, error: { code: 'HEX_INVALID' } });
  });
});

describe('each card type, chosen by the mark at offset 248', () => {
  it('reads a resident card with a 15-character name, a 35-character address and 长期 validity', () => {
    const id = decodeFacts(FIX['resident-long-fields']!);
    expect(id.name).toHaveLength(15);
    expect(id.address).toHaveLength(35);
    expect(id).toMatchObject({ validTo: 'long-term', ethnicity: '05', ethnicityName: '维吾尔', warnings: [] });
  });

  it('reads a Hong Kong and a Taiwan residence permit with pass number and issue count, and no ethnicity', () => {
    const hk = decodeFacts(FIX['hmt-hongkong']!);
    expect(hk).toMatchObject({ cardType: 'hmt_residence_permit', passNumber: 'H12345678', issueCount: 1, warnings: [] });
    expect(hk).not.toHaveProperty('ethnicity');
    expect(decodeFacts(FIX['hmt-taiwan']!)).toMatchObject({ idNumber: '83000019851010002X', issueCount: 2, warnings: [] });
  });

  it('reads a 2017 foreign card with a 60-character English name, alpha-3 nationality and its authority code', () => {
    const id = decodeFacts(FIX['foreign-2017-long-english']!);
    expect(id.nameEnglish).toHaveLength(60);
    expect(id).toMatchObject({ cardType: 'foreign_permanent_id', cardVersion: '2017', nationality: 'CAN', authority: '1500', warnings: [] });
  });

  it('joins the 2023 card English name across offsets 52 and 220 before trimming, keeping the space at character 35', () => {
    const id = decodeFacts(FIX['foreign-2023-split-english']!);
    expect(id.nameEnglish).toBe('MUELLER-LUDENSCHEIDT, KARL JOHANNE WILHELM OTT');
    expect(id).toMatchObject({ cardVersion: '2023', nationality: 'DEU', issueCount: 1, birthDate: '1980-02-29', warnings: [] });
  });

  it('refuses an unknown mark as CARD_TYPE_UNKNOWN rather than guessing', () => {
    const text = textWith(FIX['resident-zhangsan']!, (b) => (b[248] = 0x5a)); // 'Z'
    expect(decodeTextBlock(text, PHOTO)).toMatchObject({ ok: false, error: { code: 'CARD_TYPE_UNKNOWN' } });
  });

  it('trims trailing spaces only', () => {
    const id = decodeFacts({ ...FIX['foreign-2017-long-english']!, nameEnglish: '  LEADING AND  INNER' });
    expect(id.nameEnglish).toBe('  LEADING AND  INNER');
  });
});

describe('what disagrees with itself is a warning, and the identity is still returned', () => {
  const zhang = FIX['resident-zhangsan']!;
  const codes = (id: CardIdentity) => id.warnings.map((w) => `${w.code}:${w.field}`);

  it('a wrong check character', () => {
    expect(codes(decodeFacts({ ...zhang, idNumber: '110105194912310021' }))).toEqual(['ID_NUMBER_INVALID:idNumber']);
  });

  it('a birth date and a sex that the number contradicts', () => {
    const id = decodeFacts({ ...zhang, birthDate: '1949-12-30', sex: 'M' });
    expect(codes(id)).toEqual(['ID_BIRTH_MISMATCH:birthDate', 'ID_SEX_MISMATCH:sex']);
    expect(id.birthDate).toBe('1949-12-30');
  });

  it('a 2017 number whose last digit fails the unconfirmed 7-3-1 check, and whose letters are another nationality', () => {
    const id = decodeFacts({ ...FIX['foreign-2017-long-english']!, idNumber: 'USA317901010018' });
    expect(codes(id)).toEqual(['NATIONALITY_MISMATCH:nationality', 'ID_CHECK_UNCONFIRMED:idNumber']);
  });

  it('a 2023 nationality that is not in ISO 3166 passes through as the number', () => {
    const text = textWith(FIX['foreign-2023-split-english']!, (b) => b.set([0x39, 0, 0x39, 0, 0x39, 0], 242));
    const id = decodeTextBlock(text, PHOTO);
    expect(id.ok && id.value.nationality).toBe('999');
    expect(id.ok && codes(id.value)).toContain('NATIONALITY_UNKNOWN:nationality');
  });

  it('an ethnicity code the table lacks passes through, unnamed; 97 and 98 are named', () => {
    const newer = decodeFacts({ ...zhang, ethnicity: '60' });
    expect(newer.ethnicity).toBe('60');
    expect(newer).not.toHaveProperty('ethnicityName');
    expect(newer.warnings).toEqual([]);
    expect(decodeFacts({ ...zhang, ethnicity: '97' }).ethnicityName).toBe('其他');
  });

  it('a sex code 0 or 9 and an impossible date leave those fields absent, with warnings', () => {
    const text = textWith(zhang, (b) => b.set([0x39, 0], 30));
    const id = decodeTextBlock(text, PHOTO);
    expect(id.ok && id.value).not.toHaveProperty('sex');
    expect(id.ok && codes(id.value)).toEqual(['SEX_UNSTATED:sex']);
    const bad = decodeFacts({ ...zhang, validFrom: '2020-02-30' });
    expect(bad).not.toHaveProperty('validFrom');
    expect(codes(bad)).toEqual(['DATE_INVALID:validFrom']);
  });
});

describe('length fields', () => {
  const text = encodeTextBlock(FIX['resident-zhangsan']!);
  const block = text.ok ? text.value : new Uint8Array(256);

  it('are followed, not fixed offsets: a 512-byte photo works', () => {
    const card = decodeCardData(buildCardAnswerData(block, new Uint8Array(512)));
    expect(card.ok && card.value.identity.photo.bytes).toBe(512);
  });

  it('that do not add up to the data are CARD_DATA_LENGTH', () => {
    const data = buildCardAnswerData(block, PHOTO);
    data[3] = 0x01;
    expect(decodeCardData(data)).toMatchObject({ ok: false, error: { code: 'CARD_DATA_LENGTH' } });
    expect(decodeCardData(new Uint8Array(3))).toMatchObject({ ok: false, error: { code: 'CARD_DATA_LENGTH' } });
  });

  it('a text block other than 256 bytes is CARD_DATA_LENGTH', () => {
    expect(decodeCardData(buildCardAnswerData(block.subarray(0, 200), PHOTO))).toMatchObject({ ok: false, error: { code: 'CARD_DATA_LENGTH' } });
  });

  it('a field longer than the card holds cannot be encoded', () => {
    expect(encodeTextBlock({ ...FIX['resident-zhangsan']!, name: '一二三四五六七八九十一二三四五六' })).toMatchObject({ ok: false, error: { code: 'CARD_FIELD_TOO_LONG' } });
  });
});
