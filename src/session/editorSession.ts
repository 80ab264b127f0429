import {
  DEFAULT_EXPORT_FORMAT,
  DEFAULT_EXPORT_SIZE,
  exportFileName,
  exportMimeType,
} from '../export/options';
import type { ExportFormat, ExportSize } from '../export/options';
import type { ExportErrorCode, Picture } from '../export/delivery';
import type { RenderRequest } from '../export/renderScene';
import type { SceneAction } from '../scene/actions';
import { initialScene, type SceneOptions } from '../scene/defaults';
import { createHistory, historyReducer, type History, type HistoryAction } from '../scene/history';
import { validSelection, type SelectionTarget } from '../scene/selection';
import type { BannerText, Scene } from '../scene/types';
import { createAssetStore, type AssetImage, type AssetStore } from '../state/assets';
import { createListeners } from './listeners';
import { photoTarget, type PhotoPainter } from './photoTarget';
import { createPhotoImport, type ImportFailure, type ImportStatus, type PhotoPipeline } from './photoImport';

export interface OutputSettings {
  readonly size: ExportSize;
  readonly format: ExportFormat;
}

/** Everything a shell draws from; a new object whenever anything in it changes. */
export interface SessionSnapshot {
  readonly history: History;
  readonly importStatus: ImportStatus;
  /** The last refused or failed photo; the photo on screen (if any) is unaffected. */
  readonly importError: ImportFailure | null;
  readonly exportError: ExportErrorCode | null;
  readonly output: OutputSettings;
  /**
   * What the keyboard, a pinch or the handles act on; null for nothing. Kept here, not in the stage,
   * so every shell and the screen-reader announcements see the same one; it never outlives its target.
   */
  readonly selection: SelectionTarget | null;
}

export interface SessionOptions extends SceneOptions {
  readonly size?: ExportSize;
  readonly format?: ExportFormat;
}

export type { PhotoPainter } from './photoTarget';

export interface SessionDeps {
  readonly pipeline: PhotoPipeline;
  /** Draws the scene at output size; the export module is loaded lazily by the default. */
  readonly render: (request: RenderRequest) => Promise<Blob>;
  readonly assets?: AssetStore;
}

/**
 * One editor session: the scene's history, the photo's pixels, the import in progress, the output
 * settings and the export. Shells (the standard page, embed, kiosk) draw it and choose how the
 * finished picture is delivered; the session knows nothing of React, Konva or the page.
 */
export function createEditorSession(options: SessionOptions, deps: SessionDeps) {
  const assets = deps.assets ?? createAssetStore();
  const listeners = createListeners();
  let snapshot: SessionSnapshot = {
    history: createHistory(initialScene(options)),
    importStatus: 'idle',
    importError: null,
    exportError: null,
    output: { size: options.size ?? DEFAULT_EXPORT_SIZE, format: options.format ?? DEFAULT_EXPORT_FORMAT },
    selection: null,
  };

  let painter: PhotoPainter | null = null;

  const update = (change: Partial<SessionSnapshot>, later?: Promise<void>): void => {
    const next = { ...snapshot, ...change };
    // Undo, a switched-off overlay or a new start can take away what was selected.
    const selection = validSelection(next.history.present, next.selection);
    snapshot = selection === next.selection ? next : { ...next, selection };
    // A photo painted ahead (photoTarget.ts): the asset store, changed quietly, is told with it.
    if (later) listeners.tellAt(later, assets.announce);
    else listeners.tell();
  };
  const history = (action: HistoryAction, later?: Promise<void>): void => {
    const next = historyReducer(snapshot.history, action);
    if (next !== snapshot.history) update({ history: next }, later);
  };
  const photoImport = createPhotoImport(deps.pipeline, {
    ...photoTarget({
      scene: () => snapshot.history.present,
      restart: (scene, later) => history({ type: 'restart', scene }, later),
      assets,
      painter: () => painter,
      afterShown: deps.pipeline.afterShown,
    }),
    status(importStatus, importError) {
      update({ importStatus, importError });
    },
    refused(importError) {
      update({ importError });
    },
  });

  return {
    assets,
    getSnapshot: (): SessionSnapshot => snapshot,
    subscribe: listeners.subscribe,
    /**
     * The stage's painter of a new photo (null: none). With one, a new photo's first pixels are
     * drawn in the task they arrive, and the listeners are told after the frame that shows them
     * (pipeline.afterShown): their render no longer comes between the pixels and the screen.
     */
    setPainter(next: PhotoPainter | null): void {
      painter = next;
    },
    /** The image the scene's photo is drawn from, if its pixels are here. */
    photoImage(): AssetImage | undefined {
      const id = snapshot.history.present.photo?.assetId;
      return id ? assets.get(id) : undefined;
    },

    edit(action: SceneAction, mergeKey?: string): void {
      history(mergeKey === undefined ? { type: 'edit', action } : { type: 'edit', action, mergeKey });
    },
    undo: (): void => history({ type: 'undo' }),
    redo: (): void => history({ type: 'redo' }),

    /** Selects the photo or an overlay, if the scene has it (else nothing is selected). */
    select(target: SelectionTarget): void {
      const selection = validSelection(snapshot.history.present, target);
      if (selection !== snapshot.selection) update({ selection });
    },
    deselect(): void {
      if (snapshot.selection !== null) update({ selection: null });
    },

    /** A photo chosen, dropped, pasted or captured. */
    newPhoto: (file: Blob): Promise<void> => photoImport.load(file),

    /** Back to the start: no photo, no history, no errors, the designs the session began with. */
    startOver(): void {
      photoImport.cancel();
      assets.clear();
      update({
        history: createHistory(initialScene(options)),
        importStatus: 'idle',
        importError: null,
        exportError: null,
        selection: null,
      });
    },

    setOutput(change: Partial<OutputSettings>): void {
      update({ output: { ...snapshot.output, ...change } });
    },
    clearErrors(): void {
      if (snapshot.importError || snapshot.exportError) update({ importError: null, exportError: null });
    },
    reportExportError(exportError: ExportErrorCode): void {
      update({ exportError });
    },

    /**
     * Draws the scene as it is now at the output settings. The photo's pixels are leased for the
     * drawing: Start over or a new photo meanwhile does not close them under the export.
     */
    async renderPicture(bannerText: BannerText, output: OutputSettings = snapshot.output): Promise<Picture> {
      const scene: Scene = snapshot.history.present;
      const lease = scene.photo ? assets.lease(scene.photo.assetId) : undefined;
      try {
        const blob = await deps.render({
          scene,
          image: lease?.image,
          bannerText,
          size: output.size,
          format: output.format,
        });
        return {
          blob,
          fileName: exportFileName(output.format),
          mimeType: exportMimeType(output.format),
          width: output.size,
          height: output.size,
        };
      } finally {
        lease?.release();
      }
    },

    dispose(): void {
      photoImport.cancel();
      assets.clear();
      listeners.clear();
    },
  };
}

export type EditorSession = ReturnType<typeof createEditorSession>;
