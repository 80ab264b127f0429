import { useEffect } from 'react';
import type { EditorSession } from '../session/editorSession';
import { inTextField, matchKey } from '../ui/keymap';

/** Undo and redo from the keymap (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y), except while typing in a field. */
export function useUndoShortcuts(session: Pick<EditorSession, 'undo' | 'redo'>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target)) return;
      const command = matchKey(e, 'page')?.command.type;
      if (command === 'undo') session.undo();
      else if (command === 'redo') session.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
