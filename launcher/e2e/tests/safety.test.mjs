// What the workbench refuses: changes without the session's token, paths out of the workspace,
// other hosts; and an article's markup is shown as text, never run.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, home, openWorkbench, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('tokens, paths and escaping', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });

    // no token, no change; a token does not open a path out of the inbox
    const noToken = await page.request.post(`${rt.url}api/import/upload?path=x.txt`, { data: 'x' });
    assert.equal(noToken.status(), 403);
    const token = await page.evaluate(async () => (await (await fetch('/api/workbench/session')).json()).token);
    for (const path of ['../escape.txt', '/etc/passwd', 'a/../../b.txt', '..']) {
      const r = await page.request.post(`${rt.url}api/import/upload?path=${encodeURIComponent(path)}`, { data: 'x', headers: { 'X-Copydesk-Token': token } });
      assert.equal(r.status(), 400, path);
    }
    const other = await page.request.get(`${rt.url}api/articles`, { headers: { Host: 'copydesk.example.com' } });
    assert.equal(other.status(), 403);

    // a hostile article: its markup is text in every view
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(hostile, '<img src=x onerror=alert(1)> Mayor <b>Smith</b> speaks\n\n<script>alert(2)</script> said Anna Smith in London on Monday.\n');
    await page.fill('[data-testid="published"]', '2024-03-14');
    await page.setInputFiles('[data-testid="upload-files"]', hostile);
    await page.waitForSelector('[data-job] .tag.done');
    await page.waitForFunction(() => document.querySelector('#article-title').textContent.includes('<img'));
    assert.equal(await page.locator('#article-title img, .view img, .view script, .view b').count(), 0);
    for (const id of ['entities', 'timeline', 'removed']) await page.click(`[data-tab="${id}"]`);
    assert.equal(dialogs, 0);
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
