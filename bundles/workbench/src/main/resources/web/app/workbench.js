// The workbench page: asks the runtime for the desk's perspective and the views bundles offer,
// mounts each view's module in its area, and gives the views one object (`wb`) for the open article,
// edits with undo and redo, commands with shortcuts, and the status line. Views come and go while the
// page is open: the view list is polled and re-laid out when a bundle adds or removes one.

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
  dirty: new Set(),
  revision: -1,
  views: new Map(), // id -> {descriptor, element, instance, listeners, tab}
  active: {},       // area -> view id
  listeners: new Map(),
  commands: new Map(),
  started: false,
};

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
  if (!res.ok) throw new Error(data && data.error ? data.error : `${res.status} ${res.statusText}`);
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

function status(message, error = false) {
  const el = $('#status');
  el.textContent = message;
  el.classList.toggle('error', error);
}

function showArticle(data) {
  state.articleId = data ? data.id : null;
  state.article = data ? data.article : null;
  state.history = data ? data.history : null;
  $('#article-title').textContent = state.article ? state.article.headline || state.articleId : '';
  $('#undo').disabled = !(state.history && state.history.undo);
  $('#redo').disabled = !(state.history && state.history.redo);
  $('#undo').title = state.history && state.history.undo ? `Undo ${state.history.undo} (Ctrl+Z)` : 'Nothing to undo';
  $('#redo').title = state.history && state.history.redo ? `Redo ${state.history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
  $('#export').disabled = !state.article;
  emit('article', state.article);
  saveState(true);
}

async function open(id) {
  if (state.dirty.size && !confirm('Leave the unsaved changes?')) return;
  state.dirty.clear();
  markDirty();
  showArticle(id ? await api(`/api/articles/${encodeURIComponent(id)}`) : null);
}

async function edit(op) {
  if (!state.articleId) throw new Error('open an article first');
  const data = await api(`/api/articles/${encodeURIComponent(state.articleId)}/edit`, { method: 'POST', body: op });
  showArticle(data);
  return data.article;
}

async function step(direction) {
  if (!state.articleId) return;
  try {
    const data = await api(`/api/articles/${encodeURIComponent(state.articleId)}/${direction}`, { method: 'POST' });
    showArticle(data);
    status(direction === 'undo' ? 'Undone' : 'Redone');
  } catch (e) { status(e.message, true); }
}

function markDirty() {
  $('#dirty').hidden = state.dirty.size === 0;
}

// Where the editor is goes to the workspace at once when the article changes, and shortly after a
// tab change (a burst of clicks is one save); a save still pending when the page goes is sent then.
let saveTimer = null;
function saveState(now = false) {
  if (!state.started) return; // the page is still putting back what was saved
  clearTimeout(saveTimer);
  saveTimer = null;
  const put = () => {
    saveTimer = null;
    api('/api/workbench/state', { method: 'PUT', body: { article: state.articleId, tabs: state.active }, keepalive: true })
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
    list.replaceChildren(...items.map((c, i) => h('li', { 'aria-selected': i === sel ? 'true' : 'false', onclick: () => runAt(i) },
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
    h, api, status,
    get session() { return state.session; },
    get articleId() { return state.articleId; },
    get article() { return state.article; },
    get history() { return state.history; },
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
    show: (id) => activate(id),
    dispose() {
      for (const [event, fn] of own) state.listeners.get(event)?.delete(fn);
      for (const [id, c] of state.commands) if (c.owner === viewId) state.commands.delete(id);
      state.dirty.delete(viewId);
      markDirty();
    },
  };
}

function activate(id) {
  const v = state.views.get(id);
  if (!v) return;
  const area = v.descriptor.area;
  for (const other of state.views.values()) {
    if (other.descriptor.area !== area) continue;
    const on = other === v;
    other.element.hidden = !on;
    other.tab.setAttribute('aria-selected', on ? 'true' : 'false');
  }
  state.active[area] = id;
  saveState();
}

async function mount(d) {
  const element = h('div', { class: 'view', id: `view-${d.id}`, 'data-view': d.id, role: 'tabpanel' });
  const tab = h('button', { role: 'tab', 'data-tab': d.id, onclick: () => activate(d.id) }, d.title);
  const ctx = context(d.id);
  const v = { descriptor: d, element, tab, ctx, instance: null };
  state.views.set(d.id, v);
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

async function layout(descriptors) {
  const wanted = new Map(descriptors.map((d) => [d.id, d]));
  for (const [id, v] of [...state.views]) {
    const d = wanted.get(id);
    if (!d || d.module !== v.descriptor.module || d.area !== v.descriptor.area || d.version !== v.descriptor.version) unmount(id);
  }
  // the views' modules load in parallel; each mounts as soon as its own module is in
  const fresh = await Promise.all(descriptors.filter((d) => !state.views.has(d.id)).map(mount));
  for (const area of ['left', 'main', 'right', 'bottom']) {
    const section = document.querySelector(`.area[data-area="${area}"]`);
    const here = descriptors.filter((d) => d.area === area).map((d) => state.views.get(d.id));
    if (!here.length) { section.replaceChildren(); continue; }
    section.replaceChildren(h('nav', { class: 'tabs', role: 'tablist' }, here.map((v) => v.tab)), ...here.map((v) => v.element));
    const active = here.find((v) => v.descriptor.id === state.active[area]) || here[0];
    activate(active.descriptor.id);
  }
  return fresh;
}

async function pollViews() {
  try {
    const r = await api(`/api/workbench/views?since=${state.revision}`);
    if (r.changed) {
      const before = new Set(state.views.keys());
      state.revision = r.revision;
      await layout(r.views);
      const added = r.views.filter((v) => !before.has(v.id)).map((v) => v.title);
      if (before.size && added.length) status(`New view: ${added.join(', ')}`);
      emit('article', state.article);
    }
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
    command('workbench', { id: `export-${f}`, title: `Export as ${f}`, run: () => exportAs(f) });
  }
}

function exportAs(format) {
  if (!state.articleId) throw new Error('open an article first');
  const a = h('a', { href: `/api/articles/${encodeURIComponent(state.articleId)}/export?format=${encodeURIComponent(format)}`, download: '' });
  document.body.append(a);
  a.click();
  a.remove();
  status(`Exported ${state.articleId} as ${format}`);
}

async function start() {
  // the session, where the editor left off, that article and the views' modules all load at once
  const [, saved] = await Promise.all([session(), api('/api/workbench/state')]);
  $('#desk').textContent = `desk ${state.session.desk} · ${state.session.perspective}`;
  const sel = $('#export');
  sel.append(...state.session.formats.map((f) => h('option', { value: f }, f)));
  sel.onchange = () => { if (sel.value) exportAs(sel.value); sel.value = ''; };
  $('#undo').onclick = () => step('undo');
  $('#redo').onclick = () => step('redo');
  $('#palette-open').onclick = palette;
  window.addEventListener('beforeunload', (e) => { if (state.dirty.size) e.preventDefault(); });
  builtInCommands();
  state.active = saved.tabs || {};
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
