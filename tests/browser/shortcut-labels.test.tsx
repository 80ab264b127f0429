import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setupI18n } from '../../src/i18n/i18n';
import { HistoryControls } from '../../src/ui/HistoryControls';
import { PhotoPicker } from '../../src/ui/PhotoPicker';

// The test browser is headless Chromium on Linux: not an Apple platform, so key names are spelt out.
async function renderIn(lang: Parameters<typeof setupI18n>[0]) {
  const i18n = await setupI18n(lang);
  render(
    <I18nextProvider i18n={i18n}>
      <HistoryControls canUndo canRedo onUndo={() => undefined} onRedo={() => undefined} />
      <PhotoPicker onFile={() => undefined} />
    </I18nextProvider>,
  );
}

describe('shortcut labels in the page', () => {
  afterEach(() => cleanup());

  it('German names the keys Strg and Umschalt in the undo/redo tooltips and the paste hint', async () => {
    await renderIn('de');
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')).join(' | ');
    expect(titles).toContain('Strg+Z');
    expect(titles).toContain('Strg+Umschalt+Z');
    expect(titles).not.toContain('Ctrl');
    expect(document.body.textContent).toContain('Strg+V');
  });

  it('English says Ctrl and Shift', async () => {
    await renderIn('en');
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title')).join(' | ');
    expect(titles).toContain('Ctrl+Z');
    expect(titles).toContain('Ctrl+Shift+Z');
    expect(screen.getByText(/Ctrl\+V/)).toBeTruthy();
  });
});
