import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import be from '../../locales/be.json';
import en from '../../locales/en.json';
import ka from '../../locales/ka.json';
import { App } from '../../src/app/App';
import { STORAGE_KEY, initialLanguage, setupI18n } from '../../src/i18n/i18n';

async function renderApp(lang: 'en' | 'be' | 'ka' = 'en') {
  const i18n = await setupI18n(lang);
  render(
    <I18nextProvider i18n={i18n}>
      <App options={{ overlays: ['banner'] }} />
    </I18nextProvider>,
  );
  return i18n;
}

describe('language picker', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => cleanup());

  it('switches the UI and the banner text without a reload, and remembers the choice', async () => {
    await renderApp('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.app.heading);
    expect(screen.getByRole('option', { name: en.quotes.solidarity })).toBeTruthy();

    const picker = screen.getByRole('combobox', { name: en.language.label });
    await act(async () => {
      fireEvent.change(picker, { target: { value: 'be' } });
    });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(be.app.heading));
    expect(screen.getByRole('button', { name: be.export.download })).toBeTruthy();
    expect(screen.getByRole('option', { name: be.quotes.solidarity })).toBeTruthy();
    expect(document.documentElement.lang).toBe('be');
    expect(document.title).toBe(be.app.title);
    expect(localStorage.getItem(STORAGE_KEY)).toBe('be');
    // Next visit without ?lang= starts in the saved language.
    expect(initialLanguage(undefined)).toBe('be');
    // …but ?lang= still wins.
    expect(initialLanguage('ka')).toBe('ka');
  });

  it('names every language in itself', async () => {
    await renderApp('ka');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ka.app.heading);
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names).toEqual(
      expect.arrayContaining(['Беларуская', 'Українська', 'ქართული', 'Հայերեն', 'Тоҷикӣ', 'English']),
    );
  });
});
