import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_JOB_STATES, nextJobState, type ImportJobAction, type ImportJobState } from '../../../../main/domain/backentry/job-state';

const ACTIONS: readonly ImportJobAction[] = ['pause', 'resume', 'finish', 'fail'];

describe('import job states', () => {
  it('pauses and finishes a running job, resumes a paused or failed one', () => {
    expect(nextJobState('running', 'pause')).toBe('paused');
    expect(nextJobState('running', 'finish')).toBe('done');
    expect(nextJobState('running', 'fail')).toBe('failed');
    expect(nextJobState('paused', 'resume')).toBe('running');
    expect(nextJobState('failed', 'resume')).toBe('running');
  });

  it('refuses what the state does not allow: a second pause, a resume of a running job, finishing a paused one', () => {
    expect(nextJobState('paused', 'pause')).toBeNull();
    expect(nextJobState('running', 'resume')).toBeNull();
    expect(nextJobState('paused', 'finish')).toBeNull();
    expect(nextJobState('failed', 'finish')).toBeNull();
  });

  it('never leaves done, and only a running job finishes (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IMPORT_JOB_STATES), fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (start, actions) => {
        let state: ImportJobState = start;
        for (const action of actions) {
          const next = nextJobState(state, action);
          if (state === 'done') expect(next).toBeNull();
          if (next === 'done') expect(state).toBe('running');
          if (next === 'running') expect(action).toBe('resume');
          state = next ?? state;
        }
      }),
    );
  });
});
