// The publication date: an article imported without one says so where the timeline would be, and
// lists the dates it cannot place; setting it in the editor runs the times and the timeline again,
// and changing it later keeps the editor's timeline corrections. Exports write dates as readers do.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, home, importSample, openWorkbench, shoot, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const tab = (page, id) => page.click(`[data-tab="${id}"]`);
const dates = (page) => page.locator('[data-testid="timeline-date"]').evaluateAll((xs) => xs.map((x) => x.value));
const words = (page) => page.locator('[data-testid="timeline-words"]').allInnerTexts();

async function setPublished(page, date) {
  await page.fill('[data-testid="article-published"]', date);
  await page.click('button:has-text("Set date")');
  await page.waitForFunction((d) => document.querySelector('[data-testid="article-source"]').textContent.includes('published')
    && document.querySelector('#undo').title.includes('publication date'), date);
}

async function download(page, format) {
  const d = page.waitForEvent('download');
  await page.selectOption('#export', format);
  return readFileSync(await (await d).path(), 'utf8');
}

test('a missing publication date is shown, set in the editor, and changed keeping the corrections', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    // no date given: plain text carries none
    await importSample(page, dir, null);
    await tab(page, 'timeline');
    const warning = page.locator('[data-testid="no-date"]');
    await warning.waitFor();
    const said = await warning.innerText();
    assert.match(said, /No publication date/);
    assert.match(said, /“Thursday”: a Thursday \(date not known\)/, `day names are never shown as XXXX-WXX-4: ${said}`);
    assert.doesNotMatch(said, /XXXX/);
    assert.match(await page.innerText('#view-editor .legend'), /not placed: no publication date/);
    await shoot(page, 'no-date');

    // the warning's button leads to the date field; setting it runs times and timeline again
    await warning.locator('button').click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'article-published');
    await setPublished(page, '2024-03-14');
    await tab(page, 'timeline');
    await page.waitForSelector('[data-event]');
    assert.equal(await page.locator('[data-testid="no-date"]').count(), 0);
    const first = await dates(page);
    assert.ok(first.includes('2024-03-14'), `"on Thursday" is now 14 March 2024: ${first}`);
    assert.ok(first.includes('2024-03-08'), `"Friday, March 8" is placed: ${first}`);
    assert.ok((await words(page)).includes('8 March 2024'), 'each date in words');
    await shoot(page, 'timeline-dated');

    // the editor corrects one event, then the date changes: "Thursday" moves, the correction stays
    const march8 = first.indexOf('2024-03-08');
    await page.locator(`[data-event="${march8}"] [data-testid="timeline-date"]`).fill('2024-03-09');
    await page.locator(`[data-event="${march8}"] button`, { hasText: 'Save' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-date"]')].some((i) => i.value === '2024-03-09'));
    await tab(page, 'editor');
    await setPublished(page, '2024-03-21');
    await tab(page, 'timeline');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-date"]')].some((i) => i.value === '2024-03-21'));
    const second = await dates(page);
    assert.ok(second.includes('2024-03-09'), `the corrected event keeps the editor's date: ${second}`);
    assert.ok(!second.includes('2024-03-14'), `"on Thursday" follows the new date: ${second}`);
    assert.match(await page.getAttribute('#undo', 'title'), /^Undo set the publication date to 21 March 2024/);

    // exports write dates as readers do
    const md = await download(page, 'markdown');
    assert.match(md, /- \*\*9 March 2024\*\*: /);
    assert.doesNotMatch(md, /\*\*\d{4}-\d\d/);
    const html = await download(page, 'html');
    assert.match(html, /<time datetime="2024-03-21">21 March 2024<\/time>/);
    assert.match(html, /<time datetime="2024-03-09">9 March 2024<\/time>/);
    const tl = JSON.parse(await download(page, 'timelinejs'));
    const evening = tl.events.find((e) => e.start_date.display_date && /evening/.test(e.start_date.display_date));
    assert.ok(evening, 'a part of the day reads as words in TimelineJS');
    assert.match(evening.start_date.display_date, /^\d{1,2} March 2024, evening$/);

    // a date that is not one is refused next to its field
    await page.fill('[data-testid="article-published"]', '');
    await page.evaluate(() => { const i = document.querySelector('[data-testid="article-published"]'); i.type = 'text'; i.value = '14/03/2024'; });
    await page.click('button:has-text("Set date")');
    await page.waitForSelector('[data-testid="article-published"][aria-invalid="true"]');
    const note = await page.evaluate(() => document.getElementById(document.querySelector('[data-testid="article-published"]').getAttribute('aria-describedby')).textContent);
    assert.equal(note, "'14/03/2024' is not a date: write it as 2024-03-14");
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
