// Renders the install icons (src/pwa/appIcons.ts, drawn from our cornflower artwork) to the PNGs in
// public/icons/ that the web app manifest lists: `npm run icons` after the artwork changes.
// tests/unit/app-icons.test.ts goes red until then: each PNG carries the SHA-256 of the SVG it was
// rendered from in a tEXt chunk. Chromium renders them (the browser the tests drive anyway), so the
// build itself needs no image tool.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright';
import { runnerImport } from 'vite';
import { chromeArgs, chromePath } from '../tests/support/chrome-path.mjs';

export const SOURCE_KEYWORD = 'cornflower-svg-sha256';

const root = join(import.meta.dirname, '..');
const { module } = await runnerImport(join(root, 'src/pwa/appIcons.ts'), { configFile: false });

/** The PNG with a tEXt chunk `keyword`=`text` right after its IHDR. */
function withText(png, keyword, text) {
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const afterIhdr = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterIhdr), chunk, png.subarray(afterIhdr)]);
}

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of module.appIcons) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${icon.svg}`,
    );
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    const hash = createHash('sha256').update(icon.svg).digest('hex');
    const file = join(root, 'public', icon.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, withText(png, SOURCE_KEYWORD, hash));
    console.log(`${icon.file}: ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
