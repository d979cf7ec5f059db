import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CardReader,
  contentsFromIdentity,
  createSimulatedReader,
  decodeCardFrame,
  encodeCardAnswerFrame,
  ethnicityName,
  readOneCard,
  SAMPLE_CARDS,
  type CardFacts,
  type SimulatedCarrier,
} from '../../../main/devices/idcard';
import { cardFixtures, ManualClock, unwrap } from './helpers';

const FIX = cardFixtures();

/** What a read gives back for facts written to a card: the same facts, the ethnicity named. */
function expected(facts: CardFacts) {
  const name = facts.ethnicity === undefined ? null : ethnicityName(facts.ethnicity);
  return name === null ? facts : { ...facts, ethnicityName: name };
}

describe.each<SimulatedCarrier>(['hid', 'hidChunked', 'serial'])('every fixture card through the simulator over %s', (carrier) => {
  it.each(Object.keys(FIX))('%s reads back as written, with no warnings', async (name) => {
    const clock = new ManualClock();
    const sim = createSimulatedReader({ carrier, clock, serialChunkSizes: [1, 7, 300] });
    const photo = Uint8Array.from({ length: 1024 }, (_, i) => (i * 31) & 0xff);
    expect(sim.place({ facts: FIX[name]!, photo }).ok).toBe(true);
    const reading = readOneCard(new CardReader({ source: sim, clock, withFingerprint: carrier === 'serial' }), 5000, clock);
    await clock.advance(6000);
    const result = await reading;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { photo: photoJson, warnings, ...fields } = result.value.identity;
    expect(fields).toEqual(expected(FIX[name]!));
    expect(warnings).toEqual([]);
    expect(photoJson).toEqual({ format: 'wlt', bytes: 1024, data: Buffer.from(photo).toString('base64') });
    expect(result.value.photo.photoDecoded).toBe(false);
  });
});

it('places a card from the identity JSON a read printed, photo included', () => {
  const photo = Uint8Array.from({ length: 1024 }, (_, i) => i & 0xff);
  const first = unwrap(decodeCardFrame(unwrap(encodeCardAnswerFrame({ facts: FIX['resident-long-fields']!, photo }, false)))).identity;
  const printed = JSON.parse(JSON.stringify(first));
  const again = unwrap(decodeCardFrame(unwrap(encodeCardAnswerFrame(contentsFromIdentity(printed), false)))).identity;
  expect(again).toEqual(first);
});

it('the sample cards of the simulator panel are valid cards of every type', () => {
  for (const facts of Object.values(SAMPLE_CARDS)) {
    const frame = encodeCardAnswerFrame({ facts }, false);
    const card = frame.ok ? decodeCardFrame(frame.value) : frame;
    expect(card.ok && card.value.identity.warnings).toEqual([]);
  }
});

// Characters a card can hold: BMP only (UCS-2), none a lone surrogate; no trailing space (the card's padding).
const cardChar = fc.oneof(
  fc.constantFrom(...'张王李赵陈林阿依古丽·买提'),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ ,-.\''),
);
const text = (max: number) => fc.array(cardChar, { minLength: 1, maxLength: max }).map((cs) => cs.join('').replace(/ +$/, '')).filter((s) => s.length > 0);
const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const common = { name: text(15), sex: fc.constantFrom('M' as const, 'F' as const), birthDate: date, validFrom: date, validTo: fc.oneof(date, fc.constant('long-term')) };

const anyCard: fc.Arbitrary<CardFacts> = fc.oneof(
  fc.record({ ...common, cardType: fc.constant('resident_id' as const), ethnicity: fc.constantFrom('01', '05', '56', '97', '98', '60'), address: text(35), idNumber: fc.constant('11010519491231002X'), authority: text(15) }),
  fc.record({ ...common, cardType: fc.constant('hmt_residence_permit' as const), address: text(35), idNumber: fc.constant('810000199001010019'), authority: text(15), passNumber: fc.stringMatching(/^[A-Z0-9]{1,9}$/), issueCount: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ ...common, cardType: fc.constant('foreign_permanent_id' as const), cardVersion: fc.constant('2017' as const), nameEnglish: text(60), idNumber: fc.constant('CAN317901010018'), nationality: fc.constantFrom('CAN', 'USA', 'DEU'), authority: fc.stringMatching(/^\d{4}$/) }),
  fc.record({ ...common, cardType: fc.constant('foreign_permanent_id' as const), cardVersion: fc.constant('2023' as const), nameEnglish: text(46), idNumber: fc.constant('931840197901010018'), nationality: fc.constantFrom('USA', 'DEU', 'JPN'), issueCount: fc.integer({ min: 0, max: 99 }) }),
);

it('any card of any type encodes and decodes to the same facts (property, 2,000 cards)', () => {
  fc.assert(
    fc.property(anyCard, (facts) => {
      const card = unwrap(decodeCardFrame(unwrap(encodeCardAnswerFrame({ facts }, false))));
      const { photo: _photo, warnings: _warnings, ...fields } = card.identity;
      expect(fields).toEqual(expected(facts));
    }),
    { numRuns: 2000 },
  );
});
