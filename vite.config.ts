import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreenPlugin } from './src/app/firstScreen/vitePlugin.ts';

// Everything the app needs ships in its own build: no CDN at run time.
export default defineConfig({
  plugins: [
    react(),
    // The standard page's first screen in the HTML, working before any script (README: Start-up).
    firstScreenPlugin(),
    // The service worker precaches the whole build (README: Offline and installing), so after one
    // visit the app works with no network. Precache only: no runtime caching, so nothing a person
    // loads (their photos are blob: URLs and never fetched) is ever stored by it.
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the person starts over (src/pwa/serviceWorker.ts): never mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      // public/manifest.webmanifest is ours, linked from index.html.
      manifest: false,
      workbox: {
        // Every file of the build: each locale chunk, every font subset, the HEIC decoder chunk,
        // the icons and the manifest. tests/e2e/offline.spec.ts checks that none is left out.
        globPatterns: ['**/*'],
        globIgnores: ['sw.js', 'workbox-*.js'],
        // The HEIC decoder chunk carries ~2 MB of inlined WebAssembly; the default cap is 2 MiB.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Hashed file names are their own version; no revision needed.
        dontCacheBustURLsMatching: /^assets\//,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit's page is controlled at once, so it works offline without a reload.
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [],
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The HEIC decoder (~2 MB of inlined WebAssembly) is its own lazily loaded worker chunk.
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1' },
});
