#!/usr/bin/env node
// `npm run test:engines`: an end-to-end smoke run of the built app in Firefox ESR and WebKitGTK
// (Safari's engine), the engines Playwright cannot drive here. For each engine, one browser and
// pages in it: the app opens in two languages, loads the 12 MP JPEG, the HEIC and the EXIF-6
// portrait through the file input, exports each, and the exported PNG is checked pixel by pixel;
// the header's language picker is screenshotted and its text must stand out from its background.
//
//   ENGINES=firefox,webkit (default) | webkit | firefox,webkit,chromium
//   ENGINES_PORT=4417      the suite's own static server
//   ENGINES_REUSE_DIST=1   serve ./dist as it is instead of building a fresh copy
//   ENGINES_DIST=path      serve another build
//
// Screenshots of the picker land in screenshots/engines/ (gitignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath } from '../support/chrome-path.mjs';
import { launchChromium, launchFirefox, launchWebKit, missingFor, waitFor } from './drivers.mjs';
import * as inPage from './inPage.mjs';
import { blueShare, decodePng, legibility, meanDifference, rotateQuarter } from './pixels.mjs';
import { serveStatic } from './server.mjs';
import { partnerState, requestImage, servePartner } from './partner.mjs';
import { build, expect, fixtures, loadPhoto, openApp, root, selectors } from './app.mjs';

const shots = join(root, 'screenshots/engines');
const PORT = Number(process.env.ENGINES_PORT ?? 4417);
const ENGINES = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((name) => name.trim());
const EXPORT_SIZE = 1080;
/** The default badge sits in the bottom-right corner: photo comparisons look elsewhere. */
const awayFromBadge = (x, y) => x > 0.62 && y > 0.62;

/** @type {{ engine: string, check: string, ok: boolean, ms: number, note: string }[]} */
const results = [];

