import { App } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { CaseAction, CaseView, Violation } from '../../../../../main/contract';

type ActionBody = z.input<typeof CaseAction>;
import { ApiError, call, errorMessage } from '../../../api/client';

export interface Refusal {
  readonly title: string;
  readonly violations: readonly Violation[];
}

export interface CaseActionRunner {
  /** The label of the action under way, to show its button as loading. */
  readonly busy: string | null;
  /** The last refusal, with the rules' violations in Chinese. */
  readonly refusal: Refusal | null;
  readonly run: (label: string, body: ActionBody, success: (view: CaseView) => string) => Promise<void>;
}

/** Runs one action on the case; a refusal stays on screen with every violation, not just a toast. */
export function useCaseAction(caseId: number, onView: (view: CaseView) => void): CaseActionRunner {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const run = async (label: string, body: ActionBody, success: (view: CaseView) => string) => {
    setBusy(label);
    setRefusal(null);
    try {
      const view = await call('caseAction', { params: { id: caseId }, body });
      onView(view);
      void message.success(success(view));
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length > 0) setRefusal({ title: `「${label}」未能办理：${failure.message}`, violations: failure.violations });
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return { busy, refusal, run };
}
