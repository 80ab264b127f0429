// The app's own entries in the browser's performance timeline: `npm run bench`, bench:trace and the
// engine bench read them to time an import and an export. The browser keeps every mark and measure
// until the page clears it: user timing has no buffer limit (resource, event and long-animation-
// frame timing have one), so a kiosk that never reloads collected six entries per person, forever
// (tests/bench/people.mjs counts them). They belong to one photo: a new photo or a start over
// clears the last photo's, so the timeline holds one person's at most.

/** Every mark and measure the app sets, and where; tests/unit/timeline.test.ts keeps this list whole. */
export const TIMELINE_ENTRIES = [
  'cornflower:inspected', // session/photoImport.ts: the file passed its header check
  'cornflower:preview-decoded', // image/quickPreview.ts: the scaled first look is decoded
  'cornflower:shown', // session/editorSession.ts: a new photo's pixels reach the scene
  'cornflower:paint', // canvas/EditorStage.tsx, app/PhotoFirstLook.tsx: a new image is on screen (first look, sharp copy)
  'cornflower:export', // ui/ExportPanel.tsx (a measure): render time of each Download or Share
] as const;

/** Forgets the last photo's marks and measures. Harmless where the timeline is missing or partial. */
export function clearTimeline(): void {
  if (typeof performance === 'undefined' || typeof performance.clearMarks !== 'function') return;
  for (const name of TIMELINE_ENTRIES) {
    performance.clearMarks(name);
    performance.clearMeasures(name);
  }
}
