import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

interface Props {
  /** An object URL of the picture; the owner revokes it when the dialog closes. */
  readonly url: string;
  /** The download was tried as well (in a partner's frame), so say so rather than blame the app's browser. */
  readonly downloadTried?: boolean;
  readonly onClose: () => void;
}

/**
 * In-app browsers (Facebook, Instagram, Telegram…) drop downloads of generated files without a word,
 * but they do let people press and hold an <img> to save it.
 */
export function SaveImageDialog({ url, downloadTried = false, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      className="save-dialog"
      aria-labelledby="save-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="save-title">{t(downloadTried ? 'inApp.framedTitle' : 'inApp.title')}</h2>
      <p className="press-hold">{t(downloadTried ? 'inApp.framedText' : 'inApp.pressAndHold')}</p>
      <img src={url} alt={t('inApp.imageAlt')} data-testid="save-image" />
      {!downloadTried && <p className="hint">{t('inApp.openInBrowser')}</p>}
      <button type="button" className="secondary big" onClick={onClose}>
        {t('inApp.close')}
      </button>
    </dialog>
  );
}
