import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CornflowerIcon } from '../art/CornflowerIcon';
import { shortcutLabel } from '../i18n/shortcuts';
import { CameraView } from './CameraView';
import { useLiveCameraAvailable } from './useCamera';

interface Props {
  /** A chosen file or a captured photo (a JPEG blob): both go through the same import. */
  readonly onFile: (file: Blob) => void;
  /** Compact: a "Change photo" row under the editor instead of the big start card. */
  readonly compact?: boolean;
  /**
   * Whether "Take a photo" opens the live camera view. By default it does wherever a camera can
   * exist (getUserMedia, and a camera listed); elsewhere it opens the `capture` file input, which
   * hands over to the phone's camera app.
   */
  readonly liveCamera?: boolean;
}

/** Choose a file or take a photo; drop and paste are handled for the whole page by the app. */
export function PhotoPicker({ onFile, compact = false, liveCamera }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const detected = useLiveCameraAvailable();
  const live = liveCamera ?? detected;
  const [cameraOpen, setCameraOpen] = useState(false);
  const takePhoto = (event: MouseEvent<HTMLButtonElement>) => {
    if (!live) return cameraInput.current?.click();
    // Safari does not focus a clicked button: focused here, so the camera view gives focus back to it.
    event.currentTarget.focus();
    setCameraOpen(true);
  };
  const take = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Reset, so choosing the same file again still fires a change.
    input.value = '';
    if (file) onFile(file);
  };
  const inputs = (
    <>
      <input
        ref={fileInput}
        type="file"
        accept="image/*,.heic,.heif,.avif"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => take(e.currentTarget)}
      />
      <input
        ref={cameraInput}
        type="file"
        accept="image/*"
        capture="user"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="camera-input"
        onChange={(e) => take(e.currentTarget)}
      />
      {cameraOpen && (
        <CameraView
          onCapture={(photo) => {
            setCameraOpen(false);
            onFile(photo);
          }}
          onClose={() => setCameraOpen(false)}
          onChooseFile={() => {
            setCameraOpen(false);
            fileInput.current?.click();
          }}
        />
      )}
    </>
  );
  if (compact) {
    return (
      <div className="picker-row">
        {inputs}
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          {t('upload.change')}
        </button>
        <button type="button" className="secondary" onClick={takePhoto}>
          {t('upload.takePhoto')}
        </button>
      </div>
    );
  }
  return (
    <div className="picker-card">
      {inputs}
      <CornflowerIcon className="picker-flower" />
      <button type="button" className="primary big" onClick={() => fileInput.current?.click()}>
        {t('upload.choose')}
      </button>
      <button type="button" className="secondary big camera-button" onClick={takePhoto}>
        {t('upload.takePhoto')}
      </button>
      <p className="hint">{t('upload.dropHint', { keys: shortcutLabel(t, 'V') })}</p>
      <p className="hint small">{t('upload.formats')}</p>
    </div>
  );
}
