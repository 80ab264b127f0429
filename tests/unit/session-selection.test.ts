import { describe, expect, it } from 'vitest';
import { createEditorSession } from '../../src/session/editorSession';
import type { PhotoPipeline } from '../../src/session/photoImport';

// Selection needs no photo import: the badge is selectable from the start.
const session = () =>
  createEditorSession(
    { overlays: ['badge'] },
    { pipeline: {} as PhotoPipeline, render: () => Promise.reject(new Error('not here')) },
  );

describe('the session’s selection', () => {
  it('starts empty, and selects and deselects by name', () => {
    const s = session();
    expect(s.getSnapshot().selection).toBeNull();
    s.select('badge');
    expect(s.getSnapshot().selection).toBe('badge');
    s.deselect();
    expect(s.getSnapshot().selection).toBeNull();
  });

  it('refuses what the scene does not have', () => {
    const s = session();
    s.select('banner');
    expect(s.getSnapshot().selection).toBeNull();
    s.select('photo'); // no photo yet
    expect(s.getSnapshot().selection).toBeNull();
  });

  it('tells its listeners, and only when it changes', () => {
    const s = session();
    let calls = 0;
    s.subscribe(() => calls++);
    s.select('badge');
    s.select('badge');
    s.deselect();
    s.deselect();
    expect(calls).toBe(2);
  });

  it('never outlives what it selects: switched off, undone, started over', () => {
    const s = session();
    s.select('badge');
    s.edit({ type: 'overlayToggled', kind: 'badge', on: false });
    expect(s.getSnapshot().selection).toBeNull();
    s.undo(); // the badge is back, unselected
    expect(s.getSnapshot().selection).toBeNull();

    s.edit({ type: 'overlayToggled', kind: 'banner', on: true });
    s.select('banner');
    s.undo(); // the banner was never there
    expect(s.getSnapshot().selection).toBeNull();

    s.select('badge');
    s.startOver();
    expect(s.getSnapshot().selection).toBeNull();
  });

  it('survives an edit of what it selects', () => {
    const s = session();
    s.select('badge');
    s.edit({ type: 'badgeChanged', x: 0.3 });
    expect(s.getSnapshot().selection).toBe('badge');
  });
});
