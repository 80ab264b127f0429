// Fonts for text drawn on the canvas (the banner). Canvas text does not trigger web-font loading
// the way DOM text does, so we ask for exactly the glyphs we are about to draw and wait for them.
// The @font-face rules carry unicode-ranges, so only the scripts in `text` are downloaded. The page
// itself uses the system's fonts: the rules load with the first banner, not as a stylesheet that
// holds back the first screen.
let faces: Promise<unknown> | undefined;
const loadFaces = () =>
  (faces ??= import('./fonts.css').catch((error: unknown) => {
    faces = undefined; // offline without the offline copy: try again with the next banner
    throw error;
  }));

export const BANNER_FONT_FAMILY = '"Noto Sans", "Noto Sans Georgian", "Noto Sans Armenian", sans-serif';
export const BANNER_FONT_WEIGHT = 'bold';

/** Resolves when every font face needed for `text` is ready (or failed: then the fallback draws). */
export async function loadBannerFont(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  try {
    await loadFaces();
    await document.fonts.load(`700 32px ${BANNER_FONT_FAMILY}`, text);
  } catch {
    // A missing font must not stop the export; the sans-serif fallback still draws the text.
  }
}
