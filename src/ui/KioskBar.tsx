import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CornflowerIcon } from '../art/CornflowerIcon';
import { LanguagePicker } from './LanguagePicker';

interface Props {
  readonly language: string;
  readonly onLanguage: (code: string) => void;
  readonly onStartOver: () => void;
  /** The volunteers' corner (the picture counter). */
  readonly corner: ReactNode;
}

/** A stall's top bar: the languages always in reach, one tap to start over, the counter aside. */
export function KioskBar({ language, onLanguage, onStartOver, corner }: Props) {
  const { t } = useTranslation();
  return (
    <header className="header kiosk-bar">
      <div className="brand">
        <CornflowerIcon className="brand-flower" />
        <h1>{t('app.heading')}</h1>
      </div>
      <LanguagePicker value={language} onChange={onLanguage} />
      <button type="button" className="secondary big kiosk-start-over" onClick={onStartOver}>
        {t('editor.startOver')}
      </button>
      <div className="kiosk-corner">{corner}</div>
    </header>
  );
}
