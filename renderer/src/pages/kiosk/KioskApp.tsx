import { useCallback, useState } from 'react';
import type { TicketView } from '../../../../main/contract';
import { needsCouple, SERVICE_LABELS, type BookableService } from '../../../../main/domain';
import { call } from '../../api/client';
import { CardSteps } from './CardSteps';
import { KioskHome } from './KioskHome';
import type { KioskPerson } from './persons';
import { RatingScreen } from './RatingScreen';
import { refusalLines } from './refusal';
import { Refused } from './Refused';
import { ServiceChoice } from './ServiceChoice';
import { TicketScreen } from './TicketScreen';
import { useIdle } from './useIdle';

type Step =
  | { at: 'home' }
  | { at: 'services' }
  | { at: 'cards'; purpose: 'checkin' }
  | { at: 'cards'; purpose: 'walkin'; service: BookableService }
  | { at: 'ticket'; ticket: TicketView }
  | { at: 'refused'; title: string; lines: string[] }
  | { at: 'rate' };

const IDLE_MS = 90_000;

/** The kiosk's screens, one at a time; `onReset` when a citizen is done (or walked away), for the next one. */
export function KioskApp({ officeName, ticketLetters, onReset }: { officeName: string; ticketLetters: readonly string[]; onReset: () => void }) {
  const [step, setStep] = useState<Step>({ at: 'home' });
  const [busy, setBusy] = useState(false);

  const home = useCallback(() => {
    setBusy(false);
    setStep({ at: 'home' });
  }, []);
  const next = useCallback(() => {
    home();
    onReset();
  }, [home, onReset]);
  // The ticket screen returns by itself; elsewhere a screen left untouched goes back to the start.
  useIdle(step.at !== 'home' && step.at !== 'ticket', IDLE_MS, next);

  const issue = async (persons: KioskPerson[]) => {
    if (step.at !== 'cards') return;
    setBusy(true);
    try {
      const ticket =
        step.purpose === 'checkin'
          ? await call('checkIn', { body: { persons } })
          : await call('issueTicket', { body: { service: step.service, persons, priority: [] } });
      setStep({ at: 'ticket', ticket });
    } catch (error) {
      const checkin = step.purpose === 'checkin';
      setStep({
        at: 'refused',
        title: checkin ? '未能签到取号' : '未能取号',
        lines: refusalLines(error, checkin ? '未找到您今日的预约，请核对是否为预约时登记的当事人证件' : undefined),
      });
    } finally {
      setBusy(false);
    }
  };

  switch (step.at) {
    case 'home':
      return <KioskHome onChoose={(c) => setStep(c === 'checkin' ? { at: 'cards', purpose: 'checkin' } : c === 'walkin' ? { at: 'services' } : { at: 'rate' })} />;
    case 'services':
      return <ServiceChoice onChoose={(service) => setStep({ at: 'cards', purpose: 'walkin', service })} onCancel={home} />;
    case 'cards':
      return (
        <CardSteps
          key={step.purpose === 'walkin' ? step.service : 'checkin'}
          title={step.purpose === 'checkin' ? '预约签到取号' : `现场取号 · ${SERVICE_LABELS[step.service]}`}
          second={step.purpose === 'checkin' ? 'optional' : needsCouple(step.service) ? 'required' : 'none'}
          busy={busy}
          onDone={(persons) => void issue(persons)}
          onCancel={home}
        />
      );
    case 'ticket':
      return <TicketScreen ticket={step.ticket} officeName={officeName} onDone={next} />;
    case 'refused':
      return <Refused title={step.title} lines={step.lines} onBack={home} />;
    case 'rate':
      return <RatingScreen letters={ticketLetters} onDone={next} />;
  }
}
