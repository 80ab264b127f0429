// Accessibility checks for the e2e tests: axe-core run in the page, and the checks axe does not make
// (focus rings against what is around them, motion when less is asked for).
import { expect, type Page } from '@playwright/test';
import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The minified build: under half the size of `axe.source`, so quicker to put in each page.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.0–2.2 A and AA rule axe has, and its best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe's violations as one readable line each: rule, impact, where, and axe's own summary of why.
 * axe is put in the page once and kept across in-page changes: parsing it costs as much as a run.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, include }) => {
      const results = await window.axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are reported: selectors for every passing node cost most of a run.
        resultTypes: ['violations'],
      });
      return results.violations.flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`,
        ),
      );
    },
    { tags: AXE_TAGS, include },
  );
}

/** No violations on the page, or only within `include` (a selector) where nothing else changed. */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
  expect(await axeViolations(page, include), `axe on ${state}`).toEqual([]);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/**
 * What is wrong with the focused element's ring, if anything. It must be a two-tone ring (an outline
 * over a halo that shows inside and outside it) whose two colours stand 3:1 apart, with one of them
 * 3:1 from the background around it (WCAG 1.4.11), and no ancestor may clip it.
 */
export function focusRingProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      const m = colour.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a = '1'] = m[1]!.split(/[,\s/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (x: Rgba, y: Rgba) => {
      const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The colour behind an element: its ancestors' backgrounds, composited down to the page's. */
    const backdrop = (element: Element): Rgba => {
      let colour: Rgba = [0, 0, 0, 0];
      for (let e: Element | null = element; e && colour[3] < 1; e = e.parentElement) {
        colour = over(colour, parse(getComputedStyle(e).backgroundColor));
      }
      return over(colour, [255, 255, 255, 1]);
    };

    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing has the focus';
    const name = `${element.tagName.toLowerCase()} «${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}»`;
    if (!element.matches(':focus-visible')) return `${name}: not :focus-visible after Tab`;
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth);
    const offset = parseFloat(style.outlineOffset);
    if (style.outlineStyle === 'none' || width < 2) return `${name}: no outline of 2 px or more`;
    const ring = parse(style.outlineColor);
    const halo = style.boxShadow
      .split(/,(?![^(]*\))/)
      .map((shadow) => shadow.trim())
      .filter((shadow) => !shadow.includes('inset'))
      .map((shadow) => {
        const colour = shadow.match(/rgba?\([^)]+\)/)?.[0] ?? '';
        const lengths = shadow.replace(colour, '').trim().split(/\s+/).map(parseFloat);
        return {
          colour: parse(colour),
          x: lengths[0],
          y: lengths[1],
          blur: lengths[2],
          spread: lengths[3] ?? 0,
        };
      })
      .find((s) => s.x === 0 && s.y === 0 && s.blur === 0 && s.spread > offset + width);
    if (!halo) return `${name}: no halo inside and outside the outline (box-shadow: ${style.boxShadow})`;
    const haloColour = over(halo.colour, backdrop(element.parentElement ?? element));
    const around = backdrop(element.parentElement ?? element);
    const bands = contrast(ring, haloColour);
    const outside = Math.max(contrast(ring, around), contrast(haloColour, around));
    if (bands < 3) return `${name}: the ring's two colours are only ${bands.toFixed(2)}:1 apart`;
    if (outside < 3) return `${name}: the ring is only ${outside.toFixed(2)}:1 from the background`;

    const reach = halo.spread;
    const box = element.getBoundingClientRect();
    for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const clip = e.getBoundingClientRect();
      if (
        box.left - reach < clip.left - 0.5 ||
        box.top - reach < clip.top - 0.5 ||
        box.right + reach > clip.right + 0.5 ||
        box.bottom + reach > clip.bottom + 0.5
      )
        return `${name}: the ring is clipped by ${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    }
    return null;
  });
}

/**
 * Checks the ring of every Tab stop on the page; returns each problem found and how many stops
 * there were. The stops are focused one by one from script after a first Tab, which keeps the
 * browser in keyboard mode (so :focus-visible applies) and does not depend on what a stop does
 * with Tab itself (the canvas uses it to move its selection).
 */
export async function focusRingProblems(page: Page): Promise<{ problems: string[]; stops: number }> {
  await page.keyboard.press('Tab');
  const stops = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex], summary, [contenteditable]',
    );
    let n = 0;
    for (const e of candidates) {
      const tabbable =
        e.tabIndex >= 0 &&
        !(e as HTMLButtonElement).disabled &&
        e.checkVisibility({ visibilityProperty: true }) &&
        !e.closest('[inert], [aria-hidden="true"]');
      if (tabbable) e.dataset.tabStop = String(n++);
    }
    return n;
  });
  const problems: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.evaluate((i) => document.querySelector<HTMLElement>(`[data-tab-stop="${i}"]`)?.focus(), i);
    const problem = await focusRingProblem(page);
    if (problem) problems.push(problem);
  }
  return { problems, stops };
}

/** Elements (and ::before/::after) whose animation or transition would still take time. */
export function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const moving: string[] = [];
    const nonZero = (list: string) => list.split(',').some((d) => parseFloat(d) > 0);
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const style = getComputedStyle(element, pseudo);
        if (pseudo && style.content === 'none') continue;
        const animated =
          style.animationName !== 'none' &&
          (nonZero(style.animationDuration) || nonZero(style.animationDelay));
        const transitioned =
          style.transitionProperty !== 'none' &&
          (nonZero(style.transitionDuration) || nonZero(style.transitionDelay));
        if (animated || transitioned)
          moving.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${pseudo ?? ''}: ` +
              `animation ${style.animationName} ${style.animationDuration}, transition ${style.transitionProperty} ${style.transitionDuration}`,
          );
      }
    }
    return moving;
  });
}

/** Roles that hold others: a screen reader announces their names on the way in, so no two may share one. */
const CONTAINERS = ['application', 'dialog', 'group', 'radiogroup', 'region'];
const CONTROLS = ['button', 'checkbox', 'combobox', 'link', 'radio', 'slider', 'textbox'];

/**
 * Names shared by two regions or groups (of any of those roles), or by two controls of one role,
 * from the accessibility tree as Playwright reads it (axe compares landmarks only): each must say
 * which one it is.
 */
export async function sharedNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const seen = new Map<string, string[]>();
  for (const match of snapshot.matchAll(/^\s*- (\w+) "((?:[^"\\]|\\.)*)"/gm)) {
    const [, role, name] = match as unknown as [string, string, string];
    const kind = CONTAINERS.includes(role) ? 'container' : CONTROLS.includes(role) ? role : null;
    if (!kind) continue;
    const key = `${kind} "${name}"`;
    seen.set(key, [...(seen.get(key) ?? []), role]);
  }
  return [...seen]
    .filter(([, roles]) => roles.length > 1)
    .map(([key, roles]) => `${key}: ${roles.join(', ')}`);
}
