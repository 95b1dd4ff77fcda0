// Removed text: every block the strip stage took out, grouped by reason, each with why it went (the
// rule that matched, the learned model and its confidence, or an editor's hand) and the bundle that
// took it; restore one where it stood, or every block of a reason. Above them an editor removes a
// body paragraph by hand, naming the reason. The strip stage learns from both (docs/strip.md).

const REASONS = ['appeal', 'subscription', 'paywall', 'newsletter', 'comments', 'social', 'related', 'advert', 'cookie',
  'promo', 'legal', 'navigation'];

/**
 * Why a block went, as words: "why removed: rule generic:appeal.support-us", "why removed: model, 0.93"
 * (the calibrated confidence rounded down, so 0.997 never reads as a certain 1.00), "why removed: by hand".
 */
export function why(r) {
  if (r.rule === 'model') return `why removed: model${typeof r.confidence === 'number' ? `, ${(Math.floor(r.confidence * 100) / 100).toFixed(2)}` : ''}`;
  if (r.rule === 'editor') return 'why removed: by hand';
  return `why removed: rule ${r.rule}`;
}

export function mount(el, wb) {
  const { h } = wb;
  const short = (t) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  const paragraph = h('select', { 'aria-label': 'Paragraph to remove by hand', 'data-testid': 'remove-paragraph' });
  const reason = h('select', { 'aria-label': 'Reason for removing it', 'data-testid': 'remove-reason' },
    REASONS.map((r) => h('option', { value: r }, r)));
  const removeButton = h('button', { 'data-testid': 'remove-by-hand', onclick: () => removeByHand() }, 'Remove');
  const byHand = h('section', { class: 'by-hand' }, h('h3', {}, 'Remove by hand'),
    h('div', { class: 'row field' }, paragraph), h('div', { class: 'row field' }, reason, removeButton));
  const list = h('div', {});
  el.append(byHand, list);

  function render(a) {
    byHand.hidden = !a;
    if (!a) { list.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see what was removed.')); return; }
    paragraph.replaceChildren(...(a.body || []).map((p, i) => h('option', { value: String(i) }, `${i + 1}. ${short(p)}`)));
    removeButton.disabled = !(a.body || []).length;
    const removed = a.removed || [];
    if (!removed.length) { list.replaceChildren(h('p', { class: 'empty' }, 'Nothing was removed from this article.')); return; }
    const byReason = new Map();
    for (const r of removed) {
      if (!byReason.has(r.reason)) byReason.set(r.reason, []);
      byReason.get(r.reason).push(r);
    }
    list.replaceChildren(...[...byReason].map(([reason, blocks]) => h('section', { 'data-reason': reason },
      h('div', { class: 'row' }, h('h3', { class: 'grow' }, `${reason} (${blocks.length})`),
        h('button', { 'aria-label': `Restore all ${blocks.length} ${reason} blocks`, onclick: () => run({ op: 'restoreReason', reason }, `Restored every ${reason} block`) }, `Restore all ${blocks.length}`)),
      h('ul', { class: 'plain' }, blocks.map((r) => h('li', { 'data-removal': r.id },
        h('div', { class: 'quote' }, r.text),
        h('div', { class: 'row' }, h('span', { class: 'meta grow' }, h('span', { 'data-testid': 'why' }, why(r)), ` · ${r.by} · block ${r.position + 1}`),
          h('button', { 'aria-label': `Restore “${short(r.text)}”`, onclick: () => run({ op: 'restore', removal: r.id }, 'Restored') }, 'Restore'))))))));
  }
  function removeByHand() {
    const i = Number(paragraph.value);
    run({ op: 'removeParagraph', paragraph: i, reason: reason.value }, `Removed paragraph ${i + 1} as ${reason.value}`);
  }
  async function run(op, message) {
    try { await wb.edit(op); wb.status(message); } catch (e) { wb.report(e); }
  }
  wb.on('article', render);
  render(wb.article);
}
