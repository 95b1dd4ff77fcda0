// The workbench page: asks the runtime for the desk's perspectives and the views bundles offer,
// mounts each view's module, and gives the views one object (`wb`) for the open article, edits with
// undo and redo, commands with shortcuts, errors next to their fields and the status line. Views come
// and go while the page is open: the view list is polled and re-laid out when a bundle adds or
// removes one. Every change names the version of the article it was made on, so the server merges
// a change made on an older version or refuses it, never applies it blindly.

const $ = (sel) => document.querySelector(sel);

/** Builds an element; strings become text nodes, so nothing from an article is ever parsed as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'style') Object.assign(el.style, v); // CSSOM, which the page's CSP allows
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const state = {
  token: null,
  session: null,
  articleId: null,
  article: null,
  history: null,
  words: {},
  dirty: new Set(),
  revision: -1,
  descriptors: [],
  perspective: 'editing',
  views: new Map(), // id -> {descriptor, element, instance, ctx, tab}
  active: {},       // perspective -> area -> view id
  listeners: new Map(),
  commands: new Map(),
  started: false,
};

/** A request to the runtime; a refusal becomes an Error with the server's message, its field and, for a clash, the newer article. */
async function api(path, { method = 'GET', body, raw, keepalive = false } = {}, retried = false) {
  const headers = {};
  if (method !== 'GET') headers['X-Copydesk-Token'] = state.token;
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, keepalive, body: raw ? body : body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 403 && method !== 'GET' && !retried) {
    // the runtime restarted and the session with it: take a new token and try once more
    await session();
    return api(path, { method, body, raw, keepalive }, true);
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const e = new Error(data && data.error ? data.error : `${res.status} ${res.statusText}`);
    e.status = res.status;
    e.field = data && data.field;
    e.conflict = !!(data && data.conflict);
    e.current = data && data.current;
    throw e;
  }
  return data;
}

async function session() {
  state.session = await api('/api/workbench/session');
  state.token = state.session.token;
  return state.session;
}

function emit(event, detail) {
  for (const fn of state.listeners.get(event) || []) {
    try { fn(detail); } catch (e) { status(`a view failed on ${event}: ${e.message}`, true); }
  }
}

/** The status line; an error is also announced at once to screen readers. */
function status(message, error = false) {
  const el = $('#status');
  el.textContent = message;
  el.classList.toggle('error', error);
  if (error) $('#alert').textContent = message;
}

/** Marks a field as wrong and puts the message right after it, where a screen reader finds it. */
function fieldError(input, message) {
  clearError(input);
  const id = `error-${Math.random().toString(36).slice(2)}`;
  const note = h('p', { class: 'field-error', id, role: 'alert' }, message);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
  input.dataset.errorId = id;
  (input.closest('.field') || input).after(note);
  input.addEventListener('input', () => clearError(input), { once: true });
}

function clearError(input) {
  if (!input.dataset.errorId) return;
  document.getElementById(input.dataset.errorId)?.remove();
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-describedby');
  delete input.dataset.errorId;
}

/**
 * Shows a failed request: next to the field the server names (fields maps its names to inputs; the
 * `default` one takes the rest), and in the status line.
 */
function report(err, fields = {}) {
  const input = fields[err.field] || fields.default;
  if (input) fieldError(input, err.message);
  status(err.message, true);
}

