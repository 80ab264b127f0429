import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CornflowerIcon } from '../art/CornflowerIcon';
import { shortcutLabel } from '../i18n/shortcuts';

interface Props {
  readonly onFile: (file: File) => void;
  /** Compact: a "Change photo" row under the editor instead of the big start card. */
  readonly compact?: boolean;
}

/** Choose a file or take a photo; drop and paste are handled for the whole page by the app. */
export function PhotoPicker({ onFile, compact = false }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
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
    </>
  );
  if (compact) {
    return (
      <div className="picker-row">
        {inputs}
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          {t('upload.change')}
        </button>
        <button type="button" className="secondary" onClick={() => cameraInput.current?.click()}>
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
      <button
        type="button"
        className="secondary big camera-button"
        onClick={() => cameraInput.current?.click()}
      >
        {t('upload.takePhoto')}
      </button>
      <p className="hint">{t('upload.dropHint', { keys: shortcutLabel(t, 'V') })}</p>
      <p className="hint small">{t('upload.formats')}</p>
    </div>
  );
}
