import { useTranslation } from 'react-i18next';

interface Props {
  readonly seconds: number;
  readonly onContinue: () => void;
}

/** The last seconds before a kiosk forgets the person: any tap keeps their work. */
export function IdleCountdown({ seconds, onContinue }: Props) {
  const { t } = useTranslation();
  return (
    <div className="idle-countdown" role="alert" data-testid="idle-countdown">
      <button type="button" className="idle-countdown-button" onClick={onContinue}>
        {t('kiosk.countdown', { seconds })}
      </button>
    </div>
  );
}
