import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import viteConfig from './vite.config.ts';
import { chromeArgs, chromePath } from './tests/support/chrome-path.mjs';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          extends: true,
          // Pre-bundled up front: discovering them mid-run makes Vite reload the page under a test.
          optimizeDeps: {
            include: [
              'react',
              'react-dom',
              'react-dom/client',
              'react/jsx-dev-runtime',
              'react-konva/lib/ReactKonvaCore',
              'konva/lib/Core',
              'konva/lib/shapes/Circle',
              'konva/lib/shapes/Image',
              'konva/lib/shapes/Path',
              'konva/lib/shapes/Rect',
              'konva/lib/shapes/Text',
              'konva/lib/shapes/Transformer',
              'i18next',
              'react-i18next',
              '@testing-library/react',
              'browser-image-compression',
              // The HEIC decoder, imported by the decode worker only when a HEIC arrives.
              'libheif-js/libheif-wasm/libheif-bundle.mjs',
            ],
          },
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.{ts,tsx}'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: chromePath(), args: chromeArgs },
              }),
              instances: [{ browser: 'chromium' }],
              viewport: { width: 1280, height: 800 },
            },
          },
        },
      ],
    },
  }),
);
