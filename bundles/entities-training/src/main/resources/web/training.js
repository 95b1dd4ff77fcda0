// "Train model": trains this desk's entity model from the workspace's articles as the editors left
// them, shows the scores on the held-out articles, and deploys the model when the editor accepts.
// Built with wb.h only: nothing from the server is parsed as HTML.

const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

export function mount(el, wb) {
  const { h } = wb;
  let timer = null;

  function scores(meta) {
    if (!meta || !meta.dev) return h('p', { class: 'empty' }, 'No held-out articles, so no scores.');
    const pct = (x) => `${x.toFixed(1)}`;
    return h('table', { class: 'plain', 'data-testid': 'training-scores' },
      h('tr', {}, h('th', {}, 'type'), h('th', {}, 'P'), h('th', {}, 'R'), h('th', {}, 'F1')),
      ...TYPES.map((t) => h('tr', {}, h('td', {}, t), h('td', {}, pct(meta.dev[t].p)), h('td', {}, pct(meta.dev[t].r)),
        h('td', {}, pct(meta.dev[t].f1)))),
      h('tr', {}, h('td', {}, 'PER+ORG+LOC'), h('td', {}, ''), h('td', {}, ''), h('td', {}, pct(meta.dev['PER+ORG+LOC']))));
  }

  function render(s) {
    const busy = s.state === 'training';
    const parts = [h('p', { 'data-testid': 'training-state' }, s.message)];
    const articles = (n) => `${n} article${n === 1 ? '' : 's'}`;
    if (s.state !== 'idle') parts.push(h('p', { class: 'meta' }, `${articles(s.train)} to learn from, ${s.dev} held out`));
    if (s.metadata) parts.push(scores(s.metadata));
    parts.push(h('button', { type: 'button', disabled: busy ? '' : null, onclick: train }, busy ? 'Training…' : 'Train this desk\'s model'));
    if (s.state === 'done') parts.push(h('button', { type: 'button', 'data-testid': 'training-deploy', onclick: deploy }, 'Accept and deploy'));
    el.replaceChildren(...parts);
    clearTimeout(timer);
    if (busy) timer = setTimeout(refresh, 1000);
  }

  async function refresh() {
    try { render(await wb.api('/api/views/training/status')); } catch (e) { wb.status(e.message, true); }
  }
  async function train() {
    try { render(await wb.api('/api/views/training/train', { method: 'POST' })); } catch (e) { wb.status(e.message, true); }
  }
  async function deploy() {
    try {
      const s = await wb.api('/api/views/training/deploy', { method: 'POST' });
      render(s);
      wb.status(s.message);
    } catch (e) { wb.status(e.message, true); }
  }

  wb.command({ id: 'training.train', title: 'Train this desk\'s entity model', run: () => { wb.show('training'); train(); } });
  refresh();
}
