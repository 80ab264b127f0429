import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';

interface Props {
  readonly value: string;
  readonly onChange: (code: string) => void;
}

/** Each language by its own name, so a person finds theirs whatever the page is in now. */
export function LanguagePicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('language.label')}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-8.5 9h17M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z"
        />
      </svg>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <svg className="chevron" aria-hidden="true" viewBox="0 0 12 12">
        <path d="m2 4 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </label>
  );
}
