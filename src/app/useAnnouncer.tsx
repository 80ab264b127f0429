import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { sceneChanges } from '../scene/describe';
import type { SessionSnapshot } from '../session/editorSession';
import { changeWords, selectionWords } from './sceneWords';

/** How long the announcer waits for quiet before it speaks, so a pinch or held key is said once. */
export const ANNOUNCE_QUIET_MS = 250;

export interface Announcer {
  /** Says `text` soon; a later text of the same topic (a second move of the badge) replaces it. */
  announce(topic: string, text: string): void;
  /** The live region's text now. */
  getMessage(): string;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/**
 * The one polite voice of the editor. Texts that come in quick succession are gathered, the last
 * of each topic kept, and said together once things are quiet. The same words twice in a row are
 * told apart by a trailing no-break space, or screen readers would not say them again. A store of
 * its own, so that speaking re-renders the live region only, never the editor (a re-render in the
 * middle of a handle drag would disturb it).
 */
export function createAnnouncer(quietMs = ANNOUNCE_QUIET_MS): Announcer {
  const pending = new Map<string, string>();
  const listeners = new Set<() => void>();
  let message = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    announce(topic, text) {
      pending.delete(topic); // re-inserted last: said in the order things last happened
      pending.set(topic, text);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const words = [...pending.values()].join(' ');
        pending.clear();
        message = message === words ? `${words}\u00a0` : words;
        for (const listener of listeners) listener();
      }, quietMs);
    },
    getMessage: () => message,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimeout(timer);
      listeners.clear();
    },
  };
}

/** One announcer for the component's life. */
export function useAnnouncer(): Announcer {
  const [announcer] = useState(createAnnouncer);
  useEffect(() => () => announcer.dispose(), [announcer]);
  return announcer;
}

/** The live region itself: one element with role="status", always in the page so it is heard. */
export function LiveRegion({ announcer }: { readonly announcer: Announcer }) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.getMessage);
  return (
    <p className="visually-hidden" role="status" data-testid="announcer">
      {message}
    </p>
  );
}

/**
 * Says what happened in the session, whoever did it (a key, a drag, a button, undo): the photo is
 * ready, a design was added or moved (naming where it is now), the selection changed.
 */
export function useSessionAnnouncements(snapshot: SessionSnapshot, announcer: Announcer, t: TFunction): void {
  const last = useRef(snapshot);
  useEffect(() => {
    const before = last.current;
    last.current = snapshot;
    if (before === snapshot) return;
    const say = announcer.announce;
    if (snapshot.importStatus === 'ready' && before.importStatus !== 'ready') say('photo', t('upload.ready'));
    const scene = snapshot.history.present;
    // Start over empties the picture: nothing to say about the designs it took away.
    if (scene.photo && scene !== before.history.present)
      for (const change of sceneChanges(before.history.present, scene))
        say(change.type, changeWords(t, change));
    if (snapshot.selection !== before.selection && scene.photo)
      say('selection', selectionWords(t, snapshot.selection));
  }, [snapshot, announcer, t]);
}
