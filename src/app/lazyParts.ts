import { lazy } from 'react';

// Konva, react-konva and the canvas code are not needed for the first screen (the photo picker):
// they load while the first photo is being decoded, or when the browser is idle.
const loadEditor = () => import('../canvas/EditorStage');
const loadExport = () => import('../export/renderScene');

export const LazyEditorStage = lazy(() => loadEditor().then((m) => ({ default: m.EditorStage })));

export async function renderSceneToBlobLazily(...args: Parameters<Awaited<ReturnType<typeof loadExport>>['renderSceneToBlob']>) {
  const { renderSceneToBlob } = await loadExport();
  return renderSceneToBlob(...args);
}

/** Starts fetching the editor chunks without waiting for them. */
export function preloadEditor(): void {
  void loadEditor();
  void loadExport();
}

export function preloadEditorWhenIdle(): () => void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const handle = idle(preloadEditor);
  return () => cancel(handle);
}
