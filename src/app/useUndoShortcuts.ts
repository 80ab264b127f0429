import { useEffect } from 'react';
import type { EditorStore } from '../state/editorStore';

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except while typing in a field. */
export function useUndoShortcuts(store: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.target instanceof Element && e.target.closest('input[type="text"], textarea')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.dispatch({ type: 'undo' });
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