async function check(engine, name, body) {
  const started = Date.now();
  try {
    const note = (await body()) ?? '';
    results.push({ engine, check: name, ok: true, ms: Date.now() - started, note });
    console.log(`  ok    ${engine} › ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    results.push({ engine, check: name, ok: false, ms: Date.now() - started, note: error.message });
    console.log(
      `  FAIL  ${engine} › ${name}\n        ${String(error.message).split('\n').join('\n        ')}`,
    );
  }
}

/** Clicks Download and decodes the PNG the app handed to the link. */
async function exportPng(page) {
  const index = await page.evaluate(inPage.downloadCount);
  // The side panels follow the photo a render later (useDeferredValue): a click on a still
  // disabled button would be lost.
  await waitFor(
    () => page.evaluate((selector) => !document.querySelector(selector)?.disabled, selectors.download),
    {
      timeout: 30_000,
      what: 'Download to be enabled',
    },
  );
  await page.click(selectors.download);
  const file = await waitFor(() => page.evaluate(inPage.caughtDownload, index), {
    timeout: 60_000,
    what: 'the exported file',
  });
  expect(file.name === 'cornflower-userpic.png', `file name ${file.name}`);
  expect(file.type === 'image/png', `type ${file.type}`);
  const png = decodePng(Buffer.from(file.base64, 'base64'));
  expect(
    png.width === EXPORT_SIZE && png.height === EXPORT_SIZE,
    `exported ${png.width}×${png.height}, not ${EXPORT_SIZE}×${EXPORT_SIZE}`,
  );
  return png;
}

async function reference(page, origin, name) {
  const dataUrl = await page.evaluate(inPage.referenceCover, `${origin}/__fixtures/${name}`, 216);
  return decodePng(Buffer.from(dataUrl.split(',')[1], 'base64'));
}

/** The export shows `referenceName`'s photo covering the square, and the badge. */
function expectPhoto(png, ref, label) {
  const difference = meanDifference(png, ref, awayFromBadge);
  const flat = { width: 1, height: 1, data: new Uint8Array([...meanOf(ref), 255]) };
  const structure = meanDifference(ref, flat, awayFromBadge);
  expect(
    difference < 8 && difference < structure / 3,
    `${label}: differs from the photo by ${difference.toFixed(1)} (photo's own structure ${structure.toFixed(1)})`,
  );
  const blue = blueShare(png, 0.7, 0.7, 0.98, 0.98);
  expect(blue > 0.15, `${label}: no badge in the corner (blue share ${blue.toFixed(2)})`);
  return difference;
}

function meanOf(picture) {
  const sum = [0, 0, 0];
  for (let i = 0; i < picture.data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += picture.data[i + c];
  return sum.map((s) => Math.round(s / (picture.data.length / 4)));
}

const timing = (progress) => {
  const first = progress.paints[0];
  const last = progress.paints.at(-1);
  return `first paint ${Math.round(first.at)} ms at ${first.width} px, sharp ${Math.round(last.at)} ms at ${last.width} px`;
};

async function pickerLegible(engine, page, language) {
  const shot = await page.screenshotElement(selectors.picker);
  mkdirSync(shots, { recursive: true });
  writeFileSync(join(shots, `${engine}-${language}-picker.png`), shot);
  const facts = await page.evaluate(inPage.pageFacts);
  const seen = legibility(decodePng(shot));
  expect(
    seen.contrast >= 4.5 && seen.inkShare >= 0.02,
    `picker text ${seen.text} on ${seen.background}: contrast ${seen.contrast.toFixed(2)}, ` +
      `${(seen.inkShare * 100).toFixed(1)} % ink (CSS: ${facts.colour} on ${facts.background})`,
  );
  return `contrast ${seen.contrast.toFixed(1)}:1, text rgb(${seen.text}) on rgb(${seen.background})`;
}

async function runEngine(engine, origin, partnerOrigin) {
  const started = Date.now();
  const missing = missingFor(engine);
  if (missing) {
    await check(engine, 'browser installed', () => {
      throw new Error(`missing ${missing} (.ci/run installs firefox-esr, webkit2gtk-driver, xvfb)`);
    });
    return;
  }
  let browser;
  await check(engine, 'starts', async () => {
    browser =
      engine === 'firefox'
        ? await launchFirefox()
        : engine === 'webkit'
          ? await launchWebKit()
          : await launchChromium(chromePath());
    await browser.init();
    return browser.version;
  });
  if (!browser) return;
  try {
    // English: the three photos, each exported and checked.
    const page = await browser.newPage();
    try {
      await check(engine, 'opens in English', async () => {
        await openApp(page, origin, '?lang=en');
        const facts = await page.evaluate(inPage.pageFacts);
        expect(facts.lang === 'en' && facts.picker === 'en', `lang ${facts.lang}, picker ${facts.picker}`);
      });
      await check(engine, 'language picker legible (en)', () => pickerLegible(engine, page, 'en'));
      const photoRef = await reference(page, origin, 'photo-12mp.jpg').catch(() => null);
      for (const name of ['photo-12mp.jpg', 'photo-12mp.heic']) {
        await check(engine, `${name} loads and exports`, async () => {
          expect(photoRef, 'no reference decode of the JPEG');
          const progress = await loadPhoto(page, name);
          const png = await exportPng(page);
          const difference = expectPhoto(png, photoRef, name);
          return `${timing(progress)}; Δ ${difference.toFixed(1)}`;
        });
      }
      await check(engine, 'EXIF-6 portrait exports upright', () => uprightPortrait(page, origin));
    } finally {
      await page.close();
    }

    // A second language, from the URL: Georgian script, its own font, the picker still legible.
    const georgian = await browser.newPage();
    try {
      await check(engine, 'opens in Georgian', async () => {
        await openApp(georgian, origin, '?lang=ka');
        const facts = await waitFor(
          async () => {
            const seen = await georgian.evaluate(inPage.pageFacts);
            return /[\u10a0-\u10ff]/.test(seen.heading) && seen;
          },
          { timeout: 30_000, what: 'the Georgian heading' },
        );
        expect(facts.lang === 'ka' && facts.picker === 'ka', `lang ${facts.lang}, picker ${facts.picker}`);
        return facts.heading;
      });
      await check(engine, 'language picker legible (ka)', () => pickerLegible(engine, georgian, 'ka'));
      await check(engine, 'EXIF-6 portrait exports upright (ka)', () => uprightPortrait(georgian, origin));
    } finally {
      await georgian.close();
    }
  } finally {
    await check(engine, 'embed script on a partner page (127.0.0.2)', () => embedded(browser, partnerOrigin));
    await browser.close().catch((error) => console.log(`  (closing ${engine}: ${error.message})`));
    console.log(`  ${engine}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/**
 * embed.js on another origin: the iframe arrives with its sandbox, `ready` and `resize` reach the
 * partner and the iframe takes the content's height, and a `request-image` from the partner is
 * heard and answered (`noPicture`: there is no photo yet), so both directions pass the origin checks.
 */
async function embedded(browser, partnerOrigin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${partnerOrigin}/`);
    const ready = await waitFor(
      async () => {
        const state = await page.evaluate(partnerState);
        return state.log.some((e) => e.type === 'cornflower:ready') && state.frameHeight !== 640 && state;
      },
      { timeout: 30_000, what: 'ready, and the iframe resized to its content' },
    );
    expect(
      ready.sandbox === 'allow-scripts allow-same-origin allow-downloads allow-forms',
      `sandbox ${ready.sandbox}`,
    );
    await page.evaluate(requestImage);
    const answered = await waitFor(
      async () => (await page.evaluate(partnerState)).log.find((e) => e.type === 'cornflower:error'),
      { timeout: 15_000, what: 'the answer to request-image' },
    );
    expect(answered.detail === '{"code":"noPicture"}', `answer ${answered.detail}`);
    return `iframe ${ready.frameHeight} px tall, request-image answered ${answered.detail}`;
  } finally {
    await page.close();
  }
}

/** The EXIF-6 file holds the portrait turned a quarter: the export must match the plain portrait. */
async function uprightPortrait(page, origin) {
  const upright = await reference(page, origin, 'portrait.jpg');
  const progress = await loadPhoto(page, 'portrait-exif-orientation-6.jpg');
  const png = await exportPng(page);
  const difference = expectPhoto(png, upright, 'EXIF-6 portrait');
  const quarter = rotateQuarter(upright);
  const turned = Math.min(
    meanDifference(png, quarter, awayFromBadge),
    meanDifference(png, rotateQuarter(rotateQuarter(quarter)), awayFromBadge),
  );
  expect(
    difference * 2 < turned,
    `not clearly upright: Δ ${difference.toFixed(1)} to upright, ${turned.toFixed(1)} to a quarter turn`,
  );
  return `${timing(progress)}; Δ ${difference.toFixed(1)} upright vs ${turned.toFixed(1)} turned`;
}

async function main() {
  const started = Date.now();
  const dist = build();
  const server = await serveStatic(dist, PORT, { '/__fixtures/': fixtures });
  const partner = await servePartner(server.origin);
  console.log(`engines: ${ENGINES.join(', ')} against ${server.origin} (${dist})`);
  try {
    // One engine after the other: on two cores, two browsers at once only slow each other down.
    for (const engine of ENGINES) await runEngine(engine, server.origin, partner.origin);
  } finally {
    await server.close();
    await partner.close();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\nengines: ${results.length - failed.length} passed, ${failed.length} failed ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const r of failed) console.log(`  FAILED ${r.engine} › ${r.check}: ${r.note.split('\n')[0]}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
