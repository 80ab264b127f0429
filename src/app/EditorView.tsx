import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../export/delivery';
import { warmUpDecoder } from '../image/decoderWorkers';
import { canRedo, canUndo } from '../scene/history';
import type { EditorSession } from '../session/editorSession';
import { useSessionPhoto, useSessionSnapshot } from '../session/useSession';
import { DesignPanel } from '../ui/DesignPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ExportPanel } from '../ui/ExportPanel';
import { HistoryControls } from '../ui/HistoryControls';
import { PhotoControls } from '../ui/PhotoControls';
import { PhotoPicker } from '../ui/PhotoPicker';
import { Progress } from '../ui/Progress';
import { ShortcutsHelp } from '../ui/ShortcutsHelp';
import { useEditorStage } from './lazyParts';
import { describePicture } from './sceneWords';
import { LiveRegion, useAnnouncer, useSessionAnnouncements } from './useAnnouncer';
import { useBannerWords } from './useBannerWords';
import { useCanvasKeys } from './useCanvasKeys';
import { useHelpShortcut } from './useHelpShortcut';

interface Props {
  readonly session: EditorSession;
  /** How the finished picture leaves: the shell's choice (download, share, postMessage…). */
  readonly deliveries: readonly Delivery[];
  /** Start over: the shell may do more than reset the session (a kiosk also resets the language). */
  readonly onStartOver: () => void;
  /** Where the picture goes besides the person's device, said under the export buttons (embed: the partner). */
  readonly exportNote?: string | undefined;
  /** The line under the editor on what happens to the photo; the standard one by default. */
  readonly privacyNote?: string | undefined;
  /** A shell's own panel under the photo (a kiosk's hand-off to the person's phone). */
  readonly extraPanel?: ReactNode;
  /** The page's level-one heading, for a shell without a header of its own (an embed): read, not shown. */
  readonly heading?: string | undefined;
}

