import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyTheme, type ThemeChoice } from '../embed/applyTheme';
import { createEmbedChannel, type EmbedChannel } from '../embed/channel';
import { PROTOCOL_VERSION, type EmbedErrorCode, type ParentMessage } from '../embed/protocol';
import type { UrlOptions } from '../embed/urlParams';
import { downloadDelivery, framedDownloadDelivery, type Delivery, type Picture } from '../export/delivery';
import { changeLanguage } from '../i18n/i18n';
import { LANGUAGE_CODES } from '../i18n/languages';
import { applyUpdateIfWaiting } from '../pwa/serviceWorker';
import type { EditorSession } from '../session/editorSession';
import { useSessionSnapshot } from '../session/useSession';
import { PictureRequestDialog } from '../ui/PictureRequestDialog';
import { useEditorSession } from './App';
import { EditorView } from './EditorView';
import { usePageFileDrop } from './usePageFileDrop';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useBannerWords } from './useBannerWords';

/** Sends the partner the picture, once the person has agreed to it for this photo. */
function postPicture(channel: EmbedChannel, picture: Picture): void {
  channel.post({
    type: 'cornflower:image',
    version: PROTOCOL_VERSION,
    blob: picture.blob,
    mimeType: picture.mimeType,
    width: picture.width,
    height: picture.height,
    fileName: picture.fileName,
  });
}

const postError = (channel: EmbedChannel, code: EmbedErrorCode) =>
  channel.post({ type: 'cornflower:error', version: PROTOCOL_VERSION, code });

/** Tells the parent the content's height whenever it changes, so its iframe fits without a scrollbar. */
function useReportedHeight(channel: EmbedChannel) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      channel.post({ type: 'cornflower:resize', version: PROTOCOL_VERSION, height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [channel]);
  return root;
}

/** The photo the person agreed to send, by Download or in answer to the partner's request: a new photo asks again. */
function consentFor(session: EditorSession) {
  let consented: string | null = null;
  return {
    give(): void {
      consented = session.getSnapshot().history.present.photo?.assetId ?? null;
    },
    given(): boolean {
      const photo = session.getSnapshot().history.present.photo;
      return photo !== null && consented === photo.assetId;
    },
  };
}

/**
 * A partner's page (`?mode=embed`): the editor without the page's header, in the partner's language
 * and look, talking to the partner only through the typed protocol in src/embed. The picture goes
 * to the partner only when the person presses Download, or agrees when the partner asks.
 */
export function EmbedShell({ options }: { readonly options: UrlOptions }) {
  const { t, i18n } = useTranslation();
  const session = useEditorSession(options);
  const snapshot = useSessionSnapshot(session);
  const { bannerText } = useBannerWords(snapshot.history.present);
  const [channel] = useState(() =>
    createEmbedChannel(options.parentOrigin, {
      self: window,
      parent: window.parent,
      ancestorOrigins: window.location.ancestorOrigins,
    }),
  );
  const partnerOrigin = channel.parentOrigin;
  const host = partnerOrigin ? new URL(partnerOrigin).host : '';
  const partner = options.partner ?? host;
  const [look, setLook] = useState<ThemeChoice>({ theme: options.theme, accent: options.accent });
  const [asking, setAsking] = useState(false);
  const [consent] = useState(() => consentFor(session));
  const root = useReportedHeight(channel);

  useLayoutEffect(() => applyTheme(document.documentElement, look), [look]);
  usePageFileDrop((file) => void session.newPhoto(file));
  useUndoShortcuts(session);

  // Downloads may be forbidden by the partner's sandbox, and nothing says so: show the picture too.
  const framed = window.parent !== window;
  const deliveries = useMemo<readonly Delivery[]>(() => {
    const download = framed ? framedDownloadDelivery : downloadDelivery;
    return [
      {
        ...download,
        deliver(picture) {
          if (partnerOrigin) {
            consent.give();
            postPicture(channel, picture);
          }
          return download.deliver(picture);
        },
      },
    ];
  }, [framed, partnerOrigin, channel, consent]);

  // The words as they are now, for a picture the partner asks for outside any render.
  const words = useRef(bannerText);
  useLayoutEffect(() => {
    words.current = bannerText;
  });
  const sendPicture = useCallback(async () => {
    try {
      postPicture(channel, await session.renderPicture(words.current));
    } catch {
      postError(channel, 'exportFailed');
    }
  }, [channel, session]);

  useEffect(() => {
    channel.post({ type: 'cornflower:ready', version: PROTOCOL_VERSION, languages: LANGUAGE_CODES });
    return channel.listen((message: ParentMessage) => {
      switch (message.type) {
        case 'cornflower:set-language':
          void changeLanguage(i18n, message.lang, { remember: false });
          return;
        case 'cornflower:set-theme':
          setLook((previous) => ({
            theme: message.theme ?? previous.theme,
            accent: message.accent ?? previous.accent,
          }));
          return;
        case 'cornflower:request-image':
          if (!session.getSnapshot().history.present.photo || !session.photoImage())
            postError(channel, 'noPicture');
          else if (consent.given()) void sendPicture();
          else setAsking(true);
          return;
      }
    });
  }, [channel, i18n, session, consent, sendPicture]);

  // The partner hears of each refused photo and failed export, by code (never the file).
  const { importError, exportError } = snapshot;
  useEffect(() => {
    if (importError) postError(channel, importError.code);
  }, [channel, importError]);
  useEffect(() => {
    if (exportError) postError(channel, exportError);
  }, [channel, exportError]);

  return (
    <div className="app embed" ref={root}>
      <EditorView
        session={session}
        deliveries={deliveries}
        onStartOver={() => {
          session.startOver();
          applyUpdateIfWaiting();
        }}
        exportNote={partnerOrigin ? t('embed.consent', { partner, host }) : undefined}
        privacyNote={partnerOrigin ? t('embed.privacy', { partner }) : undefined}
        heading={t('app.heading')}
      />
      {asking && partnerOrigin && (
        <PictureRequestDialog
          partner={partner}
          host={host}
          onSend={() => {
            setAsking(false);
            consent.give();
            void sendPicture();
          }}
          onDecline={() => {
            setAsking(false);
            postError(channel, 'declined');
          }}
        />
      )}
    </div>
  );
}
