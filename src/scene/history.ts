import { sceneReducer, type SceneAction } from './actions';
import type { Scene } from './types';

/** Undo/redo by keeping past scenes: every action is pure, so a scene is a complete snapshot. */
export interface History {
  readonly past: readonly Scene[];
  readonly present: Scene;
  readonly future: readonly Scene[];
  /** Continuous gestures (a slider drag) share a key and become one undo step. */
  readonly mergeKey: string | null;
}

export type HistoryAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'edit'; action: SceneAction; mergeKey?: string }
  /** Replaces everything, including the past: a new photo or "start over" leaves nothing behind. */
  | { type: 'restart'; scene: Scene };

export const HISTORY_LIMIT = 100;

// Scenes are small plain data; comparing them keeps no-op edits (a click without a drag) out of undo.
function sameScene(a: Scene, b: Scene): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createHistory(scene: Scene): History {
  return { past: [], present: scene, future: [], mergeKey: null };
}

export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'undo': {
      const previous = history.past[history.past.length - 1];
      if (!previous) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
        mergeKey: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (!next) return history;
      return { past: [...history.past, history.present], present: next, future: rest, mergeKey: null };
    }
    case 'restart':
      return createHistory(action.scene);
    case 'edit': {
      const present = sceneReducer(history.present, action.action);
      if (present === history.present || sameScene(present, history.present)) return history;
      const mergeKey = action.mergeKey ?? null;
      if (mergeKey !== null && mergeKey === history.mergeKey) {
        return { ...history, present, future: [] };
      }
      return {
        past: [...history.past, history.present].slice(-HISTORY_LIMIT),
        present,
        future: [],
        mergeKey,
      };
    }
  }
}

export const canUndo = (h: History): boolean => h.past.length > 0;
export const canRedo = (h: History): boolean => h.future.length > 0;
