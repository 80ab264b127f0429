import { defineConfig } from '@playwright/test';
import { chromeArgs, chromePath } from './tests/support/chrome-path.mjs';

// E2E_PORT lets two runs side by side each build and serve their own copy, in a folder of its own.
const port = Number(process.env.E2E_PORT ?? 4319);
const outDir = `node_modules/.cache/cornflower-e2e-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
