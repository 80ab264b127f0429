import type Konva from 'konva';
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { BannerText } from '../scene/types';
import { atPixelRatio, Layer, Stage } from '../canvas/konva';
import { SceneContent } from '../canvas/SceneContent';
import { loadBannerFont } from '../i18n/fonts';
import type { Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import { encodePicture } from './encodePicture';

export { warmUpEncoder } from './encodePicture';
import { exportMimeType, type ExportFormat } from './options';

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface RenderRequest {
  readonly scene: Scene;
  readonly image: AssetImage | undefined;
  readonly bannerText: BannerText;
  readonly size: number;
  readonly format: ExportFormat;
}

function Ready({ onReady }: { readonly onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

/**
 * Draws the scene afresh on an offscreen stage at the output size (never a screenshot of the
 * editor): vector art and text are sharp, no handles or circle preview, and the canvas encoder
 * writes a new file, so no EXIF or GPS data from the photo can come along.
 */
export async function renderSceneToBlob({
  scene,
  image,
  bannerText,
  size,
  format,
}: RenderRequest): Promise<Blob> {
  await loadBannerFont(`${bannerText.quote} ${bannerText.attribution}`);
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    const stage = await new Promise<Konva.Stage>((resolve, reject) => {
      let stage: Konva.Stage | null = null;
      const onReady = () =>
        stage ? resolve(stage) : reject(new ExportError('The export stage did not mount'));
      // Konva has no stage-wide pixel ratio (the `pixelRatio` prop this once passed did nothing):
      // the layers must be made while Konva's ratio is 1, synchronously.
      atPixelRatio(1, () =>
        flushSync(() =>
          root.render(
            <Stage width={size} height={size} ref={(node) => void (stage = node)}>
              {/* Not listening: no hit canvas, a second size² bitmap the export never uses. */}
              <Layer listening={false}>
                <SceneContent
                  scene={scene}
                  size={size}
                  image={image}
                  bannerText={bannerText}
                  background={format === 'jpeg' ? '#ffffff' : undefined}
                />
                <Ready onReady={onReady} />
              </Layer>
            </Stage>,
          ),
        ),
      );
    });
    let blob: Blob | null = null;
    try {
      // One layer, drawn at pixel ratio 1: its canvas is the picture, at exactly the output size.
      const canvas = stage.getLayers()[0]!.getNativeCanvasElement();
      blob = await encodePicture(canvas, exportMimeType(format), 0.92);
    } catch (error) {
      throw new ExportError(`Encoding failed: ${String(error)}`);
    }
    // toBlob gives null when the canvas is too large or the browser is out of memory.
    if (!blob) throw new ExportError('The browser returned no image');
    return blob;
  } finally {
    root.unmount();
  }
}
