import type { CSSProperties } from 'react';

/** An ID card, drawn inline (1em, the text's colour) so a button or note needs no icon package. */
export function CardIcon({ style }: { style?: CSSProperties }) {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={1.8} aria-hidden="true" focusable="false" style={{ verticalAlign: '-0.125em', ...style }}>
      <rect x="2.5" y="5" width="19" height="14" rx="2" />
      <circle cx="8.5" cy="11" r="2.2" />
      <path d="M5.2 16.2c.6-1.6 1.9-2.4 3.3-2.4s2.7.8 3.3 2.4" strokeLinecap="round" />
      <path d="M14.5 10h4.5M14.5 13h4.5M14.5 16h3" strokeLinecap="round" />
    </svg>
  );
}
