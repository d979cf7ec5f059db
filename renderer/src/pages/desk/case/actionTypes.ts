import type { CaseView } from '../../../../../main/contract';
import type { CaseActionRunner } from './useCaseAction';

/** The dialogs an action may open from the case page. */
export type CaseDialog = 'request-override' | 'override-status' | 'refuse' | 'revoke';

export interface ActionProps {
  readonly view: CaseView;
  readonly today: string;
  readonly isManager: boolean;
  readonly runner: CaseActionRunner;
  readonly open: (dialog: CaseDialog) => void;
}
