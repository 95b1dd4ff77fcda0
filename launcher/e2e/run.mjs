// Runs the workbench's browser tests when their tools are here: playwright-core (npm ci in this
// folder) and a Chromium (Debian's /usr/bin/chromium, or CHROMIUM=path). .ci/run installs both; on a
// machine without them the tests are skipped with a message saying how to get them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const missing = [];
try { createRequire(import.meta.url).resolve('playwright-core'); } catch { missing.push('playwright-core (npm ci --prefix launcher/e2e)'); }
if (!existsSync(chromium)) missing.push(`Chromium at ${chromium} (apt-get install chromium)`);
if (missing.length) {
  console.log(`SKIPPED the workbench browser tests: missing ${missing.join(' and ')}`);
  process.exit(0);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/'],
  { stdio: 'inherit', timeout: 10 * 60 * 1000, env: { ...process.env, CHROMIUM: chromium } });
if (r.error) console.error(`the browser tests did not finish: ${r.error.message}`);
process.exit(r.status ?? 1);
