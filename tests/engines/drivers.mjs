// One small interface over the two ways other engines are driven here (see ../../../shared/STACK-NOTES.md):
// Firefox ESR through puppeteer-core over WebDriver BiDi, WebKitGTK's MiniBrowser through
// selenium-webdriver against WebKitWebDriver on an Xvfb display this module starts itself.
// Chromium goes through puppeteer-core too, for the timing ratios in bench.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { crop, decodePng, encodePng } from './pixels.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * @typedef {object} EnginePage
 * @property {<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]) => Promise<T>} evaluate
 *   runs `fn` in the page (its source is sent, so it must not close over anything) and awaits it
 * @property {(selector: string, path: string) => Promise<void>} upload sets a file input
 * @property {(selector: string) => Promise<void>} click a real (driver) click
 * @property {(selector: string) => Promise<Buffer>} screenshotElement PNG of the element's box
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} close
 *
 * @typedef {object} Engine
 * @property {string} name
 * @property {string} version
 * @property {() => Promise<EnginePage>} newPage
 * @property {() => Promise<void>} close
 */

/**
 * Resolves once `condition()` is truthy, polling; never a fixed sleep. The error says what was awaited.
 * @template T
 * @param {() => Promise<T> | T} condition
 * @param {{ timeout?: number, what: string, interval?: number }} options
 * @returns {Promise<T>}
 */
export async function waitFor(condition, { timeout = 60_000, what, interval = 50 }) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** What is missing to run `engine`, or '' when everything is installed. */
export function missingFor(engine) {
  const needed =
    engine === 'firefox'
      ? [FIREFOX]
      : engine === 'webkit'
        ? [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/Xvfb']
        : [];
  return needed.filter((path) => !existsSync(path)).join(', ');
}

/** Every process this module started: none may outlive the suite, even when it is interrupted. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a child we started, and waits until it is gone. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}

/**
 * Xvfb on a display it picks itself (-displayfd: no guessing, no clash with another suite's).
 * @returns {Promise<{ display: string, close: () => Promise<void> }>}
 */
export async function startXvfb() {
  const child = track(
    spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const number = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 30 s: ${stderr}`)), 30_000);
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${stderr}`));
    });
  });
  return { display: `:${number}`, close: () => stop(child) };
}

/** @returns {Promise<Engine>} */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 120_000,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No first-run pages, updates or telemetry reaching for the network.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  return puppeteerEngine('firefox', browser);
}

/** @returns {Promise<Engine>} */
export async function launchChromium(executablePath) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath,
    headless: true,
    protocolTimeout: 120_000,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  return puppeteerEngine('chromium', browser);
}

function puppeteerEngine(name, browser) {
  return {
    name,
    version: '',
    async newPage() {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      return {
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        async upload(selector, path) {
          const input = await page.waitForSelector(selector, { timeout: 30_000 });
          await /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (input).uploadFile(
            path,
          );
        },
        async click(selector) {
          await (await page.waitForSelector(selector, { timeout: 30_000 })).click();
        },
        async screenshotElement(selector) {
          const element = await page.waitForSelector(selector, { timeout: 30_000 });
          return Buffer.from(await element.screenshot({ type: 'png' }));
        },
        async goto(url) {
          await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        },
        close: () => page.close(),
      };
    },
    async init() {
      this.version = await browser.version();
    },
    close: () => browser.close(),
  };
}

/**
 * MiniBrowser under WebKitWebDriver, on an Xvfb display of its own (without a display MiniBrowser
 * exits and the session hangs). One session is one window: pages are opened one after another in it.
 * @returns {Promise<Engine>}
 */
export async function launchWebKit() {
  const { Builder, By } = await import('selenium-webdriver');
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = track(
    spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  let driverLog = '';
  driverProcess.stderr.on('data', (chunk) => (driverLog = (driverLog + chunk).slice(-4000)));
  const server = `http://127.0.0.1:${port}`;
  let driver;
  try {
    await waitFor(async () => (await fetch(`${server}/status`)).ok, {
      timeout: 30_000,
      what: `WebKitWebDriver on port ${port}`,
    });
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000, implicit: 0 });
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch (error) {
    await stop(driverProcess);
    await xvfb.close();
    throw new Error(`WebKit did not start: ${error.message}\n${driverLog}`);
  }
  const find = (selector) =>
    waitFor(
      async () => {
        const [element] = await driver.findElements(By.css(selector));
        return element;
      },
      { timeout: 30_000, what: `element ${selector}` },
    );
  let open = false;
  return {
    name: 'webkit',
    version: '',
    async init() {
      const capabilities = await driver.getCapabilities();
      this.version = `${capabilities.get('browserName')} ${capabilities.get('browserVersion')}`;
    },
    async newPage() {
      if (open) throw new Error('WebKit: one page at a time (close the previous one first)');
      open = true;
      return {
        evaluate: (fn, ...args) =>
          // W3C Execute Script awaits a returned promise.
          driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args),
        async upload(selector, path) {
          await (await find(selector)).sendKeys(path);
        },
        async click(selector) {
          await (await find(selector)).click();
        },
        async screenshotElement(selector) {
          // WebKitGTK's element screenshot comes back all black under Xvfb; its viewport screenshot
          // is right, so crop that to the element's box.
          await find(selector);
          const box = await driver.executeScript(
            `const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return { x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio };`,
            selector,
          );
          const page = decodePng(Buffer.from(await driver.takeScreenshot(), 'base64'));
          return encodePng(crop(page, box));
        },
        goto: (url) => driver.get(url),
        async close() {
          open = false;
          await driver.get('about:blank');
        },
      };
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        await stop(driverProcess);
        await xvfb.close();
      }
    },
  };
}
