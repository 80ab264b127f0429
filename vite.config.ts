import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Everything the app needs ships in its own build: no CDN at run time.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The HEIC decoder (~2 MB of inlined WebAssembly) is its own lazily loaded worker chunk.
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1' },
});
