// An editor's day on the real runtime: import the sample, restore a removed line, merge two
// entities, correct a timeline date, export ninjs; stop the runtime, start it again and find every
// edit still there, with its undo history. Takes the screenshots of docs/workbench.md on the way.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browser, home, openWorkbench, shoot, start, stop, screenshots } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const tab = (page, id) => page.click(`[data-tab="${id}"]`);

test('import, edit, export, restart: nothing is lost', async () => {
  const dir = home();
  let rt = await start(dir);
  try {
    let { page, errors } = await openWorkbench(b, rt);
    const ready = performance.now() - rt.started;
    mkdirSync(screenshots, { recursive: true });
    writeFileSync(join(screenshots, 'ready.json'), JSON.stringify({ readyMillis: Math.round(ready) }));
    console.log(`workbench ready in the browser ${Math.round(ready)} ms after copydesk workbench started`);

    // import the bundled sample with its publication date
    await page.fill('[data-testid="published"]', '2024-03-14');
    await page.setInputFiles('[data-testid="upload-files"]', join(dir, 'samples/port-strike.txt'));
    await page.waitForSelector('#view-editor [data-testid="headline"]:visible');
    await page.waitForSelector('[data-job] .tag.done');
    // the editor loads the imported article after the job shows done: wait for its text, then check it
    await page.waitForFunction(() => document.querySelector('#view-editor [data-testid="headline"]').value !== '');
    assert.match(await page.inputValue('[data-testid="headline"]'), /Rotterdam/);
    await shoot(page, 'inbox');

    // restore a removed appeal: it goes back into the body where it stood
    await tab(page, 'removed');
    await shoot(page, 'removed');
    assert.doesNotMatch(await page.inputValue('[data-testid="body"]'), /Support fearless reporting/);
    await page.click('[data-removal="r0"] button');
    await page.waitForFunction(() => document.querySelector('[data-testid="body"]').value.startsWith('Support fearless reporting'));

    // merge two entities
    await tab(page, 'entities');
    const before = await page.locator('[data-entity]').count();
    await page.check('[data-name="Netherlands"] input[type="checkbox"]');
    await page.check('[data-name="Dutch"] input[type="checkbox"]');
    await page.locator('[data-testid="merge"]').scrollIntoViewIfNeeded();
    await page.selectOption('[data-testid="merge-keep"]', { label: 'Netherlands' });
    await shoot(page, 'entities');
    await page.click('[data-testid="merge"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-entity]').length === n - 1, before);
    assert.equal(await page.locator('[data-name="Dutch"]').count(), 0);
    assert.match(await page.locator('[data-name="Netherlands"] .tag').innerText(), /2×/);

    // correct a timeline date: the event moves into date order
    await tab(page, 'timeline');
    const first = page.locator('[data-event="0"]');
    assert.equal(await first.locator('[data-testid="timeline-date"]').inputValue(), '2024');
    await first.locator('[data-testid="timeline-date"]').fill('2024-03-07');
    await first.locator('button', { hasText: 'Save' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-date"]')].some((i) => i.value === '2024-03-07'));
    const dates = await page.locator('[data-testid="timeline-date"]').evaluateAll((xs) => xs.map((x) => x.value));
    assert.deepEqual(dates, [...dates].sort(), 'events stay in date order');
    await shoot(page, 'timeline');

    // a bad date is refused with a message, and changes nothing
    await page.locator('[data-event="0"] [data-testid="timeline-date"]').fill('next week');
    await page.locator('[data-event="0"] button', { hasText: 'Save' }).click();
    await page.waitForSelector('#status.error');
    assert.match(await page.innerText('#status'), /not a date/);

    // export ninjs: the download carries the restored line
    await tab(page, 'editor');
    await shoot(page, 'editor');
    const download = page.waitForEvent('download');
    assert.ok((await page.locator('#export option').allInnerTexts()).includes('NewsML-G2 (IPTC)'), 'formats by the names editors know');
    await page.selectOption('#export', 'ninjs');
    const file = await (await download).path();
    const ninjs = JSON.parse(readFileSync(file, 'utf8'));
    assert.match(JSON.stringify(ninjs), /Support fearless reporting/);
    assert.equal(ninjs.headlines?.[0]?.value ?? ninjs.headline, await page.inputValue('[data-testid="headline"]'));

    // the runtime and the console are one click away, in the Admin perspective
    await page.click('[data-perspective="admin"]');
    await page.waitForSelector('#view-runtime table');
    await shoot(page, 'runtime');
    await tab(page, 'console');
    await page.fill('[data-testid="console-input"]', 'pipeline:show');
    await page.press('[data-testid="console-input"]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="console-output"]').textContent.includes('org.copydesk.strip.rules'));
    await shoot(page, 'console');
    // the perspective is saved as the switch is made: the runtime is stopped once it has answered, as
    // an editor's next command would come after it
    const perspectiveSaved = page.waitForResponse((r) => r.url().endsWith('/api/workbench/state') && r.request().method() === 'PUT');
    await page.click('[data-perspective="editing"]');
    await perspectiveSaved;
    assert.deepEqual(errors, []);

    // stop the runtime and start it again: the workbench reopens the article with every edit
    await page.context().close();
    await stop(rt);
    rt = await start(dir);
    ({ page, errors } = await openWorkbench(b, rt));
    await page.waitForFunction(() => document.querySelector('[data-testid="body"]')?.value.startsWith('Support fearless reporting'));
    await tab(page, 'entities');
    assert.equal(await page.locator('[data-name="Dutch"]').count(), 0);
    await tab(page, 'timeline');
    assert.equal(await page.locator('[data-testid="timeline-date"]').first().inputValue(), '2024-03-07');

    // and the history came back with it: undo takes the timeline correction back
    assert.match(await page.getAttribute('#undo', 'title'), /^Undo correct the event “.+” to 7 March 2024/, 'the undo label names what was done');
    await page.click('#undo');
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-date"]').value === '2024');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
