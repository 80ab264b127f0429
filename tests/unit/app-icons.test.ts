import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLOUR, appIcons } from '../../src/pwa/appIcons';

const root = join(import.meta.dirname, '../..');
const publicFile = (path: string) => join(root, 'public', path);

/** Width, height and tEXt entries of a PNG. */
function readPng(bytes: Buffer) {
  const text = new Map<string, string>();
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'tEXt') {
      const data = bytes.toString('latin1', offset + 8, offset + 8 + length);
      const nul = data.indexOf('\0');
      text.set(data.slice(0, nul), data.slice(nul + 1));
    }
    offset += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text };
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
const manifest = JSON.parse(readFileSync(publicFile('manifest.webmanifest'), 'utf8')) as {
  name: string;
  short_name: string;
  display: string;
  theme_color: string;
  start_url: string;
  icons: ManifestIcon[];
};
const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');

describe('install icons', () => {
  for (const icon of appIcons) {
    it(`public/${icon.file} is rendered from the current artwork at ${icon.size} px`, () => {
      const png = readPng(readFileSync(publicFile(icon.file)));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
      const hash = createHash('sha256').update(icon.svg).digest('hex');
      // Red after an artwork change: `npm run icons` renders them again.
      expect(png.text.get('cornflower-svg-sha256'), 'run `npm run icons`').toBe(hash);
    });
  }
});

describe('web app manifest', () => {
  it('names the app, opens standalone in the theme colour', () => {
    expect(manifest.name).toMatch(/Cornflower/);
    expect(manifest.short_name).toBe('Cornflower');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.theme_color).toBe(THEME_COLOUR);
    expect(indexHtml).toContain(`<meta name="theme-color" content="${THEME_COLOUR}" />`);
  });

  it('lists our icons at 192 and 512 px and a maskable one, each at its real size', () => {
    const listed = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
    expect(listed).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const png = readPng(readFileSync(publicFile(icon.src.replace(/^\//, ''))));
      expect(icon.type).toBe('image/png');
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
      expect(appIcons.map((a) => `/${a.file}`)).toContain(icon.src);
    }
  });

  it('is linked from index.html, and the page CSP lets the manifest and the service worker load', () => {
    expect(indexHtml).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1) ?? [];
    expect(directive('manifest-src')).toContain("'self'");
    expect(directive('worker-src')).toContain("'self'");
  });
});
