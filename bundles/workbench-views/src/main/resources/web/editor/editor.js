// The article editor: headline, standfirst and body (paragraphs apart by a blank line). Saving sends
// the text as one edit; the model keeps every entity mention and time pointing at its words, and the
// history makes it undoable. Unsaved text marks the workbench dirty.

export function mount(el, wb) {
  const { h } = wb;
  const headline = h('input', { type: 'text', class: 'headline', 'aria-label': 'Headline', 'data-testid': 'headline' });
  const standfirst = h('textarea', { class: 'standfirst', rows: 2, 'aria-label': 'Standfirst', 'data-testid': 'standfirst' });
  const body = h('textarea', { class: 'body', 'aria-label': 'Body', 'data-testid': 'body' });
  const meta = h('div', { class: 'meta' });
  const save = h('button', { class: 'primary', disabled: true, onclick: () => saveText() }, 'Save');
  const revert = h('button', { disabled: true, onclick: () => show(wb.article) }, 'Revert');
  const provenance = h('div', { class: 'meta' });
  const form = h('div', { class: 'editor' }, h('div', { class: 'row' }, save, revert, h('span', { class: 'grow' }), meta),
    headline, h('h3', {}, 'Standfirst'), standfirst, h('h3', {}, 'Body'), body, provenance);
  const empty = h('p', { class: 'empty' }, 'Open an article from the inbox.');
  el.append(empty, form);

  let shown = null;
  const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const current = () => ({ headline: headline.value.trim(), standfirst: standfirst.value.trim(), body: paragraphs(body.value) });
  const same = (a) => JSON.stringify(current()) === JSON.stringify({ headline: a.headline || '', standfirst: a.standfirst || '', body: a.body || [] });

  function dirtyCheck() {
    const dirty = !!shown && !same(shown);
    save.disabled = !dirty;
    revert.disabled = !dirty;
    wb.setDirty(dirty);
  }

  function show(a) {
    shown = a;
    form.hidden = !a;
    empty.hidden = !!a;
    if (!a) { wb.setDirty(false); return; }
    headline.value = a.headline || '';
    standfirst.value = a.standfirst || '';
    body.value = (a.body || []).join('\n\n');
    const src = a.source || {};
    meta.textContent = [a.byline, a.published ? `published ${a.published}` : 'no publication date', src.file].filter(Boolean).join(' · ');
    const failed = (a.provenance || []).filter((p) => p.status !== 'ok');
    provenance.replaceChildren(...failed.map((p) => h('div', { class: 'tag failed' }, `${p.stage} (${p.bundle}) ${p.status}: ${p.error || ''}`)));
    dirtyCheck();
  }

  async function saveText() {
    try {
      const { headline: hl, standfirst: sf, body: b } = current();
      await wb.edit({ op: 'text', headline: hl, standfirst: sf || null, body: b });
      wb.status('Saved');
    } catch (e) { wb.status(e.message, true); }
  }

  for (const field of [headline, standfirst, body]) field.addEventListener('input', dirtyCheck);
  wb.on('article', (a) => {
    // an edit made elsewhere (a restore, an undo) replaces the text only when nothing is unsaved here
    if (!shown || !a || a !== shown && (same(shown) || !wb.articleId)) show(a);
  });
  wb.command({ id: 'editor.save', title: 'Save the article text', key: 'Ctrl+S', field: true, run: saveText });
  show(wb.article);
}
