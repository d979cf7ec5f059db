import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

/** Visible, and a field: a button marked data-enter-skip (读卡, which has F2) is reached by Tab, not by Enter. */
function isEnterStop(el: HTMLElement): boolean {
  return el.offsetParent !== null && !el.closest('[aria-hidden="true"]') && !el.hasAttribute('data-enter-skip');
}

/** As Tab does: one stop per radio group, on its checked option (or its first). */
function isTabStop(el: HTMLElement, all: readonly HTMLElement[]): boolean {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
  const group = all.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name);
  const checked = group.find((r) => r.checked);
  return el === (checked ?? group[0]);
}

/** Moves the focus to the field after `target` within `form`. */
function focusNext(form: HTMLElement, target: HTMLElement): void {
  const visible = [...form.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isEnterStop);
  const fields = visible.filter((el) => el === target || isTabStop(el, visible));
  fields[fields.indexOf(target) + 1]?.focus();
}

/**
 * Counter software habits for long forms: Enter moves to the next field (as on the paper-era systems
 * registrars know), Ctrl+Enter submits. An open drop-down keeps Enter for picking its option, a text
 * area for a new line, and a button for pressing it.
 */
export function enterAdvances(submit: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      submit();
      return;
    }
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON' || target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    focusNext(event.currentTarget, target);
  };
}

/**
 * Enter on a closed drop-down would open it, and it would stay open behind the next field: caught
 * before the drop-down sees it, Enter moves on like everywhere else (Alt+↓ or typing still opens it).
 */
export function enterSkipsClosedSelect(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || target.getAttribute('role') !== 'combobox') return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  event.preventDefault();
  event.stopPropagation();
  focusNext(event.currentTarget, target);
}

/** The keyboard handlers of a long desk form: spread them onto its <Form>. */
export function deskFormKeys(submit: () => void) {
  return { onKeyDown: enterAdvances(submit), onKeyDownCapture: enterSkipsClosedSelect };
}
