import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { EmbedShell } from './app/EmbedShell';
import { ErrorBoundary } from './app/ErrorBoundary';
import { FirstScreenTakeOver, takeFirstScreen } from './app/firstScreen/takeOver';
import { editorSettled } from './app/lazyParts';
import { afterStartUp, delay } from './app/startUp';
import { parseUrlOptions } from './embed/urlParams';
import { initialLanguage, setupI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/serviceWorker';
import './ui/styles.css';

const options = parseUrlOptions(window.location.search);
const rootElement = document.getElementById('root')!;
// The standard page's first screen came with the HTML, working before this code (README: Start-up).
const firstScreen = options.mode ? undefined : takeFirstScreen(rootElement);
// The shell's own page rules (an embed has no page background or minimum height of its own).
if (options.mode) document.documentElement.dataset.mode = options.mode;
// A stall's tablet starts every person in the stall's language, never in the last person's choice.
const i18n = await setupI18n(initialLanguage(options.lang, { saved: options.mode !== 'kiosk' }));
// The kiosk is its own chunk: the standard page and embeds never load its code (or the QR library).
const { KioskShell } = options.mode === 'kiosk' ? await import('./app/KioskShell') : { KioskShell: null };

const root = createRoot(rootElement);
// As a transition, React renders the first screen in slices of a few milliseconds, yielding to
// the browser between them, not in one task (~0.3 s on a slow phone, the start's longest); the
// HTML's first screen stays up and working meanwhile, and goes in the commit that brings React's.
startTransition(() =>
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          {KioskShell ? (
            <KioskShell options={options} />
          ) : options.mode === 'embed' ? (
            <EmbedShell options={options} />
          ) : firstScreen ? (
            <FirstScreenTakeOver from={firstScreen}>
              <App options={options} />
            </FirstScreenTakeOver>
          ) : (
            <App options={options} />
          )}
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  ),
);

// The offline copy is the whole build (~3 MB, the HEIC decoder most of it): on a slow network its
// download must not compete with the first screen or with the editor's code. It starts once the
// editor is in, or well after the start should that never come.
void Promise.race([editorSettled, afterStartUp().then(() => delay(10_000))]).then(registerServiceWorker);
