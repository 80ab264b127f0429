import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delivery, ExportErrorCode, Picture } from '../export/delivery';
import { EXPORT_SIZES, type ExportFormat, type ExportSize } from '../export/options';
import { SaveImageDialog } from './SaveImageDialog';

interface Props {
  readonly disabled: boolean;
  readonly size: ExportSize;
  readonly format: ExportFormat;
  readonly onSizeChange: (size: ExportSize) => void;
  readonly onFormatChange: (format: ExportFormat) => void;
  /** One button each, the first the main one; the shell decides what they are. */
  readonly deliveries: readonly Delivery[];
  readonly render: () => Promise<Picture>;
  readonly onError: (code: ExportErrorCode) => void;
  /** Plain words on where the picture goes besides the person's own device (a partner's consent line). */
  readonly note?: string | undefined;
}

/** Size and format, then a button per delivery (Download, Share…), and the picture to press and hold where needed. */
export function ExportPanel({
  disabled,
  size,
  format,
  onSizeChange,
  onFormatChange,
  deliveries,
  render,
  onError,
  note,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [saved, setSaved] = useState<{ url: string; downloadTried: boolean } | null>(null);
  // Unmounted with the picture still shown (a kiosk's reset): its object URL goes with it.
  useEffect(() => (saved ? () => URL.revokeObjectURL(saved.url) : undefined), [saved]);
  const buttonsRef = useBarHeight();

  const run = async (delivery: Delivery) => {
    setBusy(true);
    setDone(false);
    try {
      const start = performance.now();
      let picture: Picture;
      try {
        picture = await render();
      } catch {
        onError('exportFailed');
        return;
      }
      performance.measure('cornflower:export', { start, detail: { size, format } });
      try {
        const outcome = await delivery.deliver(picture);
        if (outcome.kind === 'pressAndHold')
          setSaved({ url: URL.createObjectURL(outcome.blob), downloadTried: outcome.downloadTried ?? false });
        setDone(outcome.kind !== 'dismissed');
      } catch {
        onError(delivery.failure);
      }
    } finally {
      setBusy(false);
    }
  };

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
      <div className="button-row export-buttons" ref={buttonsRef}>
        {deliveries.map((delivery, index) => (
          <button
            key={delivery.id}
            type="button"
            className={index === 0 ? 'primary big' : 'secondary big'}
            disabled={disabled || busy}
            onClick={() => void run(delivery)}
          >
            {index === 0 && (
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
            )}
            {t(delivery.label)}
          </button>
        ))}
        {/* Seen, not said: the page's one live region (the announcer) says what happened to the
            picture. In the buttons' row, so it shows where the person pressed (on a phone, the bar). */}
        <p className="hint export-status">{busy ? t('export.preparing') : done ? t('export.done') : ''}</p>
      </div>
      {note && <p className="hint export-note">{note}</p>}
      {saved && (
        <SaveImageDialog url={saved.url} downloadTried={saved.downloadTried} onClose={() => setSaved(null)} />
      )}
    </section>
  );
}

/**
 * On a phone the buttons' row is a bar fixed to the foot of the screen (styles.css), one or two
 * lines tall: the page keeps that much room below its end (`--export-bar-height`), so the bar
 * never covers its last controls.
 */
function useBarHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = ref.current;
    if (!row || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--export-bar-height', `${Math.ceil(row.getBoundingClientRect().height)}px`),
    );
    observer.observe(row);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--export-bar-height');
    };
  }, []);
  return ref;
}
