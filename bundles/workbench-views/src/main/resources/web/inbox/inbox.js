// The inbox: files come in by upload (files or a whole folder, or dropped on the view) or by being
// put into the workspace's inbox folder on disk; an import job runs them through the pipeline with
// progress and each file's error, and can be cancelled. Below, the workspace's articles to open.

export function mount(el, wb) {
  const { h } = wb;
  const fileInput = h('input', { type: 'file', multiple: true, hidden: true, 'data-testid': 'upload-files', onchange: () => upload(fileInput.files) });
  const folderInput = h('input', { type: 'file', webkitdirectory: true, hidden: true, onchange: () => upload(folderInput.files) });
  const drop = h('div', { class: 'drop' }, 'Drop files here, or ',
    h('button', { onclick: () => fileInput.click() }, 'Upload files'), ' ',
    h('button', { onclick: () => folderInput.click() }, 'Upload a folder'));
  const inboxList = h('ul', { class: 'plain', 'data-testid': 'inbox' });
  const jobsList = h('ul', { class: 'plain', 'data-testid': 'jobs' });
  const articleList = h('ul', { class: 'plain', 'data-testid': 'articles' });
  const importButton = h('button', { class: 'primary', onclick: () => importSelected() }, 'Import selected');
  const published = h('input', { type: 'text', size: 10, placeholder: 'YYYY-MM-DD', 'aria-label': 'Publication date',
    title: 'Resolve dates against this publication date (plain text carries none); empty: what the file says', 'data-testid': 'published' });
  el.append(fileInput, folderInput, drop,
    h('div', { class: 'row' }, h('label', {}, 'Published ', published)),
    h('h3', {}, 'Inbox'), h('div', { class: 'row' }, importButton, h('button', { onclick: () => refreshInbox() }, 'Refresh')), inboxList,
    h('h3', {}, 'Imports'), jobsList,
    h('h3', {}, 'Workspace'), articleList);

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
        wb.status(`${path}: ${e.message}`, true);
      }
    }
    fileInput.value = '';
    folderInput.value = '';
    await refreshInbox();
    if (paths.length) await startJob(paths);
  }

  async function refreshInbox() {
    const files = await wb.api('/api/import/inbox');
    inboxList.replaceChildren(...(files.length ? files.map((f) => h('li', {},
      h('label', { class: 'row' }, h('input', { type: 'checkbox', value: f.path }), h('span', { class: 'grow' }, f.path),
        h('span', { class: 'meta' }, `${Math.max(1, Math.round(f.size / 1024))} KB`))))
      : [h('li', { class: 'empty' }, `Empty: upload files, or put them in ${wb.session.workspace}/inbox`)]));
  }

  async function importSelected() {
    const paths = [...inboxList.querySelectorAll('input:checked')].map((c) => c.value);
    if (!paths.length) { wb.status('Tick the inbox files to import'); return; }
    await startJob(paths);
  }

  const watching = new Set();
  async function startJob(paths) {
    try {
      const job = await wb.api('/api/import/jobs', { method: 'POST', body: { paths, published: published.value.trim() || null } });
      watching.add(job.id);
      await refreshJobs();
    } catch (e) { wb.status(e.message, true); }
  }

  async function refreshJobs() {
    const jobs = (await wb.api('/api/import/jobs')).reverse();
    jobsList.replaceChildren(...(jobs.length ? jobs.map(renderJob) : [h('li', { class: 'empty' }, 'No imports yet')]));
    for (const j of jobs) {
      if (j.finished && watching.delete(j.id)) {
        const failed = j.items.filter((i) => i.status === 'failed').length;
        wb.status(`Import ${j.id}: ${j.done - failed} of ${j.total} files imported${failed ? `, ${failed} failed` : ''}`, failed > 0);
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
      h('div', { class: 'progress' }, h('div', { style: { width: `${Math.round((100 * j.done) / j.total)}%` } })),
      h('ul', { class: 'plain' }, j.items.map((i) => h('li', { 'data-item': i.path },
        h('div', { class: 'row' }, h('span', { class: `tag ${i.status}` }, i.status), h('span', { class: 'grow' }, i.path),
          ...(i.articles || []).map((id) => h('button', { onclick: () => wb.open(id) }, 'Open'))),
        i.error ? h('div', { class: 'meta', 'data-error': '' }, i.error) : null))));
  }

  async function refreshArticles() {
    const articles = await wb.api('/api/articles');
    articleList.replaceChildren(...(articles.length ? articles.map((a) => h('li', { 'data-article': a.id, class: a.id === wb.articleId ? 'selected' : '' },
      h('div', { class: 'row' }, h('a', { href: '#', class: 'grow', onclick: (e) => { e.preventDefault(); wb.open(a.id).catch((err) => wb.status(err.message, true)); } }, a.headline || a.id),
        h('button', { class: 'danger', title: 'Remove from the workspace', onclick: () => remove(a) }, '✕')),
      h('div', { class: 'meta' }, `${a.file} · ${a.published || 'no date'} · ${a.entities} entities · ${a.removed} removed · ${a.versions - 1} edits`,
        a.failed ? h('span', { class: 'tag failed' }, `${a.failed} stage(s) failed`) : null)))
      : [h('li', { class: 'empty' }, 'No articles yet')]));
  }

  async function remove(a) {
    if (!confirm(`Remove "${a.headline || a.id}" and its history from the workspace?`)) return;
    await wb.api(`/api/articles/${encodeURIComponent(a.id)}`, { method: 'DELETE' });
    if (wb.articleId === a.id) await wb.open(null);
    await refreshArticles();
  }

  wb.on('article', () => refreshArticles());
  wb.command({ id: 'inbox.upload', title: 'Upload files to import', key: 'Alt+U', run: () => fileInput.click() });
  wb.command({ id: 'inbox.import', title: 'Import the selected inbox files', key: 'Alt+I', run: importSelected });
  const timer = setInterval(() => { if (watching.size) refreshJobs().catch(() => {}); }, 400);
  refreshInbox(); refreshJobs(); refreshArticles();
  return { unmount: () => clearInterval(timer) };
}
