import { useTranslation } from 'react-i18next';
import { CornflowerIcon } from '../art/CornflowerIcon';
import { LanguagePicker } from './LanguagePicker';

interface Props {
  readonly language: string;
  readonly onLanguage: (code: string) => void;
}

export function Header({ language, onLanguage }: Props) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <CornflowerIcon className="brand-flower" />
        <div>
          <h1>{t('app.heading')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <LanguagePicker value={language} onChange={onLanguage} />
    </header>
  );
}
