import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../src/i18n/i18n';
import { initialScene } from '../../src/scene/defaults';
import type { Scene } from '../../src/scene/types';
import { DesignPanel } from '../../src/ui/DesignPanel';

async function renderPanel(scene: Scene) {
  const i18n = await setupI18n('en');
  const onEdit = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <DesignPanel scene={scene} onEdit={onEdit} />
    </I18nextProvider>,
  );
  return onEdit;
}

describe('DesignPanel', () => {
  afterEach(() => cleanup());

  it('shows which designs are on and toggles them', async () => {
    const onEdit = await renderPanel(initialScene({ overlays: ['badge'] }));
    expect(screen.getByRole('button', { name: 'Cornflower badge' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Quote banner' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Quote banner' }));
    expect(onEdit).toHaveBeenCalledWith({ type: 'overlayToggled', kind: 'banner', on: true });
    fireEvent.click(screen.getByRole('radio', { name: 'Bottom left' }));
    expect(onEdit).toHaveBeenCalledWith({ type: 'badgeSnapped', corner: 'bottomLeft' });
  });

  it('sets the banner position, quote and own text', async () => {
    const onEdit = await renderPanel(initialScene({ overlays: ['banner'] }));
    fireEvent.click(screen.getByRole('radio', { name: 'Top' }));
    expect(onEdit).toHaveBeenCalledWith({ type: 'bannerChanged', changes: { position: 'top' } });
    fireEvent.change(screen.getByLabelText('Quote'), { target: { value: 'custom' } });
    expect(onEdit).toHaveBeenCalledWith({ type: 'bannerChanged', changes: { quote: null } });
    cleanup();

    const custom = await renderPanel({
      photo: null,
      overlays: [{ kind: 'banner', position: 'bottom', quote: null, customText: '' }],
    });
    fireEvent.change(screen.getByLabelText('Your text'), { target: { value: 'Жыве Беларусь!' } });
    expect(custom).toHaveBeenCalledWith(
      { type: 'bannerChanged', changes: { customText: 'Жыве Беларусь!' } },
      expect.stringMatching(/^text/),
    );
  });
});
