import type { HeifImage, LibHeif } from 'libheif-js/libheif-wasm/libheif-bundle.mjs';
import { downscaleRgba } from '../../image/downscaleRgba';
import { assertNotTooLarge } from '../../image/header';
import { fitWithin } from '../../image/workingSize';
import { RESIZE_QUALITY } from './decodeBitmap';

let libheifModule: Promise<typeof import('libheif-js/libheif-wasm/libheif-bundle.mjs')> | undefined;

/**
 * libheif (≈2 MB: the wasm is inlined in the .mjs as base64, so nothing is fetched from anywhere
 * but our own build) is imported only when a HEIC file arrives, and only in this worker.
 * Each decode gets a fresh instance (≈20 ms): a 12 Mpx decode grows the wasm heap to ≈112 MB,
 * which wasm never gives back, so the instance is dropped afterwards rather than kept in the warm
 * worker for the rest of the session.
 */
async function instantiateLibheif(): Promise<LibHeif> {
  libheifModule ??= import('libheif-js/libheif-wasm/libheif-bundle.mjs').catch((error: unknown) => {
    libheifModule = undefined; // let the next photo try again
    throw error;
  });
  return (await libheifModule).default();
}

export interface DecodedHeic {
  bitmap: ImageBitmap;
  /** Upright size of the full image, as libheif decoded it. */
  width: number;
  height: number;
}

/**
 * HEIC in every browser: libheif decodes the primary image to RGBA (applying 'irot'/'imir' itself),
 * then createImageBitmap shrinks it to the working copy — or, where the browser cannot resize
 * (older Safari), a JavaScript box filter does. No canvas at any point. Throws a plain Error when
 * libheif fails; the caller decides whether the file was cut off or is damaged.
 */
export async function decodeHeic(file: Blob, maxSide: number, canResize: boolean): Promise<DecodedHeic> {
  const [heif, bytes] = await Promise.all([
    instantiateLibheif(),
    file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
  ]);
  const decoder = new heif.HeifDecoder();
  let images: HeifImage[] = [];
  try {
    images = decoder.decode(bytes);
    const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
    if (!image) throw new Error('libheif found no image in the file');
    const width = image.get_width();
    const height = image.get_height();
    assertNotTooLarge(width, height);

    const pixels = new ImageData(width, height);
    await new Promise<void>((resolve, reject) => {
      image.display(pixels, (result) =>
        result ? resolve() : reject(new Error('libheif could not decode the image')),
      );
    });

    const target = fitWithin({ width, height }, maxSide);
    const fits = target.width === width && target.height === height;
    const bitmap = canResize
      ? await createImageBitmap(pixels, {
          resizeWidth: target.width,
          resizeHeight: target.height,
          resizeQuality: RESIZE_QUALITY,
        })
      : await createImageBitmap(
          fits
            ? pixels
            : new ImageData(
                downscaleRgba(pixels.data, width, height, target.width, target.height),
                target.width,
                target.height,
              ),
        );
    return { bitmap, width, height };
  } finally {
    for (const image of images) image.free();
    // HeifDecoder frees its context only on its next decode; this one is not reused.
    if (decoder.decoder) heif.heif_context_free(decoder.decoder);
  }
}
