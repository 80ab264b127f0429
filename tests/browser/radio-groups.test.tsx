// The design panel's single choices (the badge's corner, the banner's place) as ARIA radio groups,
// driven by real key presses in Chromium: one Tab stop each, arrow keys move and choose.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupI18n } from '../../src/i18n/i18n';
import { sceneReducer, type SceneAction } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import type { Scene } from '../../src/scene/types';
import { DesignPanel } from '../../src/ui/DesignPanel';

/** The panel over a live scene: each action it sends is applied, as the session would. */
async function renderPanel(start: Scene) {
  const i18n = await setupI18n('en');
  const onEdit = vi.fn<(action: SceneAction) => void>();
  function Live() {
    const [scene, setScene] = useState(start);
    return (
      <DesignPanel
        scene={scene}
        onEdit={(action) => {
          onEdit(action);
          setScene((s) => sceneReducer(s, action));
        }}
      />
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <Live />
    </I18nextProvider>,
  );
  return onEdit;
}

const focused = () => document.activeElement;
const radios = (group: string) =>
  screen
    .getAllByRole('radio')
    .filter((r) => r.closest('[role="radiogroup"]') === screen.getByRole('radiogroup', { name: group }));
const checkedIn = (group: string) =>
  radios(group)
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.getAttribute('aria-label') ?? r.textContent);
const tabStopsIn = (group: string) =>
  radios(group)
    .filter((r) => r.tabIndex === 0)
    .map((r) => r.getAttribute('aria-label') ?? r.textContent);
const press = (keys: string) => act(() => userEvent.keyboard(keys));
const tab = (shift = false) => act(() => userEvent.tab({ shift }));

describe('radio groups in the design panel', () => {
  afterEach(() => cleanup());

  it('the badge corner: one Tab stop, the chosen corner; arrows move, choose and wrap', async () => {
    const onEdit = await renderPanel(initialScene({ overlays: ['badge', 'banner'] }));
    const group = 'Place the badge';
    expect(radios(group).map((r) => r.getAttribute('aria-label'))).toEqual([
      'Top left',
      'Top right',
      'Bottom left',
      'Bottom right',
    ]);
    // The banner sits at the bottom, so the badge starts top right.
    expect(checkedIn(group)).toEqual(['Top right']);
    expect(tabStopsIn(group)).toEqual(['Top right']);

    screen.getByRole('button', { name: 'Quote banner' }).focus();
    await tab();
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top right' }));
    // One stop for the whole group: the next Tab leaves it.
    await tab();
    expect(focused()).toBe(screen.getByRole('slider', { name: 'Badge size' }));
    await tab(true);
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top right' }));

    await press('{ArrowRight}');
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Bottom left' }));
    expect(onEdit).toHaveBeenLastCalledWith({ type: 'badgeSnapped', corner: 'bottomLeft' });
    expect(checkedIn(group)).toEqual(['Bottom left']);
    expect(tabStopsIn(group)).toEqual(['Bottom left']);

    await press('{ArrowDown}');
    expect(checkedIn(group)).toEqual(['Bottom right']);
    await press('{ArrowRight}');
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top left' }));
    expect(checkedIn(group)).toEqual(['Top left']);
    await press('{ArrowUp}');
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Bottom right' }));
    await press('{ArrowLeft}');
    expect(checkedIn(group)).toEqual(['Bottom left']);
    expect(onEdit).toHaveBeenLastCalledWith({ type: 'badgeSnapped', corner: 'bottomLeft' });

    // Leaving and coming back lands on the corner chosen last.
    await tab();
    await tab(true);
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Bottom left' }));
    expect(tabStopsIn(group)).toEqual(['Bottom left']);
  });

  it('a badge away from every corner: none is checked, the first is the Tab stop, Space chooses', async () => {
    const onEdit = await renderPanel({
      photo: null,
      overlays: [{ kind: 'badge', x: 0.5, y: 0.45, size: 0.3, rotation: 0 }],
    });
    const group = 'Place the badge';
    expect(checkedIn(group)).toEqual([]);
    expect(tabStopsIn(group)).toEqual(['Top left']);
    screen.getByRole('button', { name: 'Quote banner' }).focus();
    await tab();
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top left' }));
    await press(' ');
    expect(onEdit).toHaveBeenLastCalledWith({ type: 'badgeSnapped', corner: 'topLeft' });
    expect(checkedIn(group)).toEqual(['Top left']);
  });

  it('the banner position: one Tab stop, arrows switch between top and bottom', async () => {
    const onEdit = await renderPanel(initialScene({ overlays: ['banner'] }));
    const group = 'Banner position';
    expect(checkedIn(group)).toEqual(['Bottom']);
    expect(tabStopsIn(group)).toEqual(['Bottom']);

    screen.getByRole('button', { name: 'Quote banner' }).focus();
    await tab();
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Bottom' }));
    await tab();
    expect(focused()).toBe(screen.getByRole('combobox', { name: 'Quote' }));
    await tab(true);
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Bottom' }));

    await press('{ArrowLeft}');
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top' }));
    expect(onEdit).toHaveBeenLastCalledWith({ type: 'bannerChanged', changes: { position: 'top' } });
    expect(checkedIn(group)).toEqual(['Top']);
    expect(tabStopsIn(group)).toEqual(['Top']);
    await press('{ArrowDown}');
    expect(checkedIn(group)).toEqual(['Bottom']);
    await press('{ArrowDown}');
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Top' }));
    expect(checkedIn(group)).toEqual(['Top']);
  });
});
