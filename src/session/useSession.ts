import { useSyncExternalStore } from 'react';
import { useAssetImage } from '../state/useAssetImage';
import type { EditorSession, SessionSnapshot } from './editorSession';

/** The session's state, re-read whenever it changes. */
export function useSessionSnapshot(session: EditorSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** The pixels of the photo on screen (the quick preview, then the sharp copy). */
export function useSessionPhoto(session: EditorSession, snapshot: SessionSnapshot) {
  return useAssetImage(session.assets, snapshot.history.present.photo?.assetId);
}
