import { useTranslation } from 'react-i18next';
import { QrCode } from './QrCode';

interface Props {
  /** The link that opens the app on the person's phone, with their language and design. */
  readonly link: string;
}

/** A kiosk's hand-off with no upload: the person scans and makes the picture on their own phone. */
export function HandoffPanel({ link }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel handoff-panel" aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">{t('kiosk.handoffTitle')}</h2>
      <div className="handoff">
        <QrCode text={link} label={t('kiosk.qrLabel')} size={176} />
        <p className="hint">{t('kiosk.handoffText')}</p>
      </div>
    </section>
  );
}
