// Perspectives per role: the editors' perspective is the inbox, the article, the removed text, the
// entities and the timeline; the runtime and the console are in the Admin perspective, one click
// away. Each desk places its views. On a 1024 px laptop the body gets most of the height. desk:switch
// typed into the workbench's console is refused with a message saying where to switch, and the page
// goes on working. A bundle the desk's trust list refuses shows as refused, the framework as the framework.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, exampleView, home, importSample, openWorkbench, shoot, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const tabs = (page, area) => page.locator(`.area[data-area="${area}"] [data-tab]`).evaluateAll((ts) => ts.map((t) => t.dataset.tab));

test('the politics desk opens in its perspective; runtime and console are one click away', async () => {
  const rt = await start(home(), ['--desk', 'politics']);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    assert.match(await page.innerText('#desk'), /politics/);
    assert.match(await page.innerText('[data-perspective="editing"]'), /Politics: people first/);
    assert.deepEqual(await tabs(page, 'left'), ['inbox', 'entities']);
    assert.deepEqual(await tabs(page, 'main'), ['editor']);
    assert.equal(await page.locator('.areas [data-tab="removed"], .areas [data-tab="timeline"], [data-tab="runtime"]:visible, [data-tab="console"]:visible').count(), 0);
    await shoot(page, 'perspective-politics');
    await page.click('[data-perspective="admin"]');
    assert.deepEqual(await tabs(page, 'main'), ['runtime']);
    assert.deepEqual(await tabs(page, 'bottom'), ['console']);
    await page.waitForSelector('#view-runtime table');
    await shoot(page, 'perspective-admin');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});

test('on a 1024 x 768 laptop the body gets the height', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt, { width: 1024, height: 768 });
    await importSample(page, dir);
    const box = await page.locator('[data-testid="body"]').boundingBox();
    console.log(`1024 x 768: the body field is ${Math.round(box.width)} x ${Math.round(box.height)} px`);
    assert.ok(box.height >= 330, `body height ${box.height}`);
    assert.ok(box.width >= 380, `body width ${box.width}`);
    await shoot(page, 'laptop');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});

test('desk:switch in the workbench console is refused and the page goes on; refused bundles and the framework say what they are', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    copyFileSync(exampleView, join(dir, 'deploy/quotes-view.jar')); // not on the trust list
    await page.click('[data-perspective="admin"]');
    await page.fill('[data-testid="console-input"]', 'desk:switch world');
    await page.press('[data-testid="console-input"]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="console-output"]').textContent.includes('does not run in the workbench'));
    const said = await page.innerText('[data-testid="console-output"]');
    assert.match(said, /copydesk --desk NAME workbench \(desks: default, politics, world\)/);
    // still the same desk, still answering, still editing
    const s = await page.evaluate(async () => (await fetch('/api/workbench/session')).json());
    assert.equal(s.desk, 'default');
    await page.fill('[data-testid="console-input"]', 'desk:show');
    await page.press('[data-testid="console-input"]', 'Enter');
    await page.waitForFunction(() => /desk: default|default/.test(document.querySelector('[data-testid="console-output"]').textContent.split('desk:show')[1] || ''));

    await page.click('[data-tab="runtime"]');
    await page.waitForSelector('[data-testid="refused"]', { timeout: 20000 });
    assert.match(await page.innerText('[data-testid="refused"]'), /org\.copydesk\.example\.quotes\.view .*not on the trust list of desk 'default'/);
    const rows = await page.locator('#view-runtime table:last-of-type tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    const quotes = rows.find((r) => r[1] === 'org.copydesk.example.quotes.view');
    assert.equal(quotes[3], 'refused by trust', 'not "installed"');
    assert.equal(quotes[4], 'deploy');
    const framework = rows.find((r) => r[0] === '0');
    assert.equal(framework[4], 'framework', 'the framework does not come from deploy');
    const others = rows.filter((r) => r[0] !== '0' && r[1] !== 'org.copydesk.example.quotes.view' && r[4] !== 'distribution');
    assert.deepEqual(others, [], 'the rest is the distribution');
    await shoot(page, 'runtime-refused');
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
