import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../i18n/shortcuts';
import { IconButton } from './IconButton';

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
      <IconButton
        label={t('editor.undo')}
        title={t('shortcut.undo', { keys: shortcutLabel(t, 'Z') })}
        icon="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3"
        disabled={!canUndo}
        onClick={onUndo}
      />
      <IconButton
        label={t('editor.redo')}
        title={t('shortcut.redo', { keys: shortcutLabel(t, 'Z', { shift: true }) })}
        icon="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3"
        disabled={!canRedo}
        onClick={onRedo}
      />
    </div>
  );
}
