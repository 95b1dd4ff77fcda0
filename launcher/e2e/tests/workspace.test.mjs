// The workspace: it lives in the user's data folder, never in the distribution; its list is paged,
// searched and sorted by the server; articles with one headline are told apart by their file and
// time; a file that failed to import can be removed from the inbox; the page has its icon.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, home, openWorkbench, shoot, start, stop, workspace } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

async function importPaths(page, paths) {
  const job = await page.evaluate(async (p) => {
    const s = await (await fetch('/api/workbench/session')).json();
    const r = await fetch('/api/import/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': s.token },
      body: JSON.stringify({ paths: p, published: '2024-03-14' }) });
    return r.json();
  }, paths);
  for (const until = Date.now() + 180000; Date.now() < until; await new Promise((r) => setTimeout(r, 500))) {
    const j = await page.evaluate(async (id) => (await fetch(`/api/import/jobs/${id}`)).json(), job.id);
    if (j.finished) return j;
  }
  throw new Error('the import did not finish');
}

test('the workspace: outside the distribution, paged, searched, sorted, told apart; failed files removable', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    const s = await page.evaluate(async () => (await fetch('/api/workbench/session')).json());
    assert.equal(s.workspace, workspace(dir), 'the data folder ($XDG_DATA_HOME/copydesk/workspace/DESK)');
    assert.ok(!existsSync(join(dir, 'workspace')), 'nothing in the distribution');
    const icon = await page.request.get(`${rt.url}favicon.ico`);
    assert.equal(icon.status(), 200);
    assert.equal(icon.headers()['content-type'], 'image/svg+xml');
    assert.equal(await page.getAttribute('link[rel="icon"]', 'href'), '/app/favicon.svg');

    // 61 articles: two with one headline, and a bad file
    const inbox = join(workspace(dir), 'inbox');
    mkdirSync(join(inbox, 'many'), { recursive: true });
    const towns = ['Leiden', 'Utrecht', 'Delft', 'Gouda', 'Breda'];
    for (let i = 0; i < 58; i++) {
      writeFileSync(join(inbox, 'many', `story-${String(i).padStart(2, '0')}.txt`),
        `${towns[i % 5]} council story ${String(i).padStart(2, '0')}\n\nThe council of ${towns[i % 5]} met on Monday; Mayor Anna Smit spoke.\n`);
    }
    writeFileSync(join(inbox, 'budget-a.txt'), 'Budget agreed\n\nThe council of Leiden agreed the budget on Monday.\n');
    writeFileSync(join(inbox, 'budget-b.txt'), 'Budget agreed\n\nThe council of Delft agreed its budget on Tuesday.\n');
    writeFileSync(join(inbox, 'bad.xml'), '<nitf><body>not closed');
    const job = await importPaths(page, ['many', 'budget-a.txt', 'budget-b.txt', 'bad.xml']);
    assert.equal(job.items.find((i) => i.path === 'bad.xml').status, 'failed');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForFunction(() => /of 60/.test(document.querySelector('[data-testid="page-info"]').textContent));
    assert.equal(await page.innerText('[data-testid="page-info"]'), '1–50 of 60');
    assert.equal(await page.locator('[data-testid="articles"] [data-article]').count(), 50, 'a page, not the whole workspace');
    await page.click('button:text-is("Next")');
    await page.waitForFunction(() => document.querySelector('[data-testid="page-info"]').textContent === '51–60 of 60');
    assert.equal(await page.locator('[data-testid="articles"] [data-article]').count(), 10);

    // told apart: one headline, two files
    const budget = await page.locator('[data-testid="articles"] li', { hasText: 'Budget agreed' }).evaluateAll((ls) => ls.map((l) => l.querySelector('[data-testid="told-apart"]').textContent));
    await page.click('button:text-is("Previous")');
    await page.waitForFunction(() => document.querySelector('[data-testid="page-info"]').textContent === '1–50 of 60');
    const all = [...budget, ...await page.locator('[data-testid="articles"] li', { hasText: 'Budget agreed' }).evaluateAll((ls) => ls.map((l) => l.querySelector('[data-testid="told-apart"]').textContent))];
    assert.equal(all.length, 2, all.join(' | '));
    assert.ok(all.some((t) => t.startsWith('budget-a.txt · imported')) && all.some((t) => t.startsWith('budget-b.txt · imported')), all.join(' | '));

    // searched and sorted by the server
    await page.fill('[data-testid="search"]', 'utrecht');
    await page.waitForFunction(() => document.querySelector('[data-testid="page-info"]').textContent === '1–12 of 12');
    assert.ok((await page.locator('[data-testid="articles"] [data-article] a').allInnerTexts()).every((t) => t.startsWith('Utrecht')));
    await page.fill('[data-testid="search"]', 'anna smit gouda');
    await page.waitForFunction(() => /^1–\d+ of 11$/.test(document.querySelector('[data-testid="page-info"]').textContent));
    const gouda = await page.locator('[data-testid="articles"] [data-article] a').allInnerTexts();
    assert.ok(gouda.length > 0 && gouda.every((t) => t.startsWith('Gouda')), `an entity's name and a word of the headline: ${gouda}`);
    await page.fill('[data-testid="search"]', '');
    await page.selectOption('[data-testid="sort"]', 'headline');
    await page.waitForFunction(() => document.querySelector('[data-testid="articles"] [data-article] a')?.textContent === 'Breda council story 04');
    const byHeadline = await page.locator('[data-testid="articles"] [data-article] a').allInnerTexts();
    assert.deepEqual(byHeadline, [...byHeadline].sort((x, y) => x.localeCompare(y)));
    const api = await page.evaluate(async () => (await fetch('/api/articles?q=delft&sort=source&order=asc&limit=3')).json());
    assert.equal(api.total, 13);
    assert.deepEqual(api.items.map((i) => i.file), ['budget-b.txt', 'story-02.txt', 'story-07.txt']);
    await shoot(page, 'workspace-list');

    // the file that failed goes from the inbox with one click
    await page.click('[data-testid="inbox"] [data-inbox="bad.xml"] button[aria-label="Remove bad.xml from the inbox"]');
    await page.waitForSelector('[data-inbox="bad.xml"]', { state: 'detached' });
    assert.ok(!existsSync(join(inbox, 'bad.xml')));
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
