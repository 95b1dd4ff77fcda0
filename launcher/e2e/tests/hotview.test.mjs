// Installing a bundle with an extra view into a running workbench adds the view to the open page;
// removing it takes the view away. The runtime is never restarted.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { browser, exampleView, home, openWorkbench, shoot, start, stop, trust } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('a view bundle dropped into deploy/ appears in the open workbench', async () => {
  const dir = home();
  trust(dir, 'default', 'org.copydesk.example.quotes.view', exampleView);
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    assert.equal(await page.locator('[data-tab="quotes"]').count(), 0);
    await page.fill('[data-testid="published"]', '2024-03-14');
    await page.setInputFiles('[data-testid="upload-files"]', join(dir, 'samples/port-strike.txt'));
    await page.waitForSelector('[data-job] .tag.done');

    const dropped = performance.now();
    copyFileSync(exampleView, join(dir, 'deploy/quotes-view.jar'));
    await page.waitForSelector('[data-tab="quotes"]', { timeout: 15000 });
    console.log(`extra view shown ${Math.round(performance.now() - dropped)} ms after its jar was dropped in`);
    await page.click('[data-tab="quotes"]');
    await page.waitForSelector('[data-testid="quotes"] li');
    const quotes = await page.locator('[data-testid="quotes"] li').allInnerTexts();
    assert.ok(quotes.some((q) => /Marta Jansen/.test(q)), `a quote with its speaker: ${quotes.join(' | ')}`);
    await shoot(page, 'quotes');

    rmSync(join(dir, 'deploy/quotes-view.jar'));
    await page.waitForSelector('[data-tab="quotes"]', { state: 'detached', timeout: 15000 });
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
