import { useEffect, useState } from 'react';
import type { EditorStage } from '../canvas/EditorStage';
import { preloadExport } from '../session/browserDeps';

// Konva, react-konva and the canvas code are not needed for the first screen (the photo picker):
// they load right after it, out of the initial JavaScript.
const loadEditor = () => import('../canvas/EditorStage');

/**
 * The editor component once its chunk is in, else null. Not React.lazy + Suspense: React 19 holds
 * a suspended boundary back for up to 300 ms, which would delay the first paint of every photo.
 */
export function useEditorStage(): typeof EditorStage | null {
  const [component, setComponent] = useState<typeof EditorStage | null>(null);
  useEffect(() => {
    let live = true;
    preloadExport(); // needed at the first Download; fetched now, while nobody waits for it
    void loadEditor().then((m) => live && setComponent(() => m.EditorStage));
    return () => {
      live = false;
    };
  }, []);
  return component;
}
