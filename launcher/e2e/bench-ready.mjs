// How long from `copydesk workbench` to a workbench ready in the browser (views mounted, the last
// article reopened): node bench-ready.mjs [RUNS]. Each run starts a fresh runtime on one copy of the
// distribution; the browser is started once, beforehand, as an editor's browser would already be open.
import { browser, home, openWorkbench, start, stop } from './tests/harness.mjs';

const runs = Number(process.argv[2] || 5);
const b = await browser();
const dir = home();
const printed = [];
const ready = [];
for (let i = 0; i < runs; i++) {
  const rt = await start(dir);
  printed.push(performance.now() - rt.started);
  const { context } = await openWorkbench(b, rt);
  ready.push(performance.now() - rt.started);
  await context.close();
  await stop(rt);
  console.log(`run ${i + 1}: address printed ${Math.round(printed[i])} ms, ready in the browser ${Math.round(ready[i])} ms`);
}
const median = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
console.log(`median of ${runs}: address printed ${Math.round(median(printed))} ms, ready in the browser ${Math.round(median(ready))} ms`);
await b.close();
