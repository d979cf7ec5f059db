import { Form } from 'antd';
import { useEffect, useRef } from 'react';
import type { CardReadingView } from '../../../api/devices';
import { isBlankIdentity, pathKey, sameIdentity, type PartyPath } from './cardReading';
import { useCardReader } from './CardReaderProvider';
import type { PartyFormValues } from './partyValues';

/**
 * Ties a party panel to the form's reader: F2 can find it, and an identity read from the chip stays
 * 读卡器读取 only while it is what the chip said. The first change to any identity field makes it a
 * typed identity (人工核验, the reason as before), since the rules treat the two differently.
 */
export function useCardParty(path: PartyPath, values: Partial<PartyFormValues> | undefined): void {
  const reader = useCardReader();
  const form = Form.useFormInstance();
  const key = pathKey(path);
  const read = reader?.reads[key];
  const register = reader?.register;
  // The read whose values the form has shown at least once: before that, a difference is the fill on its way.
  const settled = useRef<CardReadingView | null>(null);

  // The path is a fresh array at each render; registering it again is cheap and keeps no stale one.
  useEffect(() => register?.(path), [register, path]);

  useEffect(() => {
    if (!reader || !read || !values) return;
    const same = sameIdentity(values, read.card);
    if (settled.current !== read.reading) {
      if (same) settled.current = read.reading;
      return;
    }
    if (isBlankIdentity(values)) reader.forget(path);
    // The store, not the watched copy: the watch may not have caught up with the flip made just before.
    else if (!same && form.getFieldValue([...path, 'verifyMethod']) === 'reader') {
      form.setFieldValue([...path, 'verifyMethod'], 'manual');
      reader.markEdited(path);
    } else if (!same && !read.edited) reader.forget(path); // replaced from elsewhere (调取登记信息)
  }, [reader, read, values, form, path]);
}
