import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlOptions } from '../embed/urlParams';
import { currentInAppBrowser } from '../export/inAppBrowser';
import {
  DEFAULT_EXPORT_FORMAT,
  DEFAULT_EXPORT_SIZE,
  type ExportFormat,
  type ExportSize,
} from '../export/options';
import { bannerTextFor } from '../i18n/bannerText';
import { loadBannerFont } from '../i18n/fonts';
import { warmUpDecoder } from '../image/decoderWorkers';
import { changeLanguage } from '../i18n/i18n';
import { sceneReducer, type SceneAction } from '../scene/actions';
import { initialScene } from '../scene/defaults';
import { canRedo, canUndo } from '../scene/history';
import { useAssetImage } from '../state/useAssetImage';
import { createAssetStore } from '../state/assets';
import { createEditorStore, useHistory } from '../state/editorStore';
import { DesignPanel } from '../ui/DesignPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ExportPanel } from '../ui/ExportPanel';
import { Header } from '../ui/Header';
import { HistoryControls } from '../ui/HistoryControls';
import { PhotoControls } from '../ui/PhotoControls';
import { PhotoPicker } from '../ui/PhotoPicker';
import { Progress } from '../ui/Progress';
import type { ExportErrorCode } from '../ui/ExportPanel';
import { renderSceneToBlobLazily, useEditorStage } from './lazyParts';
import { usePageFileDrop } from './usePageFileDrop';
import { usePhotoImport } from './usePhotoImport';
import { useUndoShortcuts } from './useUndoShortcuts';

export function App({ options }: { readonly options: UrlOptions }) {
  const { t, i18n } = useTranslation();
  const sceneOptions = useMemo(() => ({ overlays: options.overlays, quote: options.quote }), [options]);
  const [store] = useState(() => createEditorStore(initialScene(sceneOptions)));
  const [assets] = useState(createAssetStore);
  const history = useHistory(store);
  const scene = history.present;
  const image = useAssetImage(assets, scene.photo?.assetId);
  const [circlePreview, setCirclePreview] = useState(false);
  const [size, setSize] = useState<ExportSize>(options.size ?? DEFAULT_EXPORT_SIZE);
  const [format, setFormat] = useState<ExportFormat>(options.format ?? DEFAULT_EXPORT_FORMAT);
  const [exportError, setExportError] = useState<ExportErrorCode | null>(null);
  const [fontsVersion, setFontsVersion] = useState(0);
  const [inAppBrowser] = useState(currentInAppBrowser);

  const edit = useCallback(
    (action: SceneAction, mergeKey?: string) => store.dispatch({ type: 'edit', action, mergeKey }),
    [store],
  );

  const photoImport = usePhotoImport(assets, {
    // A new photo starts a new history: undo must never bring back a photo whose pixels are gone.
    onShown: (photo) => {
      const { overlays } = store.getState().present;
      store.dispatch({
        type: 'restart',
        scene: sceneReducer({ photo: null, overlays }, { type: 'photoLoaded', ...photo }),
      });
    },
    onWithdrawn: () => {
      const { overlays } = store.getState().present;
      store.dispatch({ type: 'restart', scene: { photo: null, overlays } });
    },
  });

  const banner = scene.overlays.find((o) => o.kind === 'banner');
  const bannerText = bannerTextFor(banner, t);

  // Canvas text does not load web fonts by itself: ask for the glyphs of the banner, then re-measure.
  useEffect(() => {
    if (!bannerText.quote && !bannerText.attribution) return;
    let live = true;
    void loadBannerFont(`${bannerText.quote} ${bannerText.attribution}`).then(
      () => live && setFontsVersion((v) => v + 1),
    );
    return () => {
      live = false;
    };
  }, [bannerText.quote, bannerText.attribution]);

  // The editor's code loads right after the first screen, so it is there when the first photo is.
  const EditorStage = useEditorStage();
  // Start the decode worker before the first photo: saves its start-up on the first import.
  useEffect(warmUpDecoder, []);
  const loadPhoto = photoImport.load;
  usePageFileDrop(loadPhoto);
  useUndoShortcuts(store);

  const startOver = () => {
    photoImport.cancel();
    photoImport.clearError();
    setExportError(null);
    setCirclePreview(false);
    assets.clear();
    store.dispatch({ type: 'restart', scene: initialScene(sceneOptions) });
  };

  const render = (outputSize: ExportSize, outputFormat: ExportFormat) =>
    renderSceneToBlobLazily({ scene, image, bannerText, size: outputSize, format: outputFormat });

  const errorMessage = photoImport.error
    ? t(`errors.${photoImport.error.code}`, { count: photoImport.error.megapixels ?? 0 })
    : exportError && t(`errors.${exportError}`);
  const processing = photoImport.status === 'processing';
  const hasPhoto = Boolean(scene.photo && image);

  return (
    <div className="app">
      <a className="skip-link" href="#editor">
        {t('app.skipToEditor')}
      </a>
      <Header
        language={i18n.language}
        onLanguage={(code) => void changeLanguage(i18n, code, { remember: true })}
      />
      <main className="layout">
        <section id="editor" className="editor" aria-label={t('editor.label')} aria-busy={processing}>
          {errorMessage && (
            <ErrorAlert
              message={errorMessage}
              onDismiss={() => {
                photoImport.clearError();
                setExportError(null);
              }}
            />
          )}
          {EditorStage && (
            // Mounted before the first photo, hidden: Konva's stage and the overlays are built while
            // the person is still choosing, so the photo appears the moment it is decoded.
            <div className={hasPhoto ? 'stage-live' : 'stage-standby'} aria-hidden={!hasPhoto || undefined}>
              {/* eslint-disable-next-line react-hooks/static-components -- the loaded module's component: one identity for the page's life */}
              <EditorStage
                scene={scene}
                image={image}
                bannerText={bannerText}
                fontsVersion={fontsVersion}
                circlePreview={circlePreview}
                label={t('editor.label')}
                hint={
                  bannerText.quote
                    ? `${t('editor.canvasHint')} ${t('editor.bannerReads', { text: `${bannerText.quote} ${bannerText.attribution}`.trim() })}`
                    : t('editor.canvasHint')
                }
                onEdit={edit}
              />
            </div>
          )}
          {!processing && !hasPhoto && <PhotoPicker onFile={loadPhoto} />}
          {(processing || (hasPhoto && !EditorStage)) && <Progress label={t('upload.processing')} />}
          {hasPhoto && <PhotoPicker onFile={loadPhoto} compact />}
          <p className="privacy">{t('app.privacy')}</p>
          <p className="visually-hidden" role="status">
            {photoImport.status === 'ready' ? t('upload.ready') : ''}
          </p>
        </section>

        <aside className="sidebar">
          {scene.photo && (
            <section className="panel" aria-label={t('editor.label')}>
              <div className="panel-top">
                <HistoryControls
                  canUndo={canUndo(history)}
                  canRedo={canRedo(history)}
                  onUndo={() => store.dispatch({ type: 'undo' })}
                  onRedo={() => store.dispatch({ type: 'redo' })}
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
              <PhotoControls photo={scene.photo} onEdit={edit} />
            </section>
          )}
          <DesignPanel scene={scene} onEdit={edit} />
          <ExportPanel
            disabled={!hasPhoto || processing}
            size={size}
            format={format}
            inAppBrowser={inAppBrowser}
            onSizeChange={setSize}
            onFormatChange={setFormat}
            render={render}
            onError={setExportError}
          />
          <button type="button" className="secondary big start-over" onClick={startOver}>
            {t('editor.startOver')}
          </button>
        </aside>
      </main>
    </div>
  );
}
