// Nothing lost, nothing unbounded: the workbench killed (kill -9) in the middle of a burst of saves
// comes back with every article whole and every saved edit in its history; a chunked upload far over
// the limit is refused as it arrives, never written to disk beyond the limit, and leaves nothing.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { browser, home, kill, openWorkbench, start, stop, workspace } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

test('kill -9 during a burst of saves: every article and its history come back', async () => {
  const dir = home();
  let rt = await start(dir);
  try {
    let { page } = await openWorkbench(b, rt);
    const files = ['a', 'b', 'c', 'd'].map((n) => {
      const f = join(dir, `story-${n}.txt`);
      writeFileSync(f, `Story ${n}\n\nThe port of Rotterdam reopened on Monday, said Marta Jansen of the FNV union (${n}).\n`);
      return f;
    });
    await page.fill('[data-testid="published"]', '2024-03-14');
    await page.setInputFiles('[data-testid="upload-files"]', files);
    await page.waitForFunction(() => document.querySelectorAll('[data-job] .tag.done').length === 4, null, { timeout: 60000 });
    const ids = await page.evaluate(async () => (await (await fetch('/api/articles')).json()).items.map((i) => i.id));
    assert.equal(ids.length, 4);

    // each article gets edit after edit, each made on the version the last one answered with
    await page.evaluate((list) => {
      window.acked = {};
      (async () => {
        const s = await (await fetch('/api/workbench/session')).json();
        await Promise.all(list.map(async (id) => {
          let version = (await (await fetch(`/api/articles/${id}`)).json()).history.version;
          for (let k = 1; ; k++) {
            const r = await fetch(`/api/articles/${id}/edit`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': s.token },
              body: JSON.stringify({ op: 'text', base: version, headline: `Story ${id} edit ${k}` }) });
            if (!r.ok) throw new Error(await r.text());
            version = (await r.json()).history.version;
            window.acked[id] = k;
          }
        }));
      })().catch(() => {});
    }, ids);
    await page.waitForFunction(() => Object.values(window.acked).reduce((x, y) => x + y, 0) >= 40, null, { timeout: 60000 });
    await kill(rt); // in the middle of the burst
    const acked = await page.evaluate(() => window.acked);
    await page.context().close();
    console.log(`killed after ${Object.values(acked).reduce((x, y) => x + y, 0)} acknowledged saves: ${JSON.stringify(acked)}`);

    rt = await start(dir);
    ({ page } = await openWorkbench(b, rt));
    const list = await page.evaluate(async () => (await (await fetch('/api/articles')).json()).items);
    assert.equal(list.length, 4, 'every article is there');
    for (const id of ids) {
      const a = await page.evaluate(async (x) => (await fetch(`/api/articles/${x}`)).json(), id);
      const edited = /edit (\d+)$/.exec(a.article.headline);
      const n = edited ? Number(edited[1]) : 0;
      assert.ok(n >= (acked[id] || 0), `${id}: every acknowledged save is there (${n} >= ${acked[id]})`);
      assert.ok(n <= (acked[id] || 0) + 1, `${id}: at most the one save under way when it was killed (${n})`);
      assert.equal(a.history.entries.length, n + 1, `${id}: the import and ${n} edits`);
      assert.deepEqual(a.history.entries.slice(1).map((e) => e.label), Array(n).fill('edit the headline'));
      assert.equal(list.find((s) => s.id === id).headline, a.article.headline, 'the list agrees with the article');
      // every version the history names is on disk, whole
      const folder = join(workspace(dir), 'articles', id, 'versions');
      for (const e of a.history.entries) JSON.parse(readFileSync(join(folder, `${e.version}.json`), 'utf8'));
      // and the history still works: undo takes the last save back
      const undone = await page.evaluate(async ({ x, version }) => {
        const s = await (await fetch('/api/workbench/session')).json();
        const r = await fetch(`/api/articles/${x}/undo`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': s.token }, body: JSON.stringify({ base: version }) });
        return (await r.json()).article.headline;
      }, { x: id, version: a.history.version });
      if (n > 1) assert.equal(undone, `Story ${id} edit ${n - 1}`);
    }
  } finally {
    await stop(rt);
  }
});

test('a chunked upload of 500 MB is refused at the 50 MB limit as it arrives, and leaves nothing', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, context } = await openWorkbench(b, rt);
    const token = await page.evaluate(async () => (await (await fetch('/api/workbench/session')).json()).token);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const inbox = join(workspace(dir), 'inbox');
    const onDisk = () => readdirSync(inbox).reduce((n, f) => n + statSync(join(inbox, f)).size, 0);
    const chunk = Buffer.alloc(1 << 20, 'x');
    let sent = 0;
    let most = 0;
    const answer = await new Promise((ok) => {
      const url = new URL(`${rt.url}api/import/upload?path=huge.txt`);
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST',
        headers: { 'X-Copydesk-Token': token, Cookie: cookie, 'Content-Type': 'application/octet-stream' } }); // no length: chunked
      let status = null;
      let body = '';
      req.on('response', (res) => { status = res.statusCode; res.on('data', (d) => { body += d; }); res.on('end', () => ok({ status, body })); });
      req.on('error', () => setTimeout(() => ok({ status, body }), 200));
      const pump = () => {
        most = Math.max(most, onDisk());
        while (sent < 500 << 20) {
          sent += chunk.length;
          if (!req.write(chunk)) { req.once('drain', pump); return; }
        }
        req.end();
      };
      pump();
    });
    console.log(`chunked upload: ${sent >> 20} MB sent before the refusal, at most ${(most / (1 << 20)).toFixed(1)} MB on disk; answer ${answer.status}`);
    assert.ok(answer.status === 413 || answer.status === null, `refused: ${answer.status} ${answer.body}`);
    if (answer.status === 413) assert.match(answer.body, /larger than 50 MB/);
    assert.ok(most <= 51 << 20, `never more than the limit on disk: ${most}`);
    assert.ok(sent < 500 << 20, `the server stopped reading: ${sent >> 20} MB sent`);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(readdirSync(inbox), [], 'the partial upload is gone');
  } finally {
    await stop(rt);
  }
});
