// `npm run screenshots`: pictures for people to look at, written to screenshots/ (git ignores it).
// They assert nothing, so they are kept out of `npm test`; the layout checks that do assert live
// in tests/e2e/layout.spec.ts.
import { defineConfig } from '@playwright/test';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';

// E2E_PORT lets two runs side by side each build and serve their own copy.
const port = Number(process.env.E2E_PORT ?? 4319);
const outDir = `node_modules/.cache/cornflower-pictures-${port}`;

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
