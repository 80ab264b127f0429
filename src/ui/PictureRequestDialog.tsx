import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

interface Props {
  /** The partner's display name, as text (React escapes it: a name is never HTML). */
  readonly partner: string;
  readonly host: string;
  readonly onSend: () => void;
  readonly onDecline: () => void;
}

/** A partner's page asked for the picture before the person pressed Download: the person decides. */
export function PictureRequestDialog({ partner, host, onSend, onDecline }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      className="save-dialog request-dialog"
      aria-labelledby="request-title"
      aria-describedby="request-text"
      onCancel={(event) => {
        event.preventDefault();
        onDecline();
      }}
    >
      <h2 id="request-title">{t('embed.requestTitle', { partner })}</h2>
      <p id="request-text">{t('embed.requestText', { partner, host })}</p>
      <div className="button-row dialog-buttons">
        <button type="button" className="primary big" onClick={onSend}>
          {t('embed.send')}
        </button>
        <button type="button" className="secondary big" onClick={onDecline}>
          {t('embed.notNow')}
        </button>
      </div>
    </dialog>
  );
}
