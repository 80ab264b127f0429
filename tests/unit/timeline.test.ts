import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportedPhoto } from '../../src/image/importPhoto';
import type { Inspection } from '../../src/image/inspectFile';
import { createPhotoImport, type ImportTarget } from '../../src/session/photoImport';
import { clearTimeline, TIMELINE_ENTRIES } from '../../src/session/timeline';

const src = join(import.meta.dirname, '../../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

const ours = () =>
  performance
    .getEntries()
    .filter((e) => e.name.startsWith('cornflower:'))
    .map((e) => e.name);

afterEach(() => clearTimeline());

describe('the performance timeline holds one photo at most', () => {
  it('knows every mark and measure the app sets (an unlisted one would pile up per person)', () => {
    const used = new Set<string>();
    for (const file of sources(src))
      for (const match of readFileSync(file, 'utf8').matchAll(
        /performance\.(?:mark|measure)\(\s*['"`]([^'"`]+)['"`]/g,
      ))
        used.add(match[1]!);
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !(TIMELINE_ENTRIES as readonly string[]).includes(name))).toEqual([]);
  });

  it('clears marks and measures of every listed name, and nobody else’s', () => {
    for (const name of TIMELINE_ENTRIES) performance.mark(name);
    performance.measure('cornflower:export', { start: 0 });
    performance.mark('someone-else');
    clearTimeline();
    expect(ours()).toEqual([]);
    expect(performance.getEntriesByName('someone-else')).toHaveLength(1);
    performance.clearMarks('someone-else');
  });

  it('a new photo clears the last photo’s entries; a start over (cancel) clears them too', async () => {
    const target: ImportTarget = {
      show: () => {},
      sharpen: () => {},
      withdraw: () => {},
      status: () => {},
      refused: () => {},
    };
    const bitmap = { width: 40, height: 30, close: () => {} } as unknown as ImageBitmap;
    const photoImport = createPhotoImport(
      {
        inspect: async () => ({ format: 'jpeg', header: { width: 40, height: 30 } }) as unknown as Inspection,
        quickPreview: async () => null,
        importPhoto: async () => ({ bitmap, width: 40, height: 30 }) as unknown as ImportedPhoto,
      },
      target,
    );
    for (let person = 0; person < 3; person++) {
      await photoImport.load(new Blob(['photo']));
      performance.mark('cornflower:paint');
      performance.measure('cornflower:export', { start: 0 });
    }
    // Only the last photo's: its 'inspected' mark, one paint and one export.
    expect(ours().sort()).toEqual(['cornflower:export', 'cornflower:inspected', 'cornflower:paint']);
    photoImport.cancel();
    expect(ours()).toEqual([]);
  });
});
