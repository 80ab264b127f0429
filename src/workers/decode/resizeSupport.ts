export interface ResizeSupport {
  /** createImageBitmap honours resizeWidth/resizeHeight (Chromium, Firefox; not older Safari). */
  resize: boolean;
  /** imageOrientation: 'from-image' is a known value (older engines only knew 'none' | 'flipY' and throw a TypeError). */
  fromImage: boolean;
}

let probe: Promise<ResizeSupport> | undefined;

/**
 * Feature test rather than user-agent sniffing: an engine that does not know an option ignores it,
 * so we resize a tiny ImageData and look at the width we get back.
 */
export function probeResizeSupport(): Promise<ResizeSupport> {
  probe ??= detect();
  return probe;
}

async function detect(): Promise<ResizeSupport> {
  const source = new ImageData(4, 4);
  let resize = false;
  let fromImage = false;
  try {
    const bitmap = await createImageBitmap(source, {
      resizeWidth: 2,
      resizeHeight: 1,
      resizeQuality: 'high',
    });
    resize = bitmap.width === 2 && bitmap.height === 1;
    bitmap.close();
  } catch {
    resize = false;
  }
  try {
    (await createImageBitmap(source, { imageOrientation: 'from-image' })).close();
    fromImage = true;
  } catch {
    fromImage = false;
  }
  return { resize, fromImage };
}
