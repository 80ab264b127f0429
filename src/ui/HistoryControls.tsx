import { useTranslation } from 'react-i18next';

interface Props {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

export function HistoryControls({ canUndo, canRedo, onUndo, onRedo }: Props) {
  const { t } = useTranslation();
  return (
    <div className="button-row history-controls">
      <button
        type="button"
        className="icon-button"
        disabled={!canUndo}
        onClick={onUndo}
        aria-label={t('editor.undo')}
        title={`${t('editor.undo')} (Ctrl+Z)`}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canRedo}
        onClick={onRedo}
        aria-label={t('editor.redo')}
        title={`${t('editor.redo')} (Ctrl+Shift+Z)`}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </div>
  );
}
