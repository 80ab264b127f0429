// React's first screen replaces the one the HTML brought (./markup.ts): createRoot clears #root in
// its first commit, in the same frame as it draws the same boxes. What the person did on the HTML's
// screen meanwhile carries over: a photo chosen (or dropped, ./early.ts) there, the focus, and a
// language picked before the app had read the saved one.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/i18n';
import { editorWantedEarlier } from '../lazyParts';

export interface FirstScreen {
  /** Once React's screen is in: hands over what happened on the HTML's screen, and what still will. */
  readonly handOver: (language: (code: string) => void) => void;
}

/**
 * A photo for the app, given to its picker's file input as a person's choice would be: the same
 * `change` event the app's handler and its intent listeners (src/app/lazyParts.ts) hear.
 */
function giveToApp(file: File): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"][data-testid="file-input"]');
  if (!input) return;
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Holds on to the HTML's first screen in #root, if it is there, before React replaces it. */
export function takeFirstScreen(root: HTMLElement): FirstScreen | undefined {
  const screen = root.querySelector<HTMLElement>('#first-screen');
  if (!screen) return undefined;
  const select = screen.querySelector('select');
  let pending: File | undefined;
  let handedOver = false;
  let focused: HTMLElement | null = screen.contains(document.activeElement)
    ? (document.activeElement as HTMLElement)
    : null;

  for (const input of screen.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    pending = input.files?.[0] ?? pending;
    // The file dialog may still be open when React's screen comes: its choice still counts.
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      if (handedOver) giveToApp(file);
      else pending = file;
    });
  }
  screen.addEventListener('focusin', (event) => (focused = event.target as HTMLElement));
  // Removing a focused element may or may not fire focusout (engines differ): only a move to
  // another element counts as leaving.
  screen.addEventListener('focusout', (event) => {
    if (event.relatedTarget) focused = null;
  });

  return {
    handOver(language) {
      if (handedOver) return;
      handedOver = true;
      // From now on a photo dropped or pasted is the app's own (./early.ts stops catching them).
      screen.dataset.handedOver = '';
      if (select?.dataset.chosen) language(select.dataset.chosen);
      const target = focused?.dataset.focus;
      if (target && (document.activeElement === document.body || !document.activeElement))
        document.querySelector<HTMLElement>(target)?.focus();
      if (pending) giveToApp(pending);
      if ('intent' in screen.dataset || focused) editorWantedEarlier();
    },
  };
}

/**
 * Wraps the standard page: once its first commit is in and the app's effects have run (its page-wide
 * drop and paste handlers among them: a child's effects run before its parent's), the HTML's first
 * screen hands over. Until then its own handlers keep catching a photo, so none falls in between.
 */
export function FirstScreenTakeOver({ from, children }: { from: FirstScreen; children: ReactNode }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    from.handOver((code) => {
      if (code !== i18n.language) void changeLanguage(i18n, code, { remember: true });
    });
  }, [from, i18n]);
  return children;
}
