// Removed text: every block the strip stage took out, grouped by reason, with why (the rule that
// matched, or a learned model and how sure it was) and the bundle that took it; restore one where it
// stood, or every block of a reason.

/** Why a block went: "rule generic.appeal.support-us", or "model, 93 % sure" when a classifier decided. */
export function why(r) {
  const score = typeof r.confidence === 'number' ? `, ${Math.round(r.confidence * 100)} % sure` : '';
  return r.rule === 'model' ? `model${score}` : `rule ${r.rule}${score}`;
}

export function mount(el, wb) {
  const { h } = wb;
  const short = (t) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  function render(a) {
    if (!a) { el.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see what was removed.')); return; }
    const removed = a.removed || [];
    if (!removed.length) { el.replaceChildren(h('p', { class: 'empty' }, 'Nothing was removed from this article.')); return; }
    const byReason = new Map();
    for (const r of removed) {
      if (!byReason.has(r.reason)) byReason.set(r.reason, []);
      byReason.get(r.reason).push(r);
    }
    el.replaceChildren(...[...byReason].map(([reason, list]) => h('section', { 'data-reason': reason },
      h('div', { class: 'row' }, h('h3', { class: 'grow' }, `${reason} (${list.length})`),
        h('button', { 'aria-label': `Restore all ${list.length} ${reason} blocks`, onclick: () => run({ op: 'restoreReason', reason }, `Restored every ${reason} block`) }, `Restore all ${list.length}`)),
      h('ul', { class: 'plain' }, list.map((r) => h('li', { 'data-removal': r.id },
        h('div', { class: 'quote' }, r.text),
        h('div', { class: 'row' }, h('span', { class: 'meta grow', 'data-testid': 'why' }, `${why(r)} · ${r.by} · block ${r.position + 1}`),
          h('button', { 'aria-label': `Restore “${short(r.text)}”`, onclick: () => run({ op: 'restore', removal: r.id }, 'Restored') }, 'Restore'))))))));
  }
  async function run(op, message) {
    try { await wb.edit(op); wb.status(message); } catch (e) { wb.report(e); }
  }
  wb.on('article', render);
  render(wb.article);
}
