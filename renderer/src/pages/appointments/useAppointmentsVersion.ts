import { useState } from 'react';
import { useHallEvents } from '../../api/events';

/**
 * A number that grows whenever bookings change anywhere (another desk, the kiosk, the provincial pull)
 * or the socket reconnects (events may have been missed): the tabs reload when it moves.
 */
export function useAppointmentsVersion(): number {
  const [version, setVersion] = useState(0);
  useHallEvents((event) => {
    if (event.type === 'appointments.changed' || event.type === 'hello') setVersion((v) => v + 1);
  });
  return version;
}
