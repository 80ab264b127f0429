import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canShareFiles, downloadBlob, shareFile } from '../export/download';
import type { InAppBrowser } from '../export/inAppBrowser';
import {
  EXPORT_SIZES,
  exportFileName,
  exportMimeType,
  type ExportFormat,
  type ExportSize,
} from '../export/options';
import { SaveImageDialog } from './SaveImageDialog';

/** Keys under `errors.` in the locales. */
export type ExportErrorCode = 'exportFailed' | 'shareFailed';

interface Props {
  readonly disabled: boolean;
  readonly size: ExportSize;
  readonly format: ExportFormat;
  readonly inAppBrowser: InAppBrowser | null;
  readonly onSizeChange: (size: ExportSize) => void;
  readonly onFormatChange: (format: ExportFormat) => void;
  readonly render: (size: ExportSize, format: ExportFormat) => Promise<Blob>;
  readonly onError: (code: ExportErrorCode) => void;
}

/** Size and format, then Download (or, inside a network's app, the picture to press and hold) and Share. */
export function ExportPanel({
  disabled,
  size,
  format,
  inAppBrowser,
  onSizeChange,
  onFormatChange,
  render,
  onError,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [savedUrl, setSavedUrl] = useState<string | null>(null);
  const fileName = exportFileName(format);
  const probe = new File([], fileName, { type: exportMimeType(format) });
  const shareable = !inAppBrowser && canShareFiles(probe);

  const run = async (then: (blob: Blob) => Promise<void> | void) => {
    setBusy(true);
    setDone(false);
    try {
      const start = performance.now();
      const blob = await render(size, format);
      performance.measure('cornflower:export', { start, detail: { size, format } });
      await then(blob);
      setDone(true);
    } catch {
      onError('exportFailed');
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    run((blob) => {
      if (inAppBrowser) setSavedUrl(URL.createObjectURL(blob));
      else downloadBlob(blob, fileName);
    });

  const share = () =>
    run(async (blob) => {
      try {
        await shareFile(new File([blob], fileName, { type: blob.type }), t('export.shareText'));
      } catch {
        onError('shareFailed');
      }
    });

  return (
    <section className="panel export-panel" aria-labelledby="export-heading" aria-busy={busy}>
      <h2 id="export-heading">{t('export.heading')}</h2>
      <div className="export-options">
        <div className="select">
          <label htmlFor={`${id}-size`}>{t('export.size')}</label>
          <select
            id={`${id}-size`}
            value={size}
            onChange={(e) => onSizeChange(Number(e.target.value) as ExportSize)}
          >
            {EXPORT_SIZES.map((s) => (
              <option key={s} value={s}>
                {t('export.sizeOption', { size: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="select">
          <label htmlFor={`${id}-format`}>{t('export.format')}</label>
          <select
            id={`${id}-format`}
            value={format}
            onChange={(e) => onFormatChange(e.target.value as ExportFormat)}
          >
            <option value="png">{t('export.png')}</option>
            <option value="jpeg">{t('export.jpeg')}</option>
          </select>
        </div>
      </div>
      <div className="button-row export-buttons">
        <button type="button" className="primary big" disabled={disabled || busy} onClick={download}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path
              d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {t('export.download')}
        </button>
        {shareable && (
          <button type="button" className="secondary big" disabled={disabled || busy} onClick={share}>
            {t('export.share')}
          </button>
        )}
      </div>
      <p className="hint" role="status">
        {busy ? t('export.preparing') : done ? t('export.done') : ''}
      </p>
      {savedUrl && (
        <SaveImageDialog
          url={savedUrl}
          onClose={() => {
            URL.revokeObjectURL(savedUrl);
            setSavedUrl(null);
          }}
        />
      )}
    </section>
  );
}
