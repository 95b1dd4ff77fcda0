// Starts real Copydesk runtimes (bin/copydesk workbench) on a private copy of the distribution and
// drives Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const dist = resolve(process.env.COPYDESK_DIST || '../target/copydesk');
export const screenshots = resolve(process.env.COPYDESK_SCREENSHOTS || '../target/screenshots');
export const exampleView = resolve(process.env.COPYDESK_EXAMPLE_VIEW || '../../bundles/example-quotes-view/target/org.copydesk.example.quotes.view-1.0.0.jar');

/**
 * A copy of the distribution of its own, so workspaces and deploy folders never mix; removed at exit.
 * Its workspaces live in its own data folder (DIR/data), never in the user's.
 */
export function home() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  // not the workspace or deployed bundles of whoever ran the distribution before
  cpSync(dist, dir, { recursive: true, filter: (src) => !/\/(workspace|data|deploy\/.+)$/.test(src.slice(dist.length)) });
  return dir;
}

/** Lets the desk run an outside bundle: its symbolic name and the SHA-256 of its jar on the trust list. */
export function trust(homeDir, desk, symbolicName, jar) {
  const sha = createHash('sha256').update(readFileSync(jar)).digest('hex');
  writeFileSync(join(homeDir, 'config/desks', desk, 'org.copydesk.trust.config'), `allowed=["${symbolicName};sha256:${sha}"]\n`);
}

/** The workspace folder of a desk in a test home. */
export const workspace = (homeDir, desk = 'default') => join(homeDir, 'data', 'copydesk', 'workspace', desk);

/** Starts `copydesk workbench --port 0` and resolves once it printed its address. */
export function start(homeDir, args = []) {
  const started = performance.now();
  const env = { ...process.env, XDG_DATA_HOME: join(homeDir, 'data') };
  const proc = spawn(join(homeDir, 'bin/copydesk'), [...args, 'workbench', '--port', '0'], { cwd: homeDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr.on('data', (d) => { err += d; });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => { proc.kill('SIGKILL'); fail(new Error(`no address within 30 s\n${out}\n${err}`)); }, 30000);
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); ok({ proc, url: m[1], started, stderr: () => err }); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); fail(new Error(`copydesk workbench exited with ${code}\n${out}\n${err}`)); });
  });
}

/** Stops a runtime as Ctrl-C would, and waits for it to be gone. */
export function stop(rt) {
  return new Promise((ok) => {
    if (rt.proc.exitCode !== null) { ok(); return; }
    const timer = setTimeout(() => rt.proc.kill('SIGKILL'), 15000);
    rt.proc.once('exit', () => { clearTimeout(timer); ok(); });
    rt.proc.kill('SIGTERM');
  });
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    timeout: 30000,
  });
}

/** Opens the workbench and waits until its views are mounted. */
export async function openWorkbench(b, rt, viewport = { width: 1440, height: 900 }) {
  const context = await b.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(rt.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return { page, context, errors };
}

export async function shoot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

/** Stops a runtime at once, as a crash or a power cut would (kill -9). */
export function kill(rt) {
  return new Promise((ok) => {
    if (rt.proc.exitCode !== null || rt.proc.signalCode !== null) { ok(); return; }
    rt.proc.once('exit', () => ok());
    rt.proc.kill('SIGKILL');
  });
}

/**
 * The accessibility problems axe-core finds on the page (serious and critical ones), as
 * "rule: target" lines. axe runs in the page through the DevTools protocol, which the page's CSP
 * does not stop.
 */
export async function axeViolations(page) {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}`));
}

/** Edits through the API as a second window would: the session's token and the version it names. */
export async function apiEdit(page, url, id, op) {
  return page.evaluate(async ({ url, id, op }) => {
    const s = await (await fetch(`${url}api/workbench/session`)).json();
    const r = await fetch(`${url}api/articles/${id}/edit`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': s.token }, body: JSON.stringify(op) });
    return { status: r.status, body: await r.json() };
  }, { url, id, op });
}

/** Uploads the bundled sample (with a publication date, unless it is null) and waits until the editor shows it marked up. */
export async function importSample(page, homeDir, published = '2024-03-14') {
  if (published) await page.fill('[data-testid="published"]', published);
  await page.setInputFiles('[data-testid="upload-files"]', join(homeDir, 'samples/port-strike.txt'));
  await page.waitForSelector('[data-job] .tag.done');
  await page.waitForSelector('[data-testid="body-highlights"] mark');
}
