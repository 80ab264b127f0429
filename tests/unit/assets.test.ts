import { describe, expect, it, vi } from 'vitest';
import { createAssetStore, type AssetImage } from '../../src/state/assets';

const bitmap = () =>
  ({ width: 10, height: 10, close: vi.fn() }) as unknown as ImageBitmap & { close: ReturnType<typeof vi.fn> };
const canvas = () => ({ width: 10, height: 10 }) as unknown as HTMLCanvasElement;

describe('asset store', () => {
  it('closes what it replaces, so old photos do not pile up', () => {
    const store = createAssetStore();
    const preview = canvas();
    const sharp = bitmap();
    store.set('p1', preview);
    store.set('p1', sharp);
    expect(store.get('p1')).toBe(sharp);
    expect([preview.width, preview.height]).toEqual([0, 0]); // a canvas frees its pixels at size 0
    const next = bitmap();
    store.set('p2', next);
    store.clear('p2');
    expect(sharp.close).toHaveBeenCalledOnce();
    expect(store.get('p1')).toBeUndefined();
    expect(store.get('p2')).toBe(next);
    store.clear();
    expect(next.close).toHaveBeenCalledOnce();
  });

  it('tells subscribers about every change', () => {
    const store = createAssetStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const version = store.version();
    store.set('a', bitmap() as AssetImage);
    store.delete('a');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.version()).toBe(version + 2);
    unsubscribe();
    store.clear();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
