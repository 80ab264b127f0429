import { useSyncExternalStore } from 'react';
import { createHistory, historyReducer, type History, type HistoryAction } from '../scene/history';
import type { Scene } from '../scene/types';

/** A tiny external store around the pure history reducer; React reads it with useSyncExternalStore. */
export interface EditorStore {
  getState(): History;
  dispatch(action: HistoryAction): void;
  subscribe(listener: () => void): () => void;
}

export function createEditorStore(scene: Scene): EditorStore {
  let state = createHistory(scene);
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = historyReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useHistory(store: EditorStore): History {
  return useSyncExternalStore(store.subscribe, store.getState);
}
