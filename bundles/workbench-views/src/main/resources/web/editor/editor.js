// The article editor: headline, standfirst and body (paragraphs apart by a blank line), with what the
// stages found highlighted under the words: entity mentions by type, time expressions. The marks
// follow the text as it is typed; clicking one shows it in the Entities or Timeline view, and those
// views show a mention or an event's words here. Saving sends the text as one edit made on the
// version it was loaded from: the server merges it with what changed meanwhile (a restored block, an
// edit in another window) or refuses it, and the editor then shows the saved article. The
// publication date is set here, and "Run stages again" tags what was typed since the import.

const FIELDS = ['headline', 'standfirst', 'body'];
const TYPE_WORDS = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other name' };

export function mount(el, wb) {
  const { h } = wb;
  const boxes = {};
  for (const f of FIELDS) {
    const label = { headline: 'Headline', standfirst: 'Standfirst', body: 'Body' }[f];
    const ta = h('textarea', { class: f, 'aria-label': label, 'data-testid': f, spellcheck: 'true', rows: f === 'body' ? 12 : 1 });
    const backdrop = h('div', { class: 'backdrop', 'aria-hidden': 'true', 'data-testid': `${f}-highlights` });
    boxes[f] = { f, ta, backdrop, spans: [], drawn: [], starts: [], wrap: h('div', { class: `text ${f}` }, backdrop, ta) };
  }
  const published = h('input', { type: 'date', 'aria-label': 'Publication date', 'data-testid': 'article-published' });
  const setDate = h('button', { onclick: () => savePublished() }, 'Set date');
  const rerun = h('button', { 'data-testid': 'rerun', title: 'Tag names and dates typed since the import; your corrections stay', onclick: () => runStages() }, 'Run stages again');
  const save = h('button', { class: 'primary', disabled: true, 'data-testid': 'save', onclick: () => saveText() }, 'Save');
  const revert = h('button', { disabled: true, onclick: () => show(wb.article) }, 'Revert');
  const source = h('span', { class: 'meta grow', 'data-testid': 'article-source' });
  const legend = h('div', { class: 'legend' });
  const underCaret = h('div', { class: 'under-caret', 'aria-live': 'polite', 'data-testid': 'under-caret' });
  const conflict = h('div', { class: 'conflict', role: 'alert', hidden: true, 'data-testid': 'conflict' });
  const meanwhile = h('div', { class: 'warning', role: 'status', hidden: true, 'data-testid': 'meanwhile' });
  const provenance = h('div', { class: 'meta' });
  boxes.standfirst.ta.placeholder = 'Standfirst';
  const form = h('div', { class: 'editor' },
    h('div', { class: 'row toolbar' }, save, revert, rerun, h('span', { class: 'grow' }), h('span', { class: 'field' }, h('label', { class: 'inline' }, 'Published', published), setDate)),
    h('div', { class: 'row' }, source), conflict, meanwhile,
    boxes.headline.wrap, boxes.standfirst.wrap, legend, boxes.body.wrap, underCaret, provenance);
  const empty = h('p', { class: 'empty' }, 'Open an article from the inbox.');
  el.append(empty, form);

  let shown = null;       // the article the fields were filled from
  let shownVersion = null; // its version: what a save names as its base
  const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const current = () => ({ headline: boxes.headline.ta.value.trim(), standfirst: boxes.standfirst.ta.value.trim(), body: paragraphs(boxes.body.ta.value) });
  const same = (a) => JSON.stringify(current()) === JSON.stringify({ headline: a.headline || '', standfirst: a.standfirst || '', body: a.body || [] });
  const dirty = () => !!shown && !same(shown);

  function dirtyCheck() {
    const d = dirty();
    save.disabled = !d;
    revert.disabled = !d;
    wb.setDirty(d);
  }

  // ---- highlights

  /** Where each body paragraph starts in the body field's text (paragraphs joined by a blank line). */
  function starts(a) {
    const out = [];
    let at = 0;
    for (const p of a.body || []) { out.push(at); at += p.length + 2; }
    return out;
  }

  /** The marks of an article, per field, in field offsets. */
  function spansOf(a) {
    const base = starts(a);
    const out = { headline: [], standfirst: [], body: [] };
    const place = (s) => (s.field === 'body' ? (base[s.paragraph] ?? -1) : 0);
    for (const e of a.entities || []) {
      e.mentions.forEach((m, i) => {
        const b = place(m);
        if (b >= 0) out[m.field].push({ start: b + m.start, end: b + m.end, cls: e.type.toLowerCase(), entity: e.id, mention: i });
      });
    }
    (a.times || []).forEach((t, i) => {
      const b = place(t);
      if (b >= 0) out[t.field].push({ start: b + t.start, end: b + t.end, cls: `time${/X/.test(t.value) ? ' unplaced' : ''}`, time: i });
    });
    for (const f of FIELDS) out[f].sort((x, y) => x.start - y.start || y.end - x.end);
    return out;
  }

  /**
   * Draws the marks of one field behind its text, a paragraph at a time: each paragraph (with the
   * blank line after it) is one piece, and only the pieces whose text or marks changed are drawn
   * again, so a keystroke redraws one paragraph, not the article.
   */
  function render(box) {
    const text = box.ta.value;
    const pieces = [];
    const gap = /\n\s*\n/g;
    let from = 0;
    for (let m = gap.exec(text); m; m = gap.exec(text)) {
      pieces.push([from, m.index + m[0].length]);
      from = m.index + m[0].length;
    }
    pieces.push([from, text.length]);
    let si = 0;
    let at = 0;
    const drawn = pieces.map(([start, end]) => {
      const marks = [];
      while (si < box.spans.length && box.spans[si].start < end) {
        const x = box.spans[si++];
        if (x.start >= Math.max(start, at) && x.end <= end) { // an overlapping mark is drawn once
          marks.push(x);
          at = x.end;
        }
      }
      const part = text.slice(start, end);
      return { part, marks, key: `${part}\u0000${marks.map((x) => `${x.start - start}:${x.end - start}:${x.cls}`).join(',')}` };
    });
    const same = box.drawn.length === drawn.length;
    const els = same ? [...box.backdrop.children] : [];
    drawn.forEach((d, i) => {
      if (same && box.drawn[i].key === d.key) return;
      const start = pieces[i][0];
      const el = h('span', {});
      let k = 0;
      for (const x of d.marks) {
        el.append(d.part.slice(k, x.start - start), h('mark', { class: x.cls, 'data-at': x.start - start }, d.part.slice(x.start - start, x.end - start)));
        k = x.end - start;
      }
      el.append(d.part.slice(k));
      if (same) els[i].replaceWith(el); else els.push(el);
    });
    if (!same) box.backdrop.replaceChildren(...els, ' '); // a closing newline still takes its line, as in the field
    box.drawn = drawn;
    box.starts = pieces.map(([start]) => start);
    box.backdrop.scrollTop = box.ta.scrollTop;
  }

  /** The drawn mark of a span of a field, if it is drawn. */
  function markOf(box, start) {
    let i = box.starts.length - 1;
    while (i > 0 && box.starts[i] > start) i--;
    return box.backdrop.children[i]?.querySelector(`mark[data-at="${start - box.starts[i]}"]`) || null;
  }

  /** After typing: marks before the change stay, marks after it move, marks whose words changed go. */
  function follow(box, before, after) {
    let p = 0;
    const max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
    const oldEnd = before.length - s;
    const delta = after.length - before.length;
    box.spans = box.spans.filter((x) => x.end <= p || x.start >= oldEnd).map((x) => (x.start >= oldEnd ? { ...x, start: x.start + delta, end: x.end + delta } : x));
  }

  function fit(box) {
    if (box.f === 'body') return;
    box.ta.style.height = 'auto';
    box.ta.style.height = `${box.ta.scrollHeight + 2}px`;
  }

  for (const box of Object.values(boxes)) {
    let before = '';
    box.ta.addEventListener('focus', () => { before = box.ta.value; });
    box.ta.addEventListener('beforeinput', () => { before = box.ta.value; });
    box.ta.addEventListener('input', () => {
      const t0 = performance.now();
      follow(box, before, box.ta.value);
      before = box.ta.value;
      render(box);
      fit(box);
      dirtyCheck();
      el.dataset.highlightMillis = (performance.now() - t0).toFixed(2);
    });
    box.ta.addEventListener('scroll', () => { box.backdrop.scrollTop = box.ta.scrollTop; });
    box.ta.addEventListener('click', () => caret(box, true));
    box.ta.addEventListener('keyup', (e) => { if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') caret(box, false); });
    if (box.f === 'headline') box.ta.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });
  }

  /** What the caret stands in: said under the text, and shown in the Entities or Timeline view on a click. */
  function caret(box, clicked) {
    const at = box.ta.selectionStart;
    const s = box.spans.find((x) => x.start <= at && at <= x.end);
    const a = wb.article;
    if (!s || !a) { underCaret.textContent = ''; return; }
    const words = box.ta.value.slice(s.start, s.end);
    if (s.entity) {
      const e = a.entities.find((x) => x.id === s.entity);
      if (!e) return;
      underCaret.textContent = `“${words}”: ${e.name}, ${TYPE_WORDS[e.type]}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
      if (clicked) wb.emit('focus', { entity: e.id });
    } else {
      const t = a.times[s.time];
      if (!t) return;
      underCaret.textContent = `“${words}”: ${wb.words(t.value)} (${t.type.toLowerCase()})`;
      if (clicked) wb.emit('focus', { time: s.time, value: t.value });
    }
  }

  /** Shows some words of the article (a mention, the words that dated an event) selected in the text. */
  function reveal({ field, paragraph, start, end }) {
    const box = boxes[field];
    const a = wb.article;
    if (!box || !a) return;
    const b = field === 'body' ? starts(a)[paragraph] : 0;
    if (b === undefined) return;
    wb.show('editor');
    box.ta.focus();
    box.ta.setSelectionRange(b + start, b + end);
    const mark = markOf(box, b + start);
    if (mark) {
      box.ta.scrollTop = Math.max(0, mark.offsetTop - box.ta.clientHeight / 3);
      box.backdrop.scrollTop = box.ta.scrollTop;
      mark.classList.add('flash');
      setTimeout(() => mark.classList.remove('flash'), 1500);
    }
    caret(box, false);
  }

  function legendFor(a) {
    const count = (cls) => FIELDS.reduce((n, f) => n + boxes[f].spans.filter((s) => s.cls.split(' ')[0] === cls).length, 0);
    const keys = [['person', 'person', 'people'], ['organization', 'organisation', 'organisations'], ['location', 'place', 'places'],
      ['misc', 'other name', 'other names'], ['time', 'date or time', 'dates and times']];
    legend.replaceChildren(...keys.map(([cls, one, many]) => { const n = count(cls); return h('span', {}, h('span', { class: `key ${cls}` }), `${n} ${n === 1 ? one : many}`); }));
    const unplaced = (a.times || []).filter((t) => /X/.test(t.value)).length;
    if (unplaced && !a.published) legend.append(h('span', { class: 'tag failed' }, `${unplaced} not placed: no publication date`));
  }

  // ---- showing an article

  function show(a) {
    shown = a;
    shownVersion = wb.history ? wb.history.version : null;
    meanwhile.hidden = true;
    form.hidden = !a;
    empty.hidden = !!a;
    if (!a) { wb.setDirty(false); return; }
    boxes.headline.ta.value = a.headline || '';
    boxes.standfirst.ta.value = a.standfirst || '';
    boxes.body.ta.value = (a.body || []).join('\n\n');
    const spans = spansOf(a);
    for (const f of FIELDS) {
      boxes[f].spans = spans[f];
      render(boxes[f]);
      fit(boxes[f]);
    }
    legendFor(a);
    published.value = a.published || '';
    wb.clearError(published);
    const src = a.source || {};
    const entry = wb.history ? wb.history.entries[0] : null;
    source.textContent = [a.byline, src.file ? `from ${src.file}${src.item ? ` (item ${src.item + 1})` : ''}` : null,
      entry ? `imported ${new Date(entry.time).toLocaleString()}` : null, a.published ? `published ${wb.words(a.published)}` : 'no publication date'].filter(Boolean).join(' · ');
    const failed = (a.provenance || []).filter((p) => p.status !== 'ok');
    provenance.replaceChildren(...failed.map((p) => h('div', { class: 'tag failed' }, `${p.stage} (${p.bundle}) ${p.status}: ${p.error || ''}`)));
    dirtyCheck();
  }

  async function saveText() {
    const text = current();
    conflict.hidden = true;
    try {
      const saved = await wb.edit({ op: 'text', base: shownVersion, headline: text.headline || null, standfirst: text.standfirst || null, body: text.body });
      show(saved); // the article as saved, merged with what changed meanwhile
      wb.status('Saved');
    } catch (e) {
      if (e.conflict) {
        show(wb.article); // the newer version; the editor's text is kept below to take from
        keepRefused(text, e.message);
      }
      wb.report(e, { body: boxes.body.ta, headline: boxes.headline.ta, standfirst: boxes.standfirst.ta, default: boxes.body.ta });
    }
  }

  /** A refused save: the editor's text stays in view, to copy from or to put back over the newer version. */
  function keepRefused(text, message) {
    const mine = [text.headline, text.standfirst, ...text.body].filter(Boolean).join('\n\n');
    const copy = h('textarea', { rows: 6, readonly: true, 'aria-label': 'Your text that was not saved', 'data-testid': 'refused-text' });
    copy.value = mine;
    conflict.replaceChildren(h('p', {}, message), h('p', { class: 'meta' }, 'Your text, not saved:'), copy,
      h('div', { class: 'row' },
        h('button', { onclick: () => {
          boxes.headline.ta.value = text.headline;
          boxes.standfirst.ta.value = text.standfirst;
          boxes.body.ta.value = text.body.join('\n\n');
          for (const f of FIELDS) { boxes[f].spans = []; render(boxes[f]); fit(boxes[f]); }
          shownVersion = wb.history.version; // put back knowingly, over the newer version
          conflict.hidden = true;
          dirtyCheck();
        } }, 'Put my text back'),
        h('button', { onclick: () => { conflict.hidden = true; } }, 'Dismiss')));
    conflict.hidden = false;
  }

  async function savePublished() {
    try {
      await wb.edit({ op: 'published', date: published.value || null });
      wb.status(published.value ? `Publication date set; times and timeline follow it` : 'Publication date removed');
    } catch (e) { wb.report(e, { date: published, default: published }); }
  }

  async function runStages() {
    if (dirty()) { wb.report(new Error('Save the text first: the stages run on the saved article'), { default: boxes.body.ta }); return; }
    rerun.disabled = true;
    wb.status('Running the stages again…');
    try {
      await wb.edit({ op: 'rerun' });
      wb.status('The stages ran again; your corrections were kept');
    } catch (e) { wb.report(e); } finally { rerun.disabled = false; }
  }

  wb.on('article', (a) => {
    // an edit made elsewhere (a restore, another window) replaces the text only when nothing is unsaved
    // here; unsaved text keeps the version it was made on, and its save is merged with the newer one
    if (!a || !shown || !dirty()) { show(a); return; }
    if (a !== shown && wb.history) {
      meanwhile.textContent = `Changed since you started typing (${wb.history.entries[wb.history.current - 1].label}). Saving merges your text with it.`;
      meanwhile.hidden = false;
    }
  });
  wb.on('reveal', reveal);
  wb.on('reveal-date', () => { wb.show('editor'); published.focus(); });
  wb.command({ id: 'editor.save', title: 'Save the article text', key: 'Ctrl+S', field: true, run: saveText });
  wb.command({ id: 'editor.rerun', title: 'Run the stages again on this article', run: runStages });
  show(wb.article);
}
