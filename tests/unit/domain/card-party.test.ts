import { describe, expect, it } from 'vitest';
import { partyFromCard } from '../../../main/domain/card-party';
import { checkParty } from '../../../main/domain/identity';

describe('a party filled from a card', () => {
  it('takes the resident card as verified by the reader, and passes the party checks', () => {
    const p = partyFromCard({ cardType: 'resident_id', name: '张三', sex: 'F', ethnicity: '01', birthDate: '1949-12-31', idNumber: '11010519491231002X', validTo: '2040-01-01' });
    expect(p).toMatchObject({ name: '张三', sex: 'female', idType: 'resident_id', nationality: 'CHN', idValidUntil: '2040-01-01', verification: { method: 'reader' } });
    expect(checkParty(p, '2026-11-24', 'parties.0')).toEqual([]);
  });

  it('reads 长期 as long-term, and keeps a foreigner\'s nationality', () => {
    const p = partyFromCard({ cardType: 'foreign_permanent_id', nameEnglish: 'SMITH JOHN', sex: 'M', nationality: 'USA', validTo: 'long-term' });
    expect(p).toMatchObject({ name: 'SMITH JOHN', nationality: 'USA', idValidUntil: 'long_term' });
  });
});
