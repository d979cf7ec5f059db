import type { CardFacts } from '../identity';

/**
 * Cards the simulator can place with no fixture file: one of each type, with valid numbers. Used
 * by `hall idcard read --simulator` and the sample-card panel of HALL_READER=simulator.
 */
export const SAMPLE_CARDS = {
  /** The worked example of idcard-protocol.md. */
  'resident-zhangsan': {
    cardType: 'resident_id', name: '张三', sex: 'F', ethnicity: '01', birthDate: '1949-12-31', address: '北京市朝阳区测试路1号',
    idNumber: '11010519491231002X', authority: '北京市公安局朝阳分局', validFrom: '2020-01-01', validTo: '2040-01-01',
  },
  'resident-wangqiang': {
    cardType: 'resident_id', name: '王强', sex: 'M', ethnicity: '01', birthDate: '1988-05-14', address: '北京市海淀区中关村大街27号',
    idNumber: '110108198805140034', authority: '北京市公安局海淀分局', validFrom: '2018-03-01', validTo: '2038-03-01',
  },
  'hmt-chen': {
    cardType: 'hmt_residence_permit', name: '陈大文', sex: 'M', birthDate: '1990-01-01', address: '广东省深圳市福田区福华路88号',
    idNumber: '810000199001010019', authority: '深圳市公安局', validFrom: '2026-06-01', validTo: '2031-06-01', passNumber: 'H12345678', issueCount: 1,
  },
  'foreign-2017-smith': {
    cardType: 'foreign_permanent_id', cardVersion: '2017', nameEnglish: 'SMITH, JOHN WILLIAM', name: '史约翰', sex: 'M', birthDate: '1979-01-01',
    idNumber: 'CAN317901010018', nationality: 'CAN', authority: '1500', validFrom: '2017-07-01', validTo: '2027-07-01',
  },
  'foreign-2023-doe': {
    cardType: 'foreign_permanent_id', cardVersion: '2023', name: '杜约翰', nameEnglish: 'DOE, JOHN', sex: 'M', birthDate: '1979-01-01',
    idNumber: '931840197901010018', nationality: 'USA', issueCount: 0, validFrom: '2023-12-01', validTo: '2033-12-01',
  },
} as const satisfies Record<string, CardFacts>;

export type SampleCardName = keyof typeof SAMPLE_CARDS;
export const SAMPLE_CARD_NAMES = Object.keys(SAMPLE_CARDS) as SampleCardName[];
