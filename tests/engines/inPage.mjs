// Functions that run inside the page under test. Each is sent to the browser as source text, so
// none may refer to anything outside its own body.

/**
 * Watches the next import: when the file input changes, when #editor's aria-busy goes false again,
 * and every `cornflower:paint` mark (EditorStage sets it once a new image is on screen).
 */
export function watchNextImport() {
  const watch = { chosen: -1, settled: -1, busySeen: false };
  window.__cfImport = watch;
  performance.clearMarks('cornflower:paint');
  window.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        watch.chosen = performance.now();
    },
    { capture: true, once: true },
  );
  const editor = document.querySelector('#editor');
  if (!editor) return false;
  new MutationObserver(() => {
    const busy = editor.getAttribute('aria-busy');
    if (busy === 'true') watch.busySeen = true;
    else if (watch.busySeen && watch.settled < 0) watch.settled = performance.now();
  }).observe(editor, { attributes: true, attributeFilter: ['aria-busy'] });
  return true;
}

/**
 * Where the watched import is: null until the sharp copy is on screen (aria-busy went true, then
 * false, and a paint came after that), then the paints relative to the file being chosen.
 */
export function importProgress() {
  const watch = window.__cfImport;
  const alert = document.querySelector('[role=alert]')?.textContent ?? '';
  if (alert) return { error: alert };
  if (!watch || watch.chosen < 0 || watch.settled < 0) return null;
  const paints = performance
    .getEntriesByName('cornflower:paint')
    .filter((mark) => mark.startTime >= watch.chosen)
    .map((mark) => ({
      at: mark.startTime - watch.chosen,
      width: mark.detail?.width ?? 0,
      height: mark.detail?.height ?? 0,
    }));
  const last = paints.at(-1);
  // The paint that follows the settle is the sharp copy's (a quick preview's comes before).
  if (!last || last.at + watch.chosen < watch.settled - 1) return null;
  return { paints, settledAt: watch.settled - watch.chosen };
}

/**
 * Catches the next download: the app saves through a temporary <a download href=blob:…> link, which
 * these drivers cannot intercept, so the blob is kept when its URL is made and read back as base64
 * when the link is clicked (the click itself is swallowed: no save dialog, no file on disk).
 */
export function catchDownloads() {
  if (window.__cfDownloads) return true;
  const downloads = [];
  window.__cfDownloads = downloads;
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const entry = { name: this.download, type: blob.type, size: blob.size, base64: null };
    downloads.push(entry);
    const reader = new FileReader();
    reader.onload = () => (entry.base64 = String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => (entry.base64 = '');
    reader.readAsDataURL(blob);
  };
  return true;
}

/** The `index`-th caught download once its bytes are read, else null. */
export function caughtDownload(index) {
  const entry = window.__cfDownloads?.[index];
  return entry && entry.base64 !== null ? entry : null;
}

export function downloadCount() {
  return window.__cfDownloads?.length ?? 0;
}

/**
 * The reference for a fixture: the engine's own decode of `url`, scaled to cover a `size` square and
 * centred, as a PNG data URL — what the export's photo should look like.
 */
export async function referenceCover(url, size) {
  const blob = await (await fetch(url)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  const scale = size / Math.min(bitmap.width, bitmap.height);
  const w = bitmap.width * scale;
  const h = bitmap.height * scale;
  context.drawImage(bitmap, (size - w) / 2, (size - h) / 2, w, h);
  bitmap.close();
  return canvas.toDataURL('image/png');
}

/** What the page looks like to a person: language, picker value, heading, and the picker's colours. */
export function pageFacts() {
  const select = document.querySelector('.language-picker select');
  const style = select ? getComputedStyle(select) : null;
  return {
    lang: document.documentElement.lang,
    picker: select?.value ?? null,
    heading: document.querySelector('h1')?.textContent ?? '',
    colour: style?.color ?? '',
    background: style?.backgroundColor ?? '',
    appearance: style
      ? style.getPropertyValue('appearance') || style.getPropertyValue('-webkit-appearance')
      : '',
    userAgent: navigator.userAgent,
  };
}
