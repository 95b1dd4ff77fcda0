// Desks teach the strip stage (issue 19): in the Removed text view every block says why it went
// ("why removed: rule generic:…", "why removed: model, 0.99"); an editor restores one block and
// removes another by hand, and each becomes one line of the desk's examples file, which an undo
// withdraws. The file is what `copydesk strip-train` reads (StripFeedbackIT runs that part).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, home, openWorkbench, shoot, start, stop } from './harness.mjs';

let b;
before(async () => { b = await browser(); });
after(async () => { await b?.close(); });

const PLUG = 'Snapped the storm from your window? Send your weather pictures to our picture desk and we may print the best of them on Saturday.';
const EXTRA = 'Today\'s rainfall reading of 12 millimetres came from weather watcher Jim Baker of Hollow Farm, Ashby.';
// a story of our own: one appeal for the rules, one plug for the model, and the desk's own furniture
// (a weather watcher's reading, which reads like news) that the editor removes by hand
const STORY = [
  'Storm brings gales and flooding to the west coast',
  'Forecasters said gusts of up to 80mph were recorded on exposed headlands overnight.',
  'Support fearless reporting',
  'The coastguard said it had rescued two walkers who were cut off by the tide near the harbour.',
  'The council said 40 homes had been flooded and a rest centre had been opened at the leisure centre.',
  PLUG,
  EXTRA,
  'Power was restored to most homes by the afternoon, the electricity company said.',
].join('\n\n');

const lines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const whyTexts = (page) => page.$$eval('#view-removed [data-removal]', (els) => els.map((li) => ({
  text: li.querySelector('.quote').textContent, why: li.querySelector('[data-testid="why"]').textContent })));

test('why each block went, and a restore and a removal by hand become the desk\'s examples', async () => {
  const dir = home();
  const examples = join(dir, 'config/desks/default/strip-examples.jsonl');
  const story = join(dir, 'storm.txt');
  writeFileSync(story, STORY);
  const rt = await start(dir);
  try {
    const { page, errors } = await openWorkbench(b, rt);
    await page.fill('[data-testid="published"]', '2024-03-14');
    await page.setInputFiles('[data-testid="upload-files"]', story);
    await page.waitForSelector('[data-job] .tag.done');
    await page.click('[data-tab="removed"]');
    await page.waitForSelector('#view-removed [data-removal]');

    // why each block went, in words beside it
    let why = await whyTexts(page);
    const appeal = why.find((w) => w.text === 'Support fearless reporting');
    assert.match(appeal.why, /^why removed: rule [a-z]+:[a-z.-]+$/, JSON.stringify(why));
    const byModel = why.find((w) => w.text === PLUG);
    assert.match(byModel.why, /^why removed: model, 0\.9\d$/, JSON.stringify(why));
    assert.ok(why.every((w) => /^why removed: (rule \S+|model, [01]\.\d\d|by hand)$/.test(w.why)), JSON.stringify(why));

    // the editor restores the appeal's line (it was article text, say) ...
    await page.click('#view-removed [data-removal] >> nth=0 >> button');
    await page.waitForFunction(() => document.querySelector('[data-testid="body"]').value.includes('Support fearless reporting'));
    // ... and removes the weather-watcher credit by hand as a promo
    const options = await page.$$eval('[data-testid="remove-paragraph"] option', (os) => os.map((o) => o.textContent));
    // the list shows each paragraph's first words only
    const index = options.findIndex((o) => o.includes('Today\'s rainfall reading'));
    assert.ok(index >= 0, options.join('\n'));
    await page.selectOption('[data-testid="remove-paragraph"]', String(index));
    await page.selectOption('[data-testid="remove-reason"]', 'promo');
    await page.click('[data-testid="remove-by-hand"]');
    await page.waitForFunction((t) => !document.querySelector('[data-testid="body"]').value.includes(t), EXTRA);
    why = await whyTexts(page);
    assert.equal(why.find((w) => w.text === EXTRA).why, 'why removed: by hand');
    await shoot(page, 'removed-why');

    const [keep, promo, ...rest] = lines(examples);
    assert.deepEqual(rest, []);
    assert.equal(keep.text, 'Support fearless reporting');
    assert.equal(keep.label, 'keep');
    assert.equal(keep.position, 0, 'the first paragraph of the body (the one before it is the standfirst)');
    assert.deepEqual(keep.neighbours.before, []);
    assert.equal(keep.neighbours.after.length, 2);
    assert.match(keep.source, /^workbench restore r0 storm-[0-9a-f]{8} \d{4}-\d\d-\d\dT/);
    assert.equal(promo.text, EXTRA);
    assert.equal(promo.label, 'promo');
    assert.equal(promo.paragraphs, 6, 'the body as the stage saw it: kept and removed paragraphs');
    assert.equal(promo.position, 4);
    assert.deepEqual(promo.neighbours.before.at(-1), PLUG, 'its neighbours include blocks the stage removed');
    assert.match(promo.source, /^workbench remove r4 storm-/);

    // undo takes the removal back, and its example with it: a line that withdraws it
    await page.click('#undo');
    await page.waitForFunction((t) => document.querySelector('[data-testid="body"]').value.includes(t), EXTRA);
    const after = lines(examples);
    assert.equal(after.length, 3);
    assert.deepEqual(after[2].withdraw, promo.edit);
    assert.match(after[2].source, /^workbench undo storm-/);
    assert.deepEqual(errors, []);
  } finally {
    await stop(rt);
  }
});