/** The editor itself, the same in every shell: the canvas and photo picker, then the side panels. */
export function EditorView({
  session,
  deliveries,
  onStartOver,
  exportNote,
  privacyNote,
  extraPanel,
  heading,
}: Props) {
  const { t } = useTranslation();
  const snapshot = useSessionSnapshot(session);
  const scene = snapshot.history.present;
  const image = useSessionPhoto(session, snapshot);
  const { bannerText, fontsVersion } = useBannerWords(scene);
  const [circlePreview, setCirclePreview] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const announcer = useAnnouncer();
  useSessionAnnouncements(snapshot, announcer, t);
  const onCanvasKey = useCanvasKeys(session);
  useHelpShortcut(useCallback(() => setHelpOpen(true), []));
  // Said aloud once a picture has left: downloaded or shared (the press-and-hold dialog speaks for itself).
  const spokenDeliveries = useMemo(
    () =>
      deliveries.map((delivery): Delivery => ({
        ...delivery,
        async deliver(picture) {
          const outcome = await delivery.deliver(picture);
          if (outcome.kind === 'delivered' && delivery.id === 'download')
            announcer.announce('export', t('announce.downloaded', { file: picture.fileName }));
          if (outcome.kind === 'delivered' && delivery.id === 'share')
            announcer.announce('export', t('announce.shared'));
          return outcome;
        },
      })),
    [deliveries, announcer, t],
  );

  // The editor's code loads right after the first screen, so it is there when the first photo is.
  const EditorStage = useEditorStage();
  // Start the decode worker before the first photo: saves its start-up on the first import.
  useEffect(warmUpDecoder, []);

  const { importError, exportError, importStatus } = snapshot;
  const errorMessage = importError
    ? t(`errors.${importError.code}`, { count: importError.megapixels ?? 0 })
    : exportError && t(`errors.${exportError}`);
  const processing = importStatus === 'processing';
  const hasPhoto = Boolean(scene.photo && image);
  // The side panels follow a moment later, in a render of their own: the first frame of a new photo
  // then has only the canvas to draw (mounting the photo controls cost that frame ~15 ms).
  const panels = useDeferredValue(snapshot);
  const panelScene = panels.history.present;
  const panelsBusy = panels.importStatus === 'processing' || !panelScene.photo;
  const loadPhoto = (file: Blob) => void session.newPhoto(file);

  return (
    <main className={hasPhoto ? 'layout has-photo' : 'layout'}>
      {heading && <h1 className="visually-hidden">{heading}</h1>}
      <section id="editor" className="editor" aria-label={t('editor.label')} aria-busy={processing}>
        {errorMessage && <ErrorAlert message={errorMessage} onDismiss={session.clearErrors} />}
        <div className={hasPhoto || processing ? 'stage-area' : 'stage-area standby'}>
          {EditorStage && (
            // Mounted before the first photo, hidden: Konva's stage and the overlays are built while
            // the person is still choosing, so the photo appears the moment it is decoded. Shown the
            // moment a photo is chosen, the progress over it: the page takes its editing shape while
            // the photo decodes, and the first look then only fills the square (no layout in that
            // frame). Inert until the photo is in: nothing in it to reach or hear.
            <div className={hasPhoto || processing ? 'stage-live' : 'stage-standby'} inert={!hasPhoto}>
              {/* eslint-disable-next-line react-hooks/static-components -- the loaded module's component: one identity for the page's life */}
              <EditorStage
                scene={scene}
                image={image}
                bannerText={bannerText}
                fontsVersion={fontsVersion}
                circlePreview={circlePreview}
                label={t('regions.canvas')}
                description={describePicture(t, scene, bannerText, snapshot.selection)}
                selection={snapshot.selection}
                onSelect={(target) => (target ? session.select(target) : session.deselect())}
                onKeyDown={onCanvasKey}
                onEdit={session.edit}
                onPainter={session.setPainter}
              />
            </div>
          )}
          {/* One progress bar: over the empty square until the first look, then under the photo. */}
          {processing && <Progress label={t('upload.processing')} overlay={!hasPhoto} />}
        </div>
        {!processing && !hasPhoto && <PhotoPicker onFile={loadPhoto} />}
        {/* With the side panels, a moment after the photo: its first frame draws only the canvas. */}
        {hasPhoto && panelScene.photo && <PhotoPicker onFile={loadPhoto} compact />}
        {hasPhoto && panelScene.photo && (
          <button type="button" className="ghost shortcuts-button" onClick={() => setHelpOpen(true)}>
            {t('keyboard.title')}
          </button>
        )}
        <p className="privacy">{privacyNote ?? t('app.privacy')}</p>
        {hasPhoto && panelScene.photo && extraPanel}
        {/* The one polite voice: the photo is ready, what moved where, the selection, the download. */}
        <LiveRegion announcer={announcer} />
        {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      </section>

      {/* The design and export steps are the editor's own, not aside content: no complementary landmark. */}
      <div className="sidebar">
        {panelScene.photo && (
          <section className="panel photo-panel" aria-labelledby="photo-heading">
            <h2 id="photo-heading" className="visually-hidden">
              {t('regions.photoControls')}
            </h2>
            <div className="panel-top">
              <HistoryControls
                canUndo={canUndo(panels.history)}
                canRedo={canRedo(panels.history)}
                onUndo={session.undo}
                onRedo={session.redo}
              />
              <label className="switch">
                <input
                  type="checkbox"
                  checked={circlePreview}
                  onChange={(e) => setCirclePreview(e.target.checked)}
                />
                <span>{t('editor.circlePreview')}</span>
              </label>
            </div>
            <PhotoControls photo={panelScene.photo} onEdit={session.edit} />
          </section>
        )}
        <DesignPanel scene={panelScene} onEdit={session.edit} />
        <ExportPanel
          disabled={!hasPhoto || processing || panelsBusy}
          size={panels.output.size}
          format={panels.output.format}
          onSizeChange={(size) => session.setOutput({ size })}
          onFormatChange={(format) => session.setOutput({ format })}
          deliveries={spokenDeliveries}
          render={() => {
            // Said only if it takes a moment: a download within the announcer's quiet replaces it.
            announcer.announce('export', t('export.preparing'));
            return session.renderPicture(bannerText);
          }}
          onError={session.reportExportError}
          note={exportNote}
        />

        <button
          type="button"
          className="secondary big start-over"
          onClick={() => {
            setCirclePreview(false);
            onStartOver();
          }}
        >
          {t('editor.startOver')}
        </button>
      </div>
    </main>
  );
}
