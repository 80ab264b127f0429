/** The main thread asks the encode worker for a file of this bitmap (which it transfers). */
export interface EncodeRequest {
  readonly id: number;
  /** Absent: a probe, answered with a 1×1 file, to learn whether this engine can encode in a worker. */
  readonly bitmap?: ImageBitmap;
  readonly mimeType: string;
  readonly quality: number;
}

export type EncodeReply =
  { readonly id: number; readonly blob: Blob } | { readonly id: number; readonly error: string };
