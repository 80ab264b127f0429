import { expect, test, type Page } from '@playwright/test';
import { measureAfterGc, onePerson, openForPeople, type AfterGc } from '../support/people.mjs';

// Nothing of a person stays: six people in a row (12 MP photo, Download, Start over) in one page,
// and after a GC the page holds no more DOM nodes, event listeners or timeline entries at the sixth
// than at the second. Counts, not times or bytes, so a loaded machine cannot make it flaky; the JS
// heap itself is left to `npm run bench` (tests/bench/people.mjs), since V8's compiled code grows
// for dozens of people while it warms up. The driver is CDP, not Playwright's locators: see
// tests/support/people.mjs for why (Playwright's setInputFiles alone keeps 60 nodes a person).

/** Nodes a person may leave behind before this fails: a few for a render caught mid-way, no more. */
const NODE_SLACK = 20;
const PEOPLE = 6;

async function people(page: Page, url: string): Promise<{ kiosk: boolean; second: AfterGc; last: AfterGc }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const kiosk = await openForPeople(page, cdp, url);
  let second: AfterGc | undefined;
  for (let person = 1; person <= PEOPLE; person++) {
    await onePerson(page, cdp);
    // Person 1 builds what every page builds once (the export code, its fonts, the worker).
    if (person === 2) second = await measureAfterGc(cdp);
  }
  return { kiosk, second: second!, last: await measureAfterGc(cdp) };
}

for (const [shell, query] of [
  ['kiosk mode', '?mode=kiosk&lang=en'],
  ['the standard page', '?lang=en'],
] as const) {
  test(`${PEOPLE} people in a row in ${shell} leave nothing behind`, async ({ page }) => {
    test.setTimeout(180_000);
    const { kiosk, second, last } = await people(page, `/${query}`);
    expect(kiosk).toBe(query.includes('kiosk'));
    const report = `person 2: ${JSON.stringify(second)}; person ${PEOPLE}: ${JSON.stringify(last)}`;
    expect(last.nodes, `DOM nodes: ${report}`).toBeLessThanOrEqual(second.nodes + NODE_SLACK);
    expect(last.listeners, `event listeners: ${report}`).toBeLessThanOrEqual(second.listeners + 2);
    // The app's marks and measures belong to one photo (src/session/timeline.ts).
    expect(last.entries, `timeline entries: ${report}`).toBeLessThanOrEqual(second.entries);
  });
}
