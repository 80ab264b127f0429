import { describe, expect, it } from 'vitest';
import { initialScene } from '../../src/scene/defaults';
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  createHistory,
  historyReducer,
  type HistoryAction,
} from '../../src/scene/history';

const run = (...actions: HistoryAction[]) => actions.reduce(historyReducer, createHistory(initialScene()));
const toggle = (on: boolean): HistoryAction => ({
  type: 'edit',
  action: { type: 'overlayToggled', kind: 'frame', on },
});

describe('history', () => {
  it('undoes and redoes edits', () => {
    let h = run(toggle(true));
    expect(h.present.overlays).toHaveLength(2);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present).toEqual(initialScene());
    expect(canRedo(h)).toBe(true);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present.overlays).toHaveLength(2);
    expect(canRedo(h)).toBe(false);
  });

  it('drops the redo branch after a new edit', () => {
    const h = run(
      toggle(true),
      { type: 'undo' },
      { type: 'edit', action: { type: 'overlayToggled', kind: 'banner', on: true } },
    );
    expect(canRedo(h)).toBe(false);
  });

  it('records no step for an edit that changes nothing', () => {
    const h = run(toggle(false), { type: 'edit', action: { type: 'badgeChanged', x: undefined } });
    expect(canUndo(h)).toBe(false);
  });

  it('merges a continuous gesture into one step', () => {
    const size = (s: number): HistoryAction => ({
      type: 'edit',
      action: { type: 'badgeChanged', size: s },
      mergeKey: 'size:1',
    });
    const h = run(size(0.2), size(0.25), size(0.4));
    expect(h.past).toHaveLength(1);
    expect(historyReducer(h, { type: 'undo' }).present).toEqual(initialScene());
  });

  it('restart leaves nothing to undo', () => {
    const h = run(toggle(true), { type: 'restart', scene: initialScene() });
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
  });

  it('keeps a bounded past', () => {
    const actions: HistoryAction[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) actions.push(toggle(i % 2 === 0));
    expect(run(...actions).past).toHaveLength(HISTORY_LIMIT);
  });
});
