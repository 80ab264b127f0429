import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { CornflowerIcon } from '../../src/art/CornflowerIcon';

afterEach(cleanup);

describe('CornflowerIcon', () => {
  it('renders a decorative inline SVG that follows the text size by default', () => {
    const { container } = render(
      <button type="button">
        <CornflowerIcon /> Add a cornflower
      </button>,
    );
    const svg = container.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
    expect(svg?.getAttribute('width')).toBe('1em');
    expect(svg?.querySelectorAll('path').length).toBeGreaterThan(10);
    // The button's accessible text is only its label.
    expect(container.querySelector('button')?.textContent?.trim()).toBe('Add a cornflower');
  });

  it('draws blue at the requested pixel size', async () => {
    const { container } = render(<CornflowerIcon size={64} />);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error('no svg');
    expect(svg.getBoundingClientRect().width).toBe(64);
    // Rasterise the SVG and look for the flower's blue.
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0, 64, 64);
    const data = ctx.getImageData(0, 0, 64, 64).data;
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 200 && b > r + 60 && b > g + 40) blue++;
    }
    expect(blue / (64 * 64)).toBeGreaterThan(0.3);
  });
});
