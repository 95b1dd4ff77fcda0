// Edits are never lost: a restore and a text edit made before it go together; two windows editing
// one article merge what they can and refuse, with the newer version shown, what they cannot; an
// edit made while an import runs (one that brings the same file again, too) stays. After every save
// the editor shows the saved article.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, home, importSample, openWorkbench, shoot, start, stop, workspace } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const tab = (page, id) => page.click(`[data-tab="${id}"]`);
const body = (page) => page.inputValue('[data-testid="body"]');

/** Types `text` into the body right after the first `needle`, as an editor would. */
async function typeAfter(page, needle, text) {
  await page.evaluate((n) => {
    const ta = document.querySelector('[data-testid="body"]');
    ta.focus();
    const at = ta.value.indexOf(n) + n.length;
    ta.setSelectionRange(at, at);
  }, needle);
  await page.keyboard.type(text);
}

async function saveAndWait(page) {
  await page.click('[data-testid="save"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="save"]').disabled && document.querySelector('#dirty').hidden);
}

test('edit, restore, edit again: the restored block stays and the editor shows what was saved', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    await importSample(page, dir);

    await typeAfter(page, 'Rotterdam', ' (Netherlands)');
    await saveAndWait(page);
    assert.match(await body(page), /Rotterdam \(Netherlands\)/);

    await tab(page, 'removed');
    await page.click('[data-removal="r0"] button');
    await page.waitForFunction(() => document.querySelector('[data-testid="body"]').value.startsWith('Support fearless reporting'));

    await typeAfter(page, 'Marta Jansen', ' (union)');
    await saveAndWait(page);
    const saved = await body(page);
    assert.ok(saved.startsWith('Support fearless reporting'), 'the restored block is still in the body');
    assert.match(saved, /Rotterdam \(Netherlands\)/);
    assert.match(saved, /Marta Jansen \(union\)/);
    assert.equal(await page.locator('[data-removal="r0"]').count(), 0, 'and not back in the removed list');
    assert.equal(await page.isDisabled('[data-testid="save"]'), true, 'nothing unsaved after the save');

    // a reload has nothing to warn about and shows the same
    let warned = false;
    page.on('dialog', (d) => { warned = true; d.accept(); });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="body"]').value.length > 0);
    assert.equal(warned, false);
    assert.equal(await body(page), saved);
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});

test('a restore made while the editor holds unsaved text is merged with it on save', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    await importSample(page, dir);
    await typeAfter(page, 'Marta Jansen', ' (union)');
    await tab(page, 'removed');
    await page.click('[data-removal="r0"] button'); // saved at once, on a newer version than the editor's text
    await page.waitForSelector('[data-removal="r0"]', { state: 'detached' });
    await page.waitForSelector('[data-testid="meanwhile"]:visible');
    assert.match(await page.innerText('[data-testid="meanwhile"]'), /Changed since you started typing \(restore “Support fearless reporting”/);
    assert.match(await body(page), /Marta Jansen \(union\)/, 'the unsaved text stays in the editor');
    await saveAndWait(page);
    const saved = await body(page);
    assert.ok(saved.startsWith('Support fearless reporting'), `the restore is kept: ${saved.slice(0, 60)}`);
    assert.match(saved, /Marta Jansen \(union\)/);
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});

test('two windows on one article: edits of different paragraphs merge, of one paragraph are refused with the newer version shown', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const one = await openWorkbench(b, rt);
    await importSample(one.page, dir);
    const two = await openWorkbench(b, rt);
    await two.page.waitForFunction(() => document.querySelector('[data-testid="body"]')?.value.length > 0);

    // different paragraphs: window two's text was made before window one's save, and both stay
    await typeAfter(two.page, 'Marta Jansen', ' (union)');
    await typeAfter(one.page, 'Rotterdam', ' (Netherlands)');
    await saveAndWait(one.page);
    await saveAndWait(two.page);
    for (const w of [two.page, one.page]) {
      await w.waitForFunction(() => /Netherlands/.test(document.querySelector('[data-testid="body"]').value)
        && /\(union\)/.test(document.querySelector('[data-testid="body"]').value), null, { timeout: 5000 });
    }

    // one paragraph twice: the second save is refused, says why, shows the newer text and keeps its own
    await typeAfter(two.page, 'Marta Jansen (union)', ' herself');
    await typeAfter(one.page, 'Marta Jansen (union)', ', the union leader,');
    await saveAndWait(one.page);
    await two.page.click('[data-testid="save"]');
    await two.page.waitForSelector('[data-testid="conflict"]:visible');
    assert.match(await two.page.innerText('[data-testid="conflict"]'), /Not saved: paragraph \d+ was changed both here and in the newer version/);
    assert.match(await body(two.page), /the union leader/, 'the newer version is shown');
    assert.match(await two.page.inputValue('[data-testid="refused-text"]'), /Marta Jansen \(union\) herself/, 'the refused text is kept to take from');
    assert.equal(await two.page.getAttribute('[data-testid="body"]', 'aria-invalid'), 'true', 'the field at fault is marked');
    await shoot(two.page, 'conflict');
    assert.deepEqual([...one.errors, ...two.errors], []);
  } finally {
    await stop(rt);
  }
});

test('an edit made while an import runs stays, and the import keeps the article it finds again', async () => {
  const dir = home();
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    await importSample(page, dir);
    // forty more files to keep the import busy
    const batch = join(workspace(dir), 'inbox', 'batch');
    mkdirSync(batch, { recursive: true });
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(batch, `story-${i}.txt`), `Council meets on day ${i}\n\nThe council of Leiden met on Monday ${i} to discuss the budget with Mayor Anna Smit.\n`);
    }
    const job = await page.evaluate(async () => {
      const s = await (await fetch('/api/workbench/session')).json();
      const r = await fetch('/api/import/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': s.token },
        body: JSON.stringify({ paths: ['batch', 'port-strike.txt'], published: '2024-03-14' }) });
      return r.json();
    });
    await typeAfter(page, 'Rotterdam', ' (Netherlands)');
    await saveAndWait(page);
    const during = await page.evaluate(async (id) => (await (await fetch(`/api/import/jobs/${id}`)).json()).finished, job.id);
    assert.equal(during, false, 'the save happened while the import ran');
    let done;
    for (const until = Date.now() + 120000; Date.now() < until; await new Promise((r) => setTimeout(r, 500))) {
      done = await page.evaluate(async (id) => (await fetch(`/api/import/jobs/${id}`)).json(), job.id);
      if (done.finished) break;
    }
    assert.ok(done.finished, 'the import finished');
    const again = done.items.find((i) => i.path === 'port-strike.txt');
    assert.equal(again.status, 'done');
    assert.equal(again.kept.length, 1, 'the sample was in the workspace already: kept with its edits');
    assert.match(await body(page), /Rotterdam \(Netherlands\)/);
    const id = again.kept[0];
    const article = await page.evaluate(async (x) => (await fetch(`/api/articles/${x}`)).json(), id);
    assert.match(article.article.body.join('\n'), /Rotterdam \(Netherlands\)/, 'the edit is on the server after the import');
    assert.deepEqual(article.history.entries.map((e) => e.label), ['import port-strike.txt', 'edit 1 paragraph']);
    await page.waitForSelector(`[data-job="${job.id}"] .tag.kept`);
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
