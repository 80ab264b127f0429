import { useRef, type KeyboardEvent } from 'react';
import { nudgeAction, nudgeMergeKey, type NudgeStreak } from '../scene/nudge';
import { stepSelection } from '../scene/selection';
import type { EditorSession } from '../session/editorSession';
import { matchKey } from '../ui/keymap';

/**
 * The canvas's keys, from the keymap: Tab and Shift+Tab walk the selection (and past either end
 * leave the canvas as usual), the others edit the selected thing through the scene's own actions.
 * A run of the same kind of press is one undo step, as a drag is.
 */
export function useCanvasKeys(
  session: Pick<EditorSession, 'getSnapshot' | 'select' | 'deselect' | 'edit'>,
): (e: KeyboardEvent<HTMLElement>) => void {
  const streak = useRef<NudgeStreak | null>(null);
  return (e) => {
    const binding = matchKey(e, 'canvas');
    if (!binding) return;
    const { history, selection } = session.getSnapshot();
    const scene = history.present;
    const command = binding.command;
    switch (command.type) {
      case 'selectNext':
      case 'selectPrevious': {
        const next = stepSelection(scene, selection, command.type === 'selectNext' ? 1 : -1);
        if (next === null) {
          session.deselect(); // and the browser moves the focus on
          return;
        }
        e.preventDefault();
        session.select(next);
        return;
      }
      case 'deselect':
        if (selection === null) return;
        e.preventDefault();
        session.deselect();
        return;
      case 'move':
      case 'resize':
      case 'rotate': {
        e.preventDefault(); // the arrows would scroll the page
        const action = nudgeAction(scene, selection, command);
        if (!action) return;
        const next = nudgeMergeKey(streak.current, selection, command, performance.now());
        streak.current = next.streak;
        session.edit(action, next.mergeKey);
        return;
      }
      default:
        return;
    }
  };
}
