import type { RenderRequest } from '../export/renderScene';
import { importPhoto } from '../image/importPhoto';
import { inspectFile } from '../image/inspectFile';
import { quickPreview } from '../image/quickPreview';
import type { SessionDeps } from './editorSession';

// The export code (react-dom's second root, the offscreen stage) is not needed for the first
// screen: it loads after it, before the first Download.
const loadExport = () => import('../export/renderScene');

/** Starts fetching the export code now, and its encode worker, while nobody waits for them. */
export function preloadExport(): void {
  void loadExport().then((module) => module.warmUpEncoder());
}

/**
 * The longest the sharp copy waits for the first look's frame: a hidden tab renders none (and may
 * run this timer late, which only delays a photo nobody is looking at).
 */
const FRAME_WAIT_MS = 100;

/** After the next frame has been rendered: a task queued from requestAnimationFrame runs after it. */
function afterShown(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** The real image pipeline and the lazily loaded export, as a browser session uses them. */
export const browserDeps: SessionDeps = {
  pipeline: {
    inspect: inspectFile,
    quickPreview,
    importPhoto,
    previewFirst: typeof ImageDecoder !== 'undefined',
    afterShown,
  },
  render: async (request: RenderRequest) => (await loadExport()).renderSceneToBlob(request),
};
