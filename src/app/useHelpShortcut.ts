import { useEffect } from 'react';
import { inTextField, matchKey } from '../ui/keymap';

/** "?" anywhere on the page but in a text field opens the keyboard shortcuts help. */
export function useHelpShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || inTextField(e.target)) return;
      if (matchKey(e, 'page')?.command.type !== 'help') return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
