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

/** The real image pipeline and the lazily loaded export, as a browser session uses them. */
export const browserDeps: SessionDeps = {
  pipeline: {
    inspect: inspectFile,
    quickPreview,
    importPhoto,
    previewFirst: typeof ImageDecoder !== 'undefined',
  },
  render: async (request: RenderRequest) => (await loadExport()).renderSceneToBlob(request),
};
