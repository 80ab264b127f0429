import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UPPER = ['canvas', 'ui', 'app', 'session', 'export', 'embed', 'kiosk'];
const group = (folders) => folders.map((f) => `**/${f}/*`);

function layerRules() {
  const rule = (files, patterns, message) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
  });
  return [
    rule(
      ['src/scene/**/*.{ts,tsx}'],
      ['../*', '!../scene/*', 'react', 'react-*', 'konva', 'konva/*', 'i18next'],
      'src/scene is pure: plain data and functions, no React, Konva, DOM or other layers.',
    ),
    ...['art', 'state', 'image', 'i18n', 'workers', 'pwa'].map((folder) =>
      rule(
        [`src/${folder}/**/*.{ts,tsx}`],
        group(UPPER),
        `src/${folder} is a lower layer: it never imports canvas, ui, app, session, export, embed or kiosk.`,
      ),
    ),
    rule(
      ['src/canvas/**/*.{ts,tsx}', 'src/export/**/*.{ts,tsx}'],
      group(['ui', 'app', 'session', 'embed', 'kiosk']),
      'The renderer and the export draw the scene; they never import the UI, the shells or the session.',
    ),
    rule(
      ['src/ui/**/*.{ts,tsx}'],
      group(['canvas', 'app', 'session', 'embed', 'kiosk']),
      'UI components read props and dispatch actions: no Konva, no shells, no session.',
    ),
    rule(
      ['src/session/**/*.{ts,tsx}'],
      group(['ui', 'app', 'canvas', 'embed', 'kiosk']),
      'The session is below the shells and never draws.',
    ),
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'screenshots', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (../shared/DESIGN.md): lower layers never import upper ones, and the scene imports
  // nothing of ours, so each can be tested and reused alone. A type two layers share lives in the lower.
  ...layerRules(),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
);
