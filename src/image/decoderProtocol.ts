import type { ImportErrorCode } from './errors';
import type { ImageFormat } from './sniff';

/*
 * Messages between importPhoto (main thread) and src/workers/decode.worker.ts. Every reply carries
 * the request's id; bitmaps are transferred, so whoever receives one owns it and must close() it.
 */

export interface DecodeRequest {
  type: 'decode';
  id: number;
  file: Blob;
  /** Long side of the working copy (already clamped to MAX_CANVAS_SIDE). */
  maxSide: number;
  /** Tests: behave as a browser without createImageBitmap resize options. */
  forceLegacyResize: boolean;
  /** Tests: behave as a browser without ImageDecoder (WebKit): no scaled JPEG decode, a full one. */
  skipScaledJpeg: boolean;
}

/** Tests: the URLs the worker has fetched (its own resource timing), to prove nothing left the origin. */
export interface ResourcesRequest {
  type: 'resources';
  id: number;
}

/**
 * A first look at the file just chosen, asked for at once (before the page has its header): the
 * worker reads the header itself and, for a big JPEG, decodes it at 1/8 or 1/4 with ImageDecoder
 * (src/workers/decode/previewJpeg.ts). Answered with null for any other file.
 */
export interface PreviewRequest {
  type: 'preview';
  id: number;
  file: Blob;
}

/** The first look `id` is no longer wanted: its decode stops, and it is answered with null. */
export interface CancelPreviewRequest {
  type: 'cancelPreview';
  id: number;
}

export type DecoderRequest = DecodeRequest | PreviewRequest | CancelPreviewRequest | ResourcesRequest;

/** Sizes are upright (orientation applied). */
export interface SourceInfo {
  format: ImageFormat;
  sourceWidth: number;
  sourceHeight: number;
}

export type DecoderReply =
  | ({ type: 'done'; id: number; bitmap: ImageBitmap } & SourceInfo)
  /** The browser cannot resize in createImageBitmap: the main thread must (see legacyResize.ts). */
  | ({ type: 'legacyResize'; id: number } & SourceInfo)
  | { type: 'error'; id: number; code: ImportErrorCode; megapixels?: number }
  | { type: 'resources'; id: number; urls: string[] }
  /** null where the worker has no ImageDecoder (WebKit) or it failed: the page decodes another way. */
  | { type: 'preview'; id: number; bitmap: ImageBitmap | null };
