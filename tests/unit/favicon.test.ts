import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cornflowerIcon } from '../../src/art/cornflower';
import { artToSvg } from '../../src/art/toSvg';

// The favicon is drawn from the same artwork as the badge; UPDATE_FAVICON=1 rewrites it after art changes.
const file = join(import.meta.dirname, '../../public/favicon.svg');

it('public/favicon.svg is the current cornflower icon', () => {
  const svg = `${artToSvg(cornflowerIcon, { width: 32, height: 32 })}\n`;
  if (process.env.UPDATE_FAVICON === '1' || !existsSync(file)) writeFileSync(file, svg);
  expect(readFileSync(file, 'utf8')).toBe(svg);
});
