import { Input, type InputProps } from 'antd';
import { forwardRef, type ComponentRef } from 'react';
import { isValidDate } from '../../../../../main/domain/dates';
import { chineseDate } from '../format';

/** 19950315, 1995.3.15, 1995/03/15 and 1995年3月15日 all become 1995-03-15; anything else stays as typed. */
export function normalizeDate(text: string): string {
  const t = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (parts) return `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  return text;
}

type DateInputProps = Omit<InputProps, 'value' | 'onChange'> & { value?: string; onChange?: (value: string) => void };

/**
 * A date typed, not picked: eight digits are enough, which is what a registrar copying from a card
 * types fastest. The Chinese reading of the date shows inside the field once it is a real date.
 */
export const DateInput = forwardRef<ComponentRef<typeof Input>, DateInputProps>(function DateInput({ value, onChange, onBlur, ...rest }, ref) {
  const shown = value && isValidDate(value) ? chineseDate(value) : undefined;
  return (
    <Input
      ref={ref}
      inputMode="numeric"
      placeholder="如 19950315"
      maxLength={12}
      autoComplete="off"
      {...rest}
      value={value ?? ''}
      // Eight digits are complete as they are typed; the looser forms wait for the field to be left.
      onChange={(e) => onChange?.(/^\d{8}$/.test(e.target.value.trim()) ? normalizeDate(e.target.value) : e.target.value)}
      onBlur={(e) => {
        const normal = normalizeDate(e.target.value);
        if (normal !== e.target.value) onChange?.(normal);
        onBlur?.(e);
      }}
      suffix={shown ? <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: '0.9em' }}>{shown}</span> : <span />}
    />
  );
});
