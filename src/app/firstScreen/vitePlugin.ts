// Build time (Node): puts the standard page's first screen into index.html, so it paints and works
// before any script is in (README: Start-up on a slow phone and a slow network). It adds
//   - the screen's markup (./markup.ts) in #root, in English, with every language's words
//     (./words.ts, from locales/*.json) as a JSON data block, and ./early.ts inlined after it, its
//     sha256 added to the Content-Security-Policy's script-src (no 'unsafe-inline');
//   - the page's stylesheets inline: a stylesheet the first paint waits for is one more round trip
//     (0.4 s on the slow network), and its bytes would share the line with the JavaScript's;
//   - the module scripts and their preloads at the end of the body, so the HTML's own bytes come
//     first and the JavaScript (~120 KB) follows, instead of sharing the line from the first byte.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages.ts';
import { firstScreenMarkup } from './markup.ts';
import { firstScreenWords, type FirstScreenWords, type LocaleTree } from './words.ts';

// Its imports name their files: Vite loads its config and what that imports with Node's own loader.
const here = import.meta.dirname;

/** ./early.ts as one minified classic script (an IIFE), bundled with the few modules it imports. */
async function bundleEarlyScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      copyPublicDir: false,
      lib: { entry: join(here, 'early.ts'), formats: ['iife'], name: 'cornflowerFirstScreen' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: { code?: string }[] }[];
  const code = outputs[0]?.output?.[0]?.code;
  if (!code) throw new Error('first screen: the early script did not build');
  return code.trim();
}

function allWords(root: string): Record<LanguageCode, FirstScreenWords> {
  const read = (code: string) =>
    JSON.parse(readFileSync(join(root, 'locales', `${code}.json`), 'utf8')) as LocaleTree;
  const english = read('en');
  return Object.fromEntries(
    LANGUAGE_CODES.map((code) => [code, firstScreenWords(read(code), english)]),
  ) as Record<LanguageCode, FirstScreenWords>;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function firstScreenPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'cornflower:first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const words = allWords(root);
        const markup = firstScreenMarkup(words.en, {
          faviconSvg: readFileSync(join(root, 'public/favicon.svg'), 'utf8'),
        });
        const script = await bundleEarlyScript();
        const data = JSON.stringify(words).replace(/</g, '\\u003c');
        let out = html.replace(
          '<div id="root"></div>',
          `<div id="root">${markup}</div>\n    <script type="application/json" id="first-screen-words">${data}</script>\n    <script>${script}</script>`,
        );
        if (out === html) throw new Error('first screen: index.html has no <div id="root"></div>');
        const csp = out.replace(/(script-src 'self')/, `$1 ${sha256(script)}`);
        if (csp === out) throw new Error("first screen: the CSP has no script-src 'self'");
        out = csp;

        // The stylesheets inline, in their order.
        out = out.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = context.bundle?.[file];
          if (!asset || asset.type !== 'asset') return link;
          return `<style>${String(asset.source)}</style>`;
        });

        // With scripts off, nothing takes the screen's `data-pending` off: shown all the same (in
        // English), after the stylesheets that hide it.
        out = out.replace(
          '</head>',
          '  <noscript><style>#first-screen[data-pending] { visibility: visible !important; }</style></noscript>\n  </head>',
        );

        // The module scripts and their preloads after the first screen's markup and script.
        const tags: string[] = [];
        out = out.replace(
          /\s*(<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)/g,
          (_, tag: string) => {
            tags.push(tag);
            return '';
          },
        );
        return out.replace('</body>', `  ${tags.join('\n    ')}\n  </body>`);
      },
    },
  };
}
