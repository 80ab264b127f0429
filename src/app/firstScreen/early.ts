// The first screen's own script, inlined in index.html right after its markup (./vitePlugin.ts;
// its hash is in the page's Content-Security-Policy) and run before the first paint, long before
// the app's code is in on a slow network. It puts the screen in the language the app will choose,
// lets the language picker work, keeps a photo dropped or pasted meanwhile for the app, and takes
// the screen away in the embed and kiosk modes, whose shells draw their own. Kept tiny: it costs
// every visit its bytes. Should anything here fail, the screen stays hidden and the app draws its
// own, as it did before there was one.
import { parseUrlOptions } from '../../embed/urlParams';
import { initialLanguage, saveLanguage } from '../../i18n/initialLanguage';
import { FALLBACK_LANGUAGE, matchLanguage, type LanguageCode } from '../../i18n/languages';
import { dropHint, type FirstScreenKey, type FirstScreenWords } from './words';

function firstFile(data: DataTransfer | null): File | undefined {
  return data?.files[0];
}

function start(screen: HTMLElement): void {
  const options = parseUrlOptions(location.search);
  if (options.mode) {
    // The shell's page rules apply from the first paint (src/main.tsx sets the same).
    document.documentElement.dataset.mode = options.mode;
    screen.remove();
    return;
  }
  const all = JSON.parse(document.getElementById('first-screen-words')?.textContent ?? '{}') as Partial<
    Record<LanguageCode, FirstScreenWords>
  >;
  const select = screen.querySelector('select');
  const photoInput = screen.querySelector<HTMLInputElement>('#first-photo');

  const show = (lang: LanguageCode) => {
    const w = all[lang] ?? all[FALLBACK_LANGUAGE];
    if (!w) return;
    document.documentElement.lang = lang;
    document.title = w['app.title'];
    for (const element of screen.querySelectorAll<HTMLElement>('[data-t]')) {
      const key = element.dataset.t as FirstScreenKey;
      element.textContent = key === 'upload.dropHint' ? dropHint(w) : w[key];
    }
    for (const element of screen.querySelectorAll<HTMLElement>('[data-t-label]'))
      element.setAttribute('aria-label', w[element.dataset.tLabel as FirstScreenKey]);
    if (select) select.value = lang;
  };

  show(initialLanguage(options.lang));
  // A choice here is the person's, as in the app's own picker: remembered, and the app starts in it.
  select?.addEventListener('change', () => {
    const lang = matchLanguage(select.value) ?? FALLBACK_LANGUAGE;
    select.dataset.chosen = lang;
    saveLanguage(lang);
    show(lang);
  });

  // A photo dropped or pasted before the app is up goes into the picker's own file input, where
  // the app finds it (./takeOver.ts), as it does a photo chosen there. Without this, a dropped file
  // would make the browser leave the page to show it. Once the app has taken over (./takeOver.tsx
  // marks the screen), its own handlers do this (src/app/usePageFileDrop.ts).
  const ours = () => photoInput && !('handedOver' in screen.dataset);
  const keep = (file: File | undefined, event: Event) => {
    if (!file || !photoInput || !ours()) return;
    event.preventDefault();
    const data = new DataTransfer();
    data.items.add(file);
    photoInput.files = data.files;
    photoInput.dispatchEvent(new Event('change', { bubbles: true }));
  };
  addEventListener('dragover', (event) => {
    if (ours() && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  addEventListener('drop', (event) => keep(firstFile(event.dataTransfer), event));
  addEventListener('paste', (event) => keep(firstFile(event.clipboardData), event));

  // The app loads its editor's code at the first sign that the person is about to edit
  // (src/app/lazyParts.ts); one given here, before the app could listen, is kept for it.
  for (const type of ['pointerdown', 'keydown', 'focusin', 'dragenter'])
    addEventListener(type, () => (screen.dataset.intent = ''), { capture: true, once: true, passive: true });

  delete screen.dataset.pending;
}

const screen = document.getElementById('first-screen');
if (screen) start(screen);
