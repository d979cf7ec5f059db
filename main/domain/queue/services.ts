/**
 * The services a hall queues and books. Each has its own ticket prefix and daily sequence; the
 * ceremony (颁证) is reached only by passing a couple on after their marriage is registered.
 */
export const SERVICES = ['marriage', 'divorce_application', 'divorce_registration', 'reissue', 'adoption', 'ceremony'] as const;
export type Service = (typeof SERVICES)[number];

/** The services a citizen may book or take a ticket for directly (not the ceremony). */
export const BOOKABLE_SERVICES = ['marriage', 'divorce_application', 'divorce_registration', 'reissue', 'adoption'] as const satisfies readonly Service[];
export type BookableService = (typeof BOOKABLE_SERVICES)[number];

export const SERVICE_LABELS: Readonly<Record<Service, string>> = {
  marriage: '结婚登记',
  divorce_application: '离婚申请',
  divorce_registration: '离婚登记（领证）',
  reissue: '补领证书',
  adoption: '收养登记',
  ceremony: '颁证仪式',
};

export const DEFAULT_PREFIXES: Readonly<Record<Service, string>> = {
  marriage: 'A',
  divorce_application: 'B',
  divorce_registration: 'C',
  reissue: 'D',
  adoption: 'E',
  ceremony: 'F',
};

/** Both parties must be present (民法典 1049, 1076, 1078): the ticket names the couple and is issued only with both. */
export function needsCouple(service: Service): boolean {
  return service === 'marriage' || service === 'divorce_application' || service === 'divorce_registration' || service === 'ceremony';
}

export function isBookable(service: Service): service is BookableService {
  return (BOOKABLE_SERVICES as readonly Service[]).includes(service);
}

/** `A` and 7 → `A007`: three digits at least, as the board and the voice read them. */
export function ticketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}
