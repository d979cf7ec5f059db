import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { CaseView, NewCase } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { navigate } from '../../shell/hashRoute';

/**
 * 受理 for a form that becomes a new case in one step (divorce application, reissue): check the
 * form, send the proposal, then open the case page with a success message; a refusal stays on screen.
 */
export function useAcceptCase<V>(form: FormInstance<V>, proposalOf: (values: V) => z.input<typeof NewCase> | null, successText: (created: CaseView) => string) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    try {
      await form.validateFields();
    } catch {
      return void message.error('请先填写完整标红的栏目');
    }
    const proposal = proposalOf(form.getFieldsValue(true) as V);
    if (!proposal) return;
    setBusy(true);
    try {
      const created = await call('createCase', { body: proposal });
      void message.success(successText(created));
      navigate(`cases/${created.id}`);
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return { accept, busy };
}
