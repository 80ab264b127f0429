import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly count: number;
  readonly onReset: () => void;
}

/** For the volunteers: how many pictures this stall made today; resetting asks once more. */
export function PictureCounter({ count, onReset }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="picture-counter">
      <span data-testid="picture-count">{t('kiosk.counter', { count })}</span>
      {confirming ? (
        <>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            {t('kiosk.counterResetYes')}
          </button>
          <button type="button" className="ghost" onClick={() => setConfirming(false)}>
            {t('kiosk.counterResetNo')}
          </button>
        </>
      ) : (
        <button type="button" className="ghost" onClick={() => setConfirming(true)}>
          {t('kiosk.counterReset')}
        </button>
      )}
    </div>
  );
}
