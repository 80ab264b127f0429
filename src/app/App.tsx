import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlOptions } from '../embed/urlParams';
import { downloadDelivery, pressAndHoldDelivery, shareDelivery, type Delivery } from '../export/delivery';
import { canShareFiles } from '../export/download';
import { currentInAppBrowser } from '../export/inAppBrowser';
import { exportFileName, exportMimeType } from '../export/options';
import { changeLanguage } from '../i18n/i18n';
import { applyUpdateIfWaiting } from '../pwa/serviceWorker';
import { browserDeps } from '../session/browserDeps';
import { createEditorSession, type EditorSession } from '../session/editorSession';
import { useSessionSnapshot } from '../session/useSession';
import { Header } from '../ui/Header';
import { EditorView } from './EditorView';
import { usePageFileDrop } from './usePageFileDrop';
import { useUndoShortcuts } from './useUndoShortcuts';

/** One session for the component's life, disposed (pixels freed, import cancelled) on unmount. */
export function useEditorSession(options: UrlOptions): EditorSession {
  const [session] = useState(() => createEditorSession(options, browserDeps));
  useEffect(() => () => session.dispose(), [session]);
  return session;
}

/** The standard page: header with the language picker, the editor, and the person's own download or share. */
export function App({ options }: { readonly options: UrlOptions }) {
  const { t, i18n } = useTranslation();
  const session = useEditorSession(options);
  const { format } = useSessionSnapshot(session).output;
  const [inAppBrowser] = useState(currentInAppBrowser);
  const shareable =
    !inAppBrowser && canShareFiles(new File([], exportFileName(format), { type: exportMimeType(format) }));
  const deliveries = useMemo<readonly Delivery[]>(
    () => [
      // In-app browsers drop downloads without a word: there the picture is shown to press and hold.
      inAppBrowser ? pressAndHoldDelivery : downloadDelivery,
      ...(shareable ? [shareDelivery(() => t('export.shareText'))] : []),
    ],
    [inAppBrowser, shareable, t],
  );

  usePageFileDrop((file) => void session.newPhoto(file));
  useUndoShortcuts(session);

  return (
    <div className="app">
      <a className="skip-link" href="#editor">
        {t('app.skipToEditor')}
      </a>
      <Header
        language={i18n.language}
        onLanguage={(code) => void changeLanguage(i18n, code, { remember: true })}
      />
      <EditorView
        session={session}
        deliveries={deliveries}
        onStartOver={() => {
          session.startOver();
          // A new version that waited in the background takes over now, when no work is lost.
          applyUpdateIfWaiting();
        }}
      />
    </div>
  );
}
