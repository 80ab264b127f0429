// A partner's page on another loopback origin (127.0.0.2) than the app's, for the embed check:
// the snippet partners copy, and a log of the DOM events embed.js raises.
import { createServer } from 'node:http';

const page = (appOrigin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script>
  window.partnerLog = [];
  for (const name of ['cornflower:ready', 'cornflower:error', 'cornflower:image'])
    document.addEventListener(name, (event) => window.partnerLog.push({ type: name, detail: JSON.stringify(event.detail) }));
</script></head>
<body style="margin:0"><div data-cornflower data-lang="en" data-partner="Engine test"></div>
<script src="${appOrigin}/embed.js"></script></body></html>`;

/** @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function servePartner(appOrigin) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page(appOrigin));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.2', () => resolve(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.2:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** In the partner's page: what embed.js has reported, and the iframe's height. */
export function partnerState() {
  const iframe = document.querySelector('iframe');
  return {
    log: /** @type {any} */ (window).partnerLog,
    frameHeight: iframe ? Math.round(iframe.getBoundingClientRect().height) : 0,
    sandbox: iframe ? iframe.getAttribute('sandbox') : null,
  };
}

/** In the partner's page: asks the editor for the picture (there is none yet). */
export function requestImage() {
  /** @type {any} */ (document.querySelector('[data-cornflower]')).requestImage();
  return true;
}
