import dayjs from 'dayjs';
import { useEffect, useState, type CSSProperties } from 'react';

/** The date and time as the hall reads them (2025年5月20日 星期二 09:30:15), ticking each second. */
export function Clock({ style, seconds = true }: { style?: CSSProperties; seconds?: boolean }) {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div style={{ textAlign: 'right', lineHeight: 1.2, ...style }} data-testid="clock">
      <div style={{ fontSize: '1.6em', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{now.format(seconds ? 'HH:mm:ss' : 'HH:mm')}</div>
      <div style={{ fontSize: '0.8em', opacity: 0.85 }}>{now.format('YYYY年M月D日 dddd')}</div>
    </div>
  );
}