function showArticle(data) {
  state.articleId = data ? data.id : null;
  state.article = data ? data.article : null;
  state.history = data ? data.history : null;
  state.words = data ? data.words || {} : {};
  const a = state.article;
  $('#article-title').textContent = a ? a.headline || state.articleId : '';
  $('#undo').disabled = !(state.history && state.history.undo);
  $('#redo').disabled = !(state.history && state.history.redo);
  $('#undo').title = state.history && state.history.undo ? `Undo ${state.history.undo} (Ctrl+Z)` : 'Nothing to undo';
  $('#redo').title = state.history && state.history.redo ? `Redo ${state.history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
  $('#undo').setAttribute('aria-label', $('#undo').title);
  $('#redo').setAttribute('aria-label', $('#redo').title);
  $('#export').disabled = !a;
  emit('article', a);
  saveState(true);
}

async function open(id) {
  if (state.dirty.size && !confirm('Leave the unsaved changes?')) return;
  state.dirty.clear();
  markDirty();
  showArticle(id ? await api(`/api/articles/${encodeURIComponent(id)}`) : null);
}

/**
 * An edit of the open article, made on the version shown (or on op.base, the version a view's
 * unsaved text was made on). The article the server answers with is shown, merged or not; a clash
 * shows the newer version and rejects with the server's message.
 */
async function edit(op) {
  if (!state.articleId) throw new Error('open an article first');
  const body = { base: state.history.version, ...op };
  try {
    const data = await api(`/api/articles/${encodeURIComponent(state.articleId)}/edit`, { method: 'POST', body });
    showArticle(data);
    return data.article;
  } catch (e) {
    if (e.conflict && e.current) showArticle(e.current);
    throw e;
  }
}

async function step(direction) {
  if (!state.articleId) return;
  try {
    const data = await api(`/api/articles/${encodeURIComponent(state.articleId)}/${direction}`,
      { method: 'POST', body: { base: state.history.version } });
    showArticle(data);
    status(direction === 'undo' ? 'Undone' : 'Redone');
  } catch (e) {
    if (e.conflict && e.current) showArticle(e.current);
    status(e.message, true);
  }
}

/** Another window (or an import) saved the open article: show it, unless a view holds unsaved text made on the old one. */
async function pollArticle() {
  if (!state.articleId || !state.history) return;
  const r = await api(`/api/articles/${encodeURIComponent(state.articleId)}/version`).catch(() => null);
  if (!r || r.id !== state.articleId || r.version === state.history.version) return;
  const data = await api(`/api/articles/${encodeURIComponent(state.articleId)}`);
  if (data.id !== state.articleId) return;
  showArticle(data);
  status(`This article was changed in another window: ${data.history.entries[data.history.current - 1].label}`);
}

function markDirty() {
  $('#dirty').hidden = state.dirty.size === 0;
}

// Where the editor is goes to the workspace at once when the article or the perspective changes (one
// deliberate click each), and shortly after a tab change (a burst of clicks is one save); a save still
// pending when the page goes is sent then.
let saveTimer = null;
function saveState(now = false) {
  if (!state.started) return; // the page is still putting back what was saved
  clearTimeout(saveTimer);
  saveTimer = null;
  const put = () => {
    saveTimer = null;
    api('/api/workbench/state', { method: 'PUT', body: { article: state.articleId, tabs: state.active, perspective: state.perspective }, keepalive: true })
      .catch((e) => status(`cannot save where the workbench is: ${e.message}`, true));
  };
  if (now) put(); else saveTimer = setTimeout(put, 300);
}
window.addEventListener('pagehide', () => { if (saveTimer) saveState(true); });

// Keyboard shortcuts: Ctrl stands for Cmd on a Mac. Copy, cut, paste and select-all stay the
// browser's, and while typing in a field its own undo and redo win.
const RESERVED = new Set(['Ctrl+C', 'Ctrl+X', 'Ctrl+V', 'Ctrl+A']);
function combo(e) {
  const parts = [];
  if (e.ctrlKey || e.metaKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  parts.push(key);
  return parts.join('+');
}

function command(owner, { id, title, key, run, field = false }) {
  if (key && RESERVED.has(key)) throw new Error(`${key} belongs to the browser`);
  state.commands.set(id, { id, title, key, run, field, owner });
}

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (e) => {
  const k = combo(e);
  if (RESERVED.has(k)) return;
  for (const c of state.commands.values()) {
    if (c.key === k && (c.field || !typing(e.target))) {
      e.preventDefault();
      Promise.resolve(c.run()).catch((err) => status(err.message, true));
      return;
    }
  }
});

function palette() {
  const dlg = $('#palette');
  const input = $('#palette-input');
  const list = $('#palette-list');
  let items = [];
  let sel = 0;
  const render = () => {
    const q = input.value.toLowerCase();
    items = [...state.commands.values()].filter((c) => c.title.toLowerCase().includes(q));
    sel = Math.min(sel, Math.max(items.length - 1, 0));
    list.replaceChildren(...items.map((c, i) => h('li', { role: 'option', 'aria-selected': i === sel ? 'true' : 'false', onclick: () => runAt(i) },
      h('span', {}, c.title), h('kbd', {}, c.key || ''))));
  };
  const runAt = (i) => {
    dlg.close();
    if (items[i]) Promise.resolve(items[i].run()).catch((err) => status(err.message, true));
  };
  input.oninput = () => { sel = 0; render(); };
  input.onkeydown = (e) => {
    if (e.key === 'ArrowDown') { sel = Math.min(sel + 1, items.length - 1); render(); e.preventDefault(); }
    if (e.key === 'ArrowUp') { sel = Math.max(sel - 1, 0); render(); e.preventDefault(); }
    if (e.key === 'Enter') { runAt(sel); e.preventDefault(); }
  };
  input.value = '';
  render();
  dlg.showModal();
  input.focus();
}

/** What one view gets: the shared workbench, with listeners and commands that go when the view goes. */
function context(viewId) {
  const own = [];
  return {
    h, api, status, fieldError, clearError, report,
    get session() { return state.session; },
    get articleId() { return state.articleId; },
    get article() { return state.article; },
    get history() { return state.history; },
    /** A TIMEX3 value of the open article in a reader's words ("1 January 2020, morning"). */
    words: (value) => state.words[value] || value,
    open, edit, exportAs,
    undo: () => step('undo'),
    redo: () => step('redo'),
    on(event, fn) {
      if (!state.listeners.has(event)) state.listeners.set(event, new Set());
      state.listeners.get(event).add(fn);
      own.push([event, fn]);
    },
    emit,
    command: (spec) => command(viewId, spec),
    setDirty(dirty) {
      if (dirty) state.dirty.add(viewId); else state.dirty.delete(viewId);
      markDirty();
    },
    show: (id) => show(id),
    dispose() {
      for (const [event, fn] of own) state.listeners.get(event)?.delete(fn);
      for (const [id, c] of state.commands) if (c.owner === viewId) state.commands.delete(id);
      state.dirty.delete(viewId);
      markDirty();
    },
  };
}

const areaOf = (d, perspective = state.perspective) => (d.areas && d.areas[perspective]) || 'hidden';

/** Brings a view to the front, in the editors' perspective if the current one does not show it. */
function show(id) {
  const v = state.views.get(id);
  if (!v) return;
  if (areaOf(v.descriptor) === 'hidden') {
    const other = state.session.perspectives.find((p) => areaOf(v.descriptor, p.id) !== 'hidden');
    if (other) switchPerspective(other.id);
  }
  activate(id);
}

function activate(id) {
  const v = state.views.get(id);
  if (!v) return;
  const area = areaOf(v.descriptor);
  if (area === 'hidden') return;
  for (const other of state.views.values()) {
    if (areaOf(other.descriptor) !== area) continue;
    const on = other === v;
    other.element.hidden = !on;
    other.tab.setAttribute('aria-selected', on ? 'true' : 'false');
    other.tab.tabIndex = on ? 0 : -1;
  }
  (state.active[state.perspective] ||= {})[area] = id;
  saveState();
}

async function mount(d) {
  // a panel can be focused, so its content scrolls from the keyboard too
  const element = h('div', { class: 'view', id: `view-${d.id}`, 'data-view': d.id, role: 'tabpanel', tabindex: 0, 'aria-labelledby': `tab-${d.id}` });
  const tab = h('button', { role: 'tab', id: `tab-${d.id}`, 'data-tab': d.id, 'aria-controls': `view-${d.id}`, onclick: () => activate(d.id) }, d.title);
  const ctx = context(d.id);
  const v = { descriptor: d, element, tab, ctx, instance: null };
  state.views.set(d.id, v);
  $('#parked').append(element);
  try {
    const module = await import(d.module);
    v.instance = (await module.mount(element, ctx)) || {};
  } catch (e) {
    element.replaceChildren(h('p', { class: 'empty' }, `This view (${d.bundle} ${d.version}) failed to load: ${e.message}`));
  }
  return v;
}

function unmount(id) {
  const v = state.views.get(id);
  if (!v) return;
  try { v.instance?.unmount?.(); } catch (e) { /* the view is going anyway */ }
  v.ctx.dispose();
  v.element.remove();
  v.tab.remove();
  state.views.delete(id);
}

/** Mounts the views any perspective shows; views of another perspective wait, mounted, out of sight. */
async function layout(descriptors) {
  state.descriptors = descriptors;
  const shown = descriptors.filter((d) => Object.values(d.areas || {}).some((a) => a !== 'hidden'));
  const wanted = new Map(shown.map((d) => [d.id, d]));
  for (const [id, v] of [...state.views]) {
    const d = wanted.get(id);
    if (!d || d.module !== v.descriptor.module || d.version !== v.descriptor.version) unmount(id);
    else v.descriptor = d;
  }
  // the views' modules load in parallel; each mounts as soon as its own module is in
  const fresh = await Promise.all(shown.filter((d) => !state.views.has(d.id)).map(mount));
  arrange();
  return fresh;
}

/** Puts each view in its area of the current perspective, in tab order; the others are parked. */
function arrange() {
  const parked = $('#parked');
  document.body.dataset.perspective = state.perspective;
  for (const area of ['left', 'main', 'right', 'bottom']) {
    const section = document.querySelector(`.area[data-area="${area}"]`);
    const here = state.descriptors.filter((d) => areaOf(d) === area && state.views.has(d.id)).map((d) => state.views.get(d.id));
    for (const child of [...section.children]) if (child.classList.contains('view')) parked.append(child);
    if (!here.length) { section.replaceChildren(); continue; }
    section.replaceChildren(h('nav', { class: 'tabs', role: 'tablist', 'aria-label': `${area} views` }, here.map((v) => v.tab)), ...here.map((v) => v.element));
    const active = here.find((v) => v.descriptor.id === (state.active[state.perspective] || {})[area]) || here[0];
    activate(active.descriptor.id);
  }
  for (const b of document.querySelectorAll('#perspectives button')) b.setAttribute('aria-pressed', b.dataset.perspective === state.perspective ? 'true' : 'false');
}

function switchPerspective(id) {
  if (id === state.perspective) return;
  state.perspective = id;
  arrange();
  saveState(true);
  const p = state.session.perspectives.find((x) => x.id === id);
  status(`${p ? p.title : id} perspective`);
}

async function pollViews() {
  try {
    const r = await api(`/api/workbench/views?since=${state.revision}`);
    if (r.changed) {
      const before = new Set(state.views.keys());
      state.revision = r.revision;
      await layout(r.views);
      const added = r.views.filter((v) => !before.has(v.id) && state.views.has(v.id)).map((v) => v.title);
      if (before.size && added.length) status(`New view: ${added.join(', ')}`);
      emit('article', state.article);
    }
    await pollArticle();
  } catch (e) {
    status(`the runtime does not answer: ${e.message}`, true);
  }
}

function builtInCommands() {
  command('workbench', { id: 'undo', title: 'Undo the last edit', key: 'Ctrl+Z', run: () => step('undo') });
  command('workbench', { id: 'redo', title: 'Redo', key: 'Ctrl+Shift+Z', run: () => step('redo') });
  command('workbench', { id: 'redo-y', title: 'Redo (Ctrl+Y)', key: 'Ctrl+Y', run: () => step('redo') });
  command('workbench', { id: 'palette', title: 'Show all commands', key: 'Ctrl+K', field: true, run: palette });
  for (const f of state.session.formats) {
    command('workbench', { id: `export-${f.id}`, title: `Export as ${f.title}`, run: () => exportAs(f.id) });
  }
  for (const p of state.session.perspectives) {
    command('workbench', { id: `perspective-${p.id}`, title: `Show the ${p.title} perspective`, run: () => switchPerspective(p.id) });
  }
}

function exportAs(format) {
  if (!state.articleId) throw new Error('open an article first');
  const a = h('a', { href: `/api/articles/${encodeURIComponent(state.articleId)}/export?format=${encodeURIComponent(format)}`, download: '' });
  document.body.append(a);
  a.click();
  a.remove();
  const f = state.session.formats.find((x) => x.id === format);
  status(`Exported as ${f ? f.title : format}`);
}

async function start() {
  // the session, where the editor left off, that article and the views' modules all load at once
  const [, saved] = await Promise.all([session(), api('/api/workbench/state')]);
  $('#desk').textContent = `desk ${state.session.desk}`;
  $('#perspectives').replaceChildren(...state.session.perspectives.map((p) => h('button',
    { 'data-perspective': p.id, 'aria-pressed': 'false', onclick: () => switchPerspective(p.id) }, p.title)));
  const sel = $('#export');
  sel.append(...state.session.formats.map((f) => h('option', { value: f.id }, f.title)));
  sel.onchange = () => { if (sel.value) exportAs(sel.value); sel.value = ''; };
  $('#undo').onclick = () => step('undo');
  $('#redo').onclick = () => step('redo');
  $('#palette-open').onclick = palette;
  window.addEventListener('beforeunload', (e) => { if (state.dirty.size) e.preventDefault(); });
  builtInCommands();
  state.active = saved.tabs && !saved.tabs.left && !saved.tabs.main ? saved.tabs : {};
  state.perspective = state.session.perspectives.some((p) => p.id === saved.perspective) ? saved.perspective : state.session.perspectives[0].id;
  const last = saved.article ? api(`/api/articles/${encodeURIComponent(saved.article)}`)
    .catch((e) => { status(`the last article is gone: ${e.message}`); return null; }) : null;
  await pollViews();
  const data = await last;
  if (data) showArticle(data);
  state.started = true;
  saveState(true);
  document.body.dataset.ready = 'true';
  setInterval(pollViews, 1000);
}

start().catch((e) => status(`the workbench could not start: ${e.message}`, true));
