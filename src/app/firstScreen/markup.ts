// The standard page's first screen as HTML, for index.html (built by ./vitePlugin.ts): what App
// renders before a photo, box for box (the header, the picker card, the privacy line), so React's
// first render replaces it with nothing moving (tests/e2e/first-screen.spec.ts measures the shift).
// Where React has buttons that need script, this has what works without: each picker button is a
// <label> for a real file input. The words are English here; ./early.ts puts them in the person's
// language before the first paint, from the same locales/*.json. Pure: no DOM, also run in Node.
import { LANGUAGES } from '../../i18n/languages.ts';
import { dropHint, type FirstScreenKey, type FirstScreenWords } from './words.ts';

/** The accept list of PhotoPicker's file input (src/ui/PhotoPicker.tsx). */
export const PHOTO_ACCEPT = 'image/*,.heic,.heif,.avif';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An element's words: shown in English, and marked for ./early.ts to put in the page's language. */
const words = (w: FirstScreenWords, key: FirstScreenKey) =>
  `data-t="${key}">${escapeHtml(key === 'upload.dropHint' ? dropHint(w, { apple: false }) : w[key])}`;

export interface FirstScreenArt {
  /** public/favicon.svg, the cornflower CornflowerIcon draws (src/art/CornflowerIcon.tsx). */
  readonly faviconSvg: string;
}

/** The cornflower icon as CornflowerIcon renders it; the second one reuses the first one's drawing. */
function flower(className: string, svg: string, first: boolean): string {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 64 64';
  const drawing = first
    ? `<g id="first-flower">${svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'))}</g>`
    : '<use href="#first-flower"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="1em" height="1em" class="${className}" aria-hidden="true" focusable="false">${drawing}</svg>`;
}

/**
 * The first screen's markup, to go inside #root. `data-focus` says which element of React's screen
 * takes the focus over from it (./takeOver.ts); `data-pending` keeps it hidden until ./early.ts has
 * put it in the page's language (a <noscript> rule shows it when scripts are off).
 */
export function firstScreenMarkup(w: FirstScreenWords, art: FirstScreenArt): string {
  const options = LANGUAGES.map(
    (l) =>
      `<option value="${l.code}" lang="${l.code}"${l.code === 'en' ? ' selected' : ''}>${escapeHtml(l.name)}</option>`,
  ).join('');
  return [
    '<div class="app" id="first-screen" data-pending>',
    `<a class="skip-link" href="#editor" data-focus=".skip-link" ${words(w, 'app.skipToEditor')}</a>`,
    '<header class="header"><div class="brand">',
    flower('brand-flower', art.faviconSvg, true),
    `<div><h1 ${words(w, 'app.heading')}</h1><p class="tagline" ${words(w, 'app.tagline')}</p></div>`,
    '</div>',
    `<label class="language-picker"><span class="visually-hidden" ${words(w, 'language.label')}</span>`,
    '<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="none" stroke="currentColor" stroke-width="1.8" d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-8.5 9h17M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z"/></svg>',
    `<select data-focus=".language-picker select">${options}</select>`,
    '<svg class="chevron" aria-hidden="true" viewBox="0 0 12 12"><path d="m2 4 4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/></svg>',
    '</label></header>',
    '<main class="layout">',
    `<section id="editor" class="editor" aria-label="${escapeHtml(w['editor.label'])}" data-t-label="editor.label" aria-busy="false">`,
    '<div class="picker-card">',
    flower('picker-flower', art.faviconSvg, false),
    `<input type="file" id="first-photo" accept="${PHOTO_ACCEPT}" class="visually-hidden first-file" data-testid="file-input" data-focus=".picker-card .primary">`,
    `<label for="first-photo" class="primary big" ${words(w, 'upload.choose')}</label>`,
    '<input type="file" id="first-camera" accept="image/*" capture="user" class="visually-hidden first-file" data-testid="camera-input" data-focus=".picker-card .camera-button">',
    `<label for="first-camera" class="secondary big camera-button" ${words(w, 'upload.takePhoto')}</label>`,
    `<p class="hint" ${words(w, 'upload.dropHint')}</p>`,
    `<p class="hint small" ${words(w, 'upload.formats')}</p>`,
    '</div>',
    `<p class="privacy" ${words(w, 'app.privacy')}</p>`,
    '</section>',
    '<div class="sidebar"></div>',
    '</main></div>',
  ].join('');
}
