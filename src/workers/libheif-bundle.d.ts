// The part of libheif-js's emscripten bundle we use. The package ships typings only for the raw
// module (libheif.d.ts), not for the .mjs bundle with the wasm inlined, nor for its JS wrapper.
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  export interface HeifImage {
    /** Size after libheif applies 'irot'/'imir' (and 'clap'). */
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    /** Decodes to RGBA into `target.data` (width × height × 4), then calls back with it, or null on failure. */
    display(target: ImageData, callback: (result: ImageData | null) => void): void;
    free(): void;
  }

  export interface HeifDecoder {
    /** The native heif_context of the last decode, freed only by the next decode. */
    decoder: unknown;
    /** Top-level images; an empty array when the file cannot be parsed. */
    decode(data: Uint8Array): HeifImage[];
  }

  export interface LibHeif {
    HeifDecoder: new () => HeifDecoder;
    heif_context_free(context: unknown): void;
  }

  const createLibheif: (options?: Record<string, unknown>) => Promise<LibHeif>;
  export default createLibheif;
}
