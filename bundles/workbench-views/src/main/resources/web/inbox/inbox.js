// The inbox: files come in by upload (files or a whole folder, or dropped on the view) or by being
// put into the workspace's inbox folder on disk; an import job runs them through the pipeline with
// progress and each file's error, and can be cancelled; a file that failed can be removed. Below,
// the workspace's articles, a page at a time, searched and sorted by the server, each told apart by
// its source file and when it came in.

const PAGE = 50;

export function mount(el, wb) {
  const { h } = wb;
  const fileInput = h('input', { type: 'file', multiple: true, hidden: true, 'aria-label': 'Files to upload', 'data-testid': 'upload-files', onchange: () => upload(fileInput.files) });
  const folderInput = h('input', { type: 'file', webkitdirectory: true, hidden: true, 'aria-label': 'A folder to upload', onchange: () => upload(folderInput.files) });
  const drop = h('div', { class: 'drop' }, 'Drop files here, or ',
    h('button', { onclick: () => fileInput.click() }, 'Upload files'), ' ',
    h('button', { onclick: () => folderInput.click() }, 'Upload a folder'));
  const inboxList = h('ul', { class: 'plain', 'data-testid': 'inbox' });
  const jobsList = h('ul', { class: 'plain', 'data-testid': 'jobs' });
  const articleList = h('ul', { class: 'plain', 'data-testid': 'articles' });
  const importButton = h('button', { class: 'primary', onclick: () => importSelected() }, 'Import selected');
  const published = h('input', { type: 'text', size: 10, placeholder: 'YYYY-MM-DD', 'aria-label': 'Publication date for the import',
    title: 'Resolve dates against this publication date (plain text carries none); empty: what the file says', 'data-testid': 'published' });
  const search = h('input', { type: 'search', placeholder: 'headline, file or name', 'aria-label': 'Search the workspace', 'data-testid': 'search' });
  const sort = h('select', { 'aria-label': 'Sort the workspace by', 'data-testid': 'sort' },
    [['created', 'newest import'], ['edited', 'last edited'], ['headline', 'headline'], ['source', 'source file'], ['published', 'publication date']]
      .map(([v, t]) => h('option', { value: v }, t)));
  const pageInfo = h('span', { class: 'meta grow', 'data-testid': 'page-info', 'aria-live': 'polite' });
  const prev = h('button', { onclick: () => { offset = Math.max(0, offset - PAGE); refreshArticles(); } }, 'Previous');
  const next = h('button', { onclick: () => { offset += PAGE; refreshArticles(); } }, 'Next');
  el.append(fileInput, folderInput, drop,
    h('div', { class: 'row field' }, h('label', {}, 'Published ', published)),
    h('h3', {}, 'Inbox'), h('div', { class: 'row' }, importButton, h('button', { onclick: () => refreshInbox() }, 'Refresh')), inboxList,
    h('h3', {}, 'Imports'), jobsList,
    h('h3', {}, 'Workspace'), h('div', { class: 'row' }, search, sort), h('div', { class: 'pager' }, prev, pageInfo, next), articleList);

  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });

  // Uploaded files are imported at once; files already in the inbox wait to be picked.
  async function upload(files) {
    const paths = [];
    for (const f of files) {
      const path = f.webkitRelativePath || f.name;
      try {
        const r = await wb.api(`/api/import/upload?path=${encodeURIComponent(path)}`, { method: 'POST', body: f, raw: true });
        paths.push(r.path);
      } catch (e) {
        wb.report(e, { default: drop });
      }
    }
    fileInput.value = '';
    folderInput.value = '';
    await refreshInbox();
    if (paths.length) await startJob(paths);
  }

  async function refreshInbox() {
    const files = await wb.api('/api/import/inbox');
    inboxList.replaceChildren(...(files.length ? files.map((f) => h('li', { 'data-inbox': f.path },
      h('div', { class: 'row' }, h('label', { class: 'row grow' }, h('input', { type: 'checkbox', value: f.path }), h('span', { class: 'grow' }, f.path)),
        h('span', { class: 'meta' }, `${Math.max(1, Math.round(f.size / 1024))} KB`),
        h('button', { class: 'danger', title: 'Remove from the inbox', 'aria-label': `Remove ${f.path} from the inbox`, onclick: () => removeFile(f.path) }, '✕'))))
      : [h('li', { class: 'empty' }, `Empty: upload files, or put them in ${wb.session.workspace}/inbox`)]));
  }

  async function removeFile(path) {
    try {
      await wb.api(`/api/import/inbox?path=${encodeURIComponent(path)}`, { method: 'DELETE' });
      wb.status(`Removed ${path} from the inbox`);
    } catch (e) { wb.report(e); }
    await refreshInbox();
    await refreshJobs();
  }

  async function importSelected() {
    const paths = [...inboxList.querySelectorAll('input:checked')].map((c) => c.value);
    if (!paths.length) { wb.report(new Error('Tick the inbox files to import'), { default: importButton }); return; }
    await startJob(paths);
  }

  const watching = new Set();
  async function startJob(paths) {
    try {
      const job = await wb.api('/api/import/jobs', { method: 'POST', body: { paths, published: published.value.trim() || null } });
      watching.add(job.id);
      await refreshJobs();
    } catch (e) { wb.report(e, { published, default: importButton }); }
  }

  let inboxNow = new Set();
  async function refreshJobs() {
    const jobs = (await wb.api('/api/import/jobs')).reverse();
    inboxNow = new Set([...inboxList.querySelectorAll('[data-inbox]')].map((li) => li.dataset.inbox));
    jobsList.replaceChildren(...(jobs.length ? jobs.map(renderJob) : [h('li', { class: 'empty' }, 'No imports yet')]));
    for (const j of jobs) if (!j.finished) watching.add(j.id); // started here or in another window
    for (const j of jobs) {
      if (j.finished && watching.delete(j.id)) {
        const failed = j.items.filter((i) => i.status === 'failed').length;
        const kept = j.items.reduce((n, i) => n + (i.kept || []).length, 0);
        wb.status(`Import ${j.id}: ${j.done - failed} of ${j.total} files imported${failed ? `, ${failed} failed` : ''}`
          + `${kept ? `; ${kept} already in the workspace, kept with their edits` : ''}`, failed > 0);
        await refreshArticles();
        const first = j.items.find((i) => i.articles && i.articles.length);
        if (first && !wb.articleId) await wb.open(first.articles[0]);
      }
    }
  }

  function renderJob(j) {
    return h('li', { 'data-job': j.id },
      h('div', { class: 'row' }, h('strong', {}, `Import ${j.id}`), h('span', { class: 'grow meta' }, `${j.done} of ${j.total}`),
        j.finished ? h('span', { class: 'tag' }, j.cancelled ? 'cancelled' : 'finished')
          : h('button', { onclick: async () => { await wb.api(`/api/import/jobs/${j.id}/cancel`, { method: 'POST' }); await refreshJobs(); } }, 'Cancel')),
      h('div', { class: 'progress', role: 'progressbar', 'aria-label': `Import ${j.id}`, 'aria-valuemin': 0, 'aria-valuemax': j.total, 'aria-valuenow': j.done },
        h('div', { style: { width: `${Math.round((100 * j.done) / j.total)}%` } })),
      h('ul', { class: 'plain' }, j.items.map((i) => h('li', { 'data-item': i.path },
        h('div', { class: 'row' }, h('span', { class: `tag ${i.status}` }, i.status), h('span', { class: 'grow' }, i.path),
          ...(i.articles || []).map((id, k) => h('button', { 'aria-label': `Open ${id}`, onclick: () => wb.open(id) }, (i.articles.length > 1 ? `Open ${k + 1}` : 'Open'))),
          i.status === 'failed' && inboxNow.has(i.path) ? h('button', { class: 'danger', 'aria-label': `Remove ${i.path} from the inbox`, onclick: () => removeFile(i.path) }, 'Remove') : null),
        i.error ? h('div', { class: 'meta', 'data-error': '' }, i.error) : null,
        (i.kept || []).length ? h('div', { class: 'meta' }, h('span', { class: 'tag kept' }, 'kept'), ' already in the workspace: kept with its edits, not imported again') : null))));
  }

  let offset = 0;
  let query = '';
  async function refreshArticles() {
    const params = new URLSearchParams({ offset: String(offset), limit: String(PAGE), sort: sort.value });
    if (query) params.set('q', query);
    const page = await wb.api(`/api/articles?${params}`);
    if (page.total && offset >= page.total) { offset = Math.max(0, page.total - PAGE); return refreshArticles(); }
    pageInfo.textContent = page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total.toLocaleString()}` : '';
    prev.disabled = page.offset === 0;
    next.disabled = page.offset + page.items.length >= page.total;
    articleList.replaceChildren(...(page.items.length ? page.items.map((a) => h('li', { 'data-article': a.id, class: a.id === wb.articleId ? 'selected' : '' },
      h('div', { class: 'row' }, h('a', { href: '#', class: 'grow', onclick: (e) => { e.preventDefault(); wb.open(a.id).catch((err) => wb.status(err.message, true)); } }, a.headline || a.id),
        h('button', { class: 'danger', title: 'Remove from the workspace', 'aria-label': `Remove “${a.headline || a.id}” from the workspace`, onclick: () => remove(a) }, '✕')),
      h('div', { class: 'meta', 'data-testid': 'told-apart' }, `${a.file}${a.item ? ` · item ${a.item + 1}` : ''} · imported ${when(a.created)} · ${a.published ? `published ${a.published}` : 'no date'}`),
      h('div', { class: 'meta' }, `${a.entities} entities · ${a.removed} removed · ${a.versions - 1} edits`,
        a.failed ? h('span', { class: 'tag failed' }, ` ${a.failed} stage(s) failed`) : null)))
      : [h('li', { class: 'empty' }, query ? `Nothing matches “${query}”` : 'No articles yet')]));
  }

  const when = (created) => (created ? new Date(created.slice(0, 23) + 'Z').toLocaleString() : '');

  async function remove(a) {
    if (!confirm(`Remove "${a.headline || a.id}" and its history from the workspace?`)) return;
    await wb.api(`/api/articles/${encodeURIComponent(a.id)}`, { method: 'DELETE' });
    if (wb.articleId === a.id) await wb.open(null);
    await refreshArticles();
  }

  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => { query = search.value.trim(); offset = 0; refreshArticles(); }, 200);
  });
  sort.addEventListener('change', () => { offset = 0; refreshArticles(); });
  wb.on('article', () => refreshArticles());
  wb.command({ id: 'inbox.upload', title: 'Upload files to import', key: 'Alt+U', run: () => fileInput.click() });
  wb.command({ id: 'inbox.import', title: 'Import the selected inbox files', key: 'Alt+I', run: importSelected });
  // jobs under way are followed closely; otherwise a look now and then finds jobs other windows started
  let ticks = 0;
  const timer = setInterval(() => { if (watching.size || ++ticks % 5 === 0) refreshJobs().catch(() => {}); }, 400);
  refreshInbox().then(refreshJobs); refreshArticles();
  return { unmount: () => clearInterval(timer) };
}
