// Errors sit next to the field at fault, readable, and are announced to screen readers; every
// control has a label. axe-core finds no serious or critical problem in either perspective, with an
// article open and its views in use.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, browser, home, importSample, openWorkbench, shoot, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('no serious accessibility problems; errors next to their fields', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    assert.deepEqual(await axeViolations(page), [], 'the empty workbench');
    await importSample(page, dir);
    assert.deepEqual(await axeViolations(page), [], 'an article open');

    // each view in turn, the entities with one opened
    for (const id of ['removed', 'entities', 'timeline']) {
      await page.click(`[data-tab="${id}"]`);
      if (id === 'entities') await page.click('[data-entity] > .row a');
      assert.deepEqual(await axeViolations(page), [], `the ${id} view`);
    }

    // a wrong date: the message sits after the field, the field is marked, screen readers hear it at once
    const date = page.locator('[data-event="0"] [data-testid="timeline-date"]');
    await date.fill('next week');
    await page.locator('[data-event="0"] button', { hasText: 'Save' }).click();
    await page.waitForSelector('[data-event="0"] [data-testid="timeline-date"][aria-invalid="true"]');
    const note = await page.evaluate(() => {
      const input = document.querySelector('[data-event="0"] [data-testid="timeline-date"]');
      const n = document.getElementById(input.getAttribute('aria-describedby'));
      return { text: n.textContent, role: n.getAttribute('role'), after: input.closest('.field').nextElementSibling === n };
    });
    assert.deepEqual(note, { text: "'next week' is not a date: write 2020, 2020-01 or 2020-01-03", role: 'alert', after: true });
    assert.equal(await page.innerText('#alert'), "'next week' is not a date: write 2020, 2020-01 or 2020-01-03", 'announced');
    assert.deepEqual(await axeViolations(page), [], 'with an error shown');
    await shoot(page, 'field-error');
    await date.fill('2024');
    assert.equal(await date.getAttribute('aria-invalid'), null, 'typing clears the mark');

    // an empty name for an entity
    await page.click('[data-tab="entities"]');
    const name = page.locator('[data-entity] .details input[aria-label^="Name of"]').first();
    await name.fill('  ');
    await page.locator('[data-entity] .details button:text-is("Rename")').first().click();
    await page.waitForSelector('[data-entity] .details input[aria-invalid="true"]');

    await page.click('[data-perspective="admin"]');
    await page.waitForSelector('#view-runtime table');
    assert.deepEqual(await axeViolations(page), [], 'the admin perspective');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
