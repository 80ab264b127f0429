// Partner pages for the embed tests, served from other loopback origins than the app's
// (127.0.0.2 the partner, 127.0.0.3 a stranger), so that every origin check is a real one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Records every message the page receives, and anything in it that could carry the picture: a
 * Blob, an ArrayBuffer or typed array, or a string that is a data: or blob: URL.
 */
const RECORDER = `
<script>
  window.received = [];
  window.images = [];
  window.errors = [];
  function hazards(value, found, depth) {
    if (depth > 6 || value === null || value === undefined) return found;
    if (value instanceof Blob) found.push('Blob');
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) found.push('ArrayBuffer');
    else if (typeof value === 'string' && /^(data|blob):/i.test(value.trim())) found.push('url');
    else if (typeof value === 'object') for (const key of Object.keys(value)) hazards(value[key], found, depth + 1);
    return found;
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    window.received.push({
      origin: event.origin,
      type: data && typeof data === 'object' ? data.type : typeof data,
      height: data && data.height,
      hazards: hazards(data, [], 0),
    });
  });
  document.addEventListener('cornflower:image', (event) => {
    const d = event.detail;
    d.blob.arrayBuffer().then((buffer) => {
      window.images.push({ size: d.blob.size, type: d.blob.type, mimeType: d.mimeType, width: d.width,
        height: d.height, fileName: d.fileName, head: Array.from(new Uint8Array(buffer.slice(0, 8))) });
    });
  });
  document.addEventListener('cornflower:error', (event) => window.errors.push(event.detail.code));
</script>`;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">${RECORDER}</head>
  <body style="margin:0;font-family:sans-serif"><h1 style="font-size:16px;margin:8px">A partner's page</h1>${body}</body></html>`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function render(url: URL, appOrigin: string): string {
  if (url.pathname === '/embed') {
    // `/embed?lang=pl&partner=…`: the snippet partners copy, each parameter as a data- attribute.
    const attributes = [...url.searchParams]
      .map(([name, value]) => ` data-${escape(name)}="${escape(value)}"`)
      .join('');
    return page(
      `<div data-cornflower${attributes}></div><script src="${appOrigin}/embed.js" async></script>`,
    );
  }
  // `/frame?src=…&sandbox=…`: an iframe written by hand, as a careless or hostile page might.
  const src = url.searchParams.get('src') ?? '/';
  const sandbox = url.searchParams.get('sandbox');
  return page(
    `<iframe src="${escape(appOrigin + src)}" style="width:100%;height:900px;border:0"
      ${sandbox === null ? '' : `sandbox="${escape(sandbox)}"`} allow="camera; web-share"></iframe>`,
  );
}

export interface PartnerSite {
  readonly origin: string;
  close(): Promise<void>;
}

export async function servePartner(host: string, appOrigin: string): Promise<PartnerSite> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(render(url, appOrigin));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
