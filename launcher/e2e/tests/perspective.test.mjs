// Each desk opens in its own perspective: the politics desk's settings put the entities beside the
// article and hide the views of stages it does not run.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { browser, home, openWorkbench, shoot, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('the politics desk opens in its perspective', async () => {
  const rt = await start(home(), ['--desk', 'politics']);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    assert.match(await page.innerText('#desk'), /politics · Politics: people first/);
    const left = await page.locator('.area[data-area="left"] [data-tab]').evaluateAll((tabs) => tabs.map((t) => t.dataset.tab));
    assert.deepEqual(left, ['inbox', 'entities']);
    assert.equal(await page.locator('[data-tab="removed"], [data-tab="timeline"]').count(), 0);
    await shoot(page, 'perspective-politics');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
