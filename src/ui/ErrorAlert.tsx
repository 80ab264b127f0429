import { useTranslation } from 'react-i18next';

interface Props {
  readonly message: string;
  readonly onDismiss: () => void;
}

/** Announced at once by screen readers (role="alert"); the app around it stays usable. */
export function ErrorAlert({ message, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className="error-alert" role="alert">
      <div>
        <strong>{t('errors.title')}</strong>
        <p>{message}</p>
      </div>
      <button type="button" className="ghost" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
