import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlOptions } from '../embed/urlParams';
import { downloadDelivery, shareDelivery, type Delivery } from '../export/delivery';
import { canShareFiles, revokePendingDownloads } from '../export/download';
import { exportFileName, exportMimeType } from '../export/options';
import { changeLanguage } from '../i18n/i18n';
import { createPictureCounter } from '../kiosk/counter';
import { phoneLink } from '../kiosk/handoff';
import { createIdleTimer, idleDurations, type IdleTimer } from '../kiosk/idleTimer';
import { requestPersistentStorage } from '../pwa/persist';
import { applyUpdateIfWaiting } from '../pwa/serviceWorker';
import { useSessionSnapshot } from '../session/useSession';
import { HandoffPanel } from '../ui/HandoffPanel';
import { IdleCountdown } from '../ui/IdleCountdown';
import { KioskBar } from '../ui/KioskBar';
import { PictureCounter } from '../ui/PictureCounter';
import { useEditorSession } from './App';
import { EditorView } from './EditorView';

const DEFAULT_IDLE_SECONDS = 90;
/** Anything a person does at the tablet. */
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const noStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

/**
 * A street stall's tablet (`?mode=kiosk`): one person after another. Big targets, the languages
 * always in reach, one tap to start over, and after `idle` seconds without input a countdown and
 * a reset that forgets the person entirely: photo, picture, camera, history and language. The
 * person leaves with the picture on their phone: the share sheet, or a QR code that opens the
 * standard app there with their language and design.
 */
export function KioskShell({ options }: { readonly options: UrlOptions }) {
  const { t, i18n } = useTranslation();
  const [stallLanguage] = useState(() => i18n.language);
  const session = useEditorSession(options);
  const snapshot = useSessionSnapshot(session);
  const scene = snapshot.history.present;
  // A new EditorView for each person: its dialogs, camera and canvases go with the last one.
  const [person, setPerson] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [counter] = useState(() => createPictureCounter(localStorageOrNull() ?? noStorage));
  const [count, setCount] = useState(() => counter.count());

  const reset = useCallback(() => {
    session.startOver();
    revokePendingDownloads();
    setPerson((n) => n + 1);
    setSecondsLeft(null);
    void changeLanguage(i18n, stallLanguage, { remember: false });
    window.scrollTo(0, 0);
    // A new version of the app waits for this moment: nobody's work is lost by it.
    applyUpdateIfWaiting();
  }, [session, i18n, stallLanguage]);

  const resetRef = useRef(reset);
  useEffect(() => {
    resetRef.current = reset;
  }, [reset]);
  const timer = useRef<IdleTimer | null>(null);
  const idleSeconds = options.idle ?? DEFAULT_IDLE_SECONDS;
  useEffect(() => {
    const idle = createIdleTimer({
      ...idleDurations(idleSeconds),
      onCountdown: setSecondsLeft,
      onReset: () => resetRef.current(),
    });
    timer.current = idle;
    // Armed by the first input after a reset; a reset disarms it until the next person's touch.
    const onActivity = () => {
      idle.arm(true);
      idle.activity();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      idle.dispose();
      timer.current = null;
    };
  }, [idleSeconds]);
  // A photo that arrives by itself (a slow decode) also counts as someone being there.
  useEffect(() => {
    if (scene.photo) timer.current?.arm(true);
  }, [scene.photo]);

  // The tablet keeps its offline copy: ask the browser not to evict it.
  useEffect(() => void requestPersistentStorage(), []);

  const startOver = useCallback(() => {
    timer.current?.arm(false);
    reset();
  }, [reset]);

  const { format } = snapshot.output;
  const shareable = canShareFiles(new File([], exportFileName(format), { type: exportMimeType(format) }));
  const deliveries = useMemo<readonly Delivery[]>(() => {
    const counted = (delivery: Delivery): Delivery => ({
      ...delivery,
      async deliver(picture) {
        const outcome = await delivery.deliver(picture);
        if (outcome.kind !== 'dismissed') setCount(counter.increment());
        return outcome;
      },
    });
    const share = shareDelivery(() => t('export.shareText'));
    return [
      counted(shareable ? { ...share, label: 'kiosk.sendToPhone' } : downloadDelivery),
      ...(shareable ? [counted(downloadDelivery)] : []),
    ];
  }, [shareable, counter, t]);

  const banner = scene.overlays.find((o) => o.kind === 'banner');
  const link = phoneLink(window.location.href, {
    lang: i18n.language,
    overlays: scene.overlays.map((o) => o.kind),
    quote: banner?.kind === 'banner' ? (banner.quote ?? undefined) : undefined,
  });

  return (
    <div className="app kiosk">
      <KioskBar
        language={i18n.language}
        onLanguage={(code) => void changeLanguage(i18n, code, { remember: false })}
        onStartOver={startOver}
        corner={
          <PictureCounter
            count={count}
            onReset={() => {
              counter.reset();
              setCount(0);
            }}
          />
        }
      />
      <EditorView
        key={person}
        session={session}
        deliveries={deliveries}
        onStartOver={startOver}
        extraPanel={<HandoffPanel link={link} />}
      />
      {secondsLeft !== null && (
        <IdleCountdown seconds={secondsLeft} onContinue={() => timer.current?.activity()} />
      )}
    </div>
  );
}
