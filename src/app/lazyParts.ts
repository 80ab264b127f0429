import { startTransition, useEffect, useState } from 'react';
import type { EditorStage } from '../canvas/EditorStage';
import { preloadExport } from '../session/browserDeps';
import { PhotoFirstLook } from './PhotoFirstLook';
import { delay, firstLookShown, nextTask, whenIdle } from './startUp';

// Konva, react-konva and the canvas code are not needed for the first screen (the photo picker),
// and evaluating them, then building the hidden stage, was the longest main-thread work of the
// whole start: ~1.7 s and ~1 s on a 4×-throttled CPU, right when a person on a slow phone first
// taps (Lighthouse's blocking time). So they load at the first sign that the person is about to
// edit: a press, a key, focus, a file dragged over the page, dropped, pasted or chosen. A press
// on "Choose a photo" leaves them the time the file dialog is open; a photo that comes first all
// the same is shown by a plain canvas (PhotoFirstLook), and they load after it. In steps, each its own
// task, so that input in between is answered: Konva and react-konva, then our canvas code, then
// the hidden stage (a transition: React builds it in slices), then the export's code.
// https://web.dev/articles/optimize-long-tasks

const INTENT_EVENTS = [
  'pointerdown',
  'touchstart',
  'keydown',
  'focusin',
  'click',
  'dragenter',
  'drop',
  'paste',
  'change',
] as const;
/** A photo is on its way: its first look goes first, then the stage is built at once (no transition). */
const PHOTO_EVENTS = ['change', 'drop', 'paste'] as const;

/** Whether the event brings a file (a file chosen, dropped or pasted), not a language picked or text pasted. */
function bringsFile(event: Event): boolean {
  if (event.type === 'change')
    return (
      event.target instanceof HTMLInputElement && event.target.type === 'file' && !!event.target.files?.length
    );
  if (event instanceof DragEvent) return !!event.dataTransfer?.files.length;
  if (event instanceof ClipboardEvent) return !!event.clipboardData?.files.length;
  return false;
}

let wanted: Promise<boolean> | undefined;

/** Resolves at the person's first sign of intent: true when a photo is already on its way. */
function editorWanted(): Promise<boolean> {
  wanted ??= new Promise<boolean>((resolve) => {
    const go = (event: Event) => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, go, true);
      resolve(bringsFile(event));
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, go, { capture: true, passive: true });
    intentBefore = go;
  });
  return wanted;
}

/** A photo's first look waits for nothing: the editor's code (main-thread work) waits for it, this long at most. */
const FIRST_LOOK_MAX_WAIT_MS = 2000;

let photoChosen = false;
let firstLookDone = false;
void firstLookShown.then(() => (firstLookDone = true));
/** The first look, or the deadline from the moment the photo came: one wait, however many steps ask. */
let firstLookOrDeadline: Promise<unknown> | undefined;
if (typeof window !== 'undefined')
  for (const type of PHOTO_EVENTS)
    window.addEventListener(
      type,
      (event) => {
        if (photoChosen || !bringsFile(event)) return;
        photoChosen = true;
        firstLookOrDeadline = Promise.race([firstLookShown, delay(FIRST_LOOK_MAX_WAIT_MS)]);
      },
      { capture: true },
    );

/** Between two steps: a photo chosen meanwhile is shown first. */
const photoFirst = () => (firstLookOrDeadline && !firstLookDone ? firstLookOrDeadline : nextTask());

async function loadEditor(): Promise<{ stage: typeof EditorStage; urgent: boolean }> {
  const urgent = await editorWanted();
  await photoFirst();
  await import('../canvas/konva');
  await photoFirst();
  const { EditorStage } = await import('../canvas/EditorStage');
  await photoFirst();
  return { stage: EditorStage, urgent: urgent || photoChosen };
}

let settle: () => void = () => {};
/** Resolves once the editor's code is in and its stage built (or its loading failed); maybe never. */
export const editorSettled = new Promise<void>((resolve) => (settle = resolve));

/**
 * The editor component once its chunk is in; until then a stand-in that shows the photo, should
 * one come first, where the editor will (PhotoFirstLook). Not React.lazy + Suspense: React 19
 * holds a suspended boundary back for up to 300 ms, which would delay the first paint of every photo.
 */
export function useEditorStage(): typeof EditorStage {
  const [component, setComponent] = useState<typeof EditorStage>(() => PhotoFirstLook);
  useEffect(() => {
    let live = true;
    loadEditor().then(
      ({ stage, urgent }) => {
        if (!live) return;
        if (urgent) setComponent(() => stage);
        else startTransition(() => setComponent(() => stage));
        // Needed at the first Download: fetched once the stage is up, while nobody waits for it.
        void whenIdle(1000).then(() => {
          settle();
          if (live) preloadExport();
        });
      },
      () => settle(), // the chunk failed: src/pwa/chunkReload.ts reloads the page
    );
    return () => {
      live = false;
    };
  }, []);
  return component;
}

let intentBefore: ((event: Event) => void) | undefined;

/**
 * A sign of intent from before the listeners above were there: a press, a key or the focus on the
 * HTML's first screen (src/app/firstScreen) before this code was in. The editor's code then loads
 * as it would after one here: "Choose a photo" pressed there leaves it the time the dialog is open.
 */
export function editorWantedEarlier(): void {
  if (intentBefore) intentBefore(new Event('pointerdown'));
  else wanted ??= Promise.resolve(false);
}
