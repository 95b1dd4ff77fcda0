// Entities grouped by type, with how often and where they are mentioned. Tick two or more to merge
// them into one ("Mr Khamenei" into "Ali Khamenei"); open one to rename, retype or delete it, or to
// split some of its mentions off into an entity of their own. A mention's "Show" selects its words in
// the article; clicking a highlighted name in the article opens its entity here.

const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
const TYPE_WORDS = { PERSON: 'People', ORGANIZATION: 'Organisations', LOCATION: 'Places', MISC: 'Other names' };
const TYPE_WORD = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other' };

export function mount(el, wb) {
  const { h } = wb;
  const picked = [];
  const openIds = new Set();

  function context(a, m) {
    const text = m.field === 'headline' ? a.headline : m.field === 'standfirst' ? a.standfirst : (a.body || [])[m.paragraph];
    if (!text) return m.text;
    const from = Math.max(0, m.start - 40);
    const to = Math.min(text.length, m.end + 40);
    return [from > 0 ? '…' : '', text.slice(from, m.start), h('mark', {}, text.slice(m.start, m.end)), text.slice(m.end, to), to < text.length ? '…' : ''];
  }

  async function run(op, message, fields = {}) {
    try { await wb.edit(op); wb.status(message); } catch (e) { wb.report(e, fields); }
  }

  function mergeBar(a) {
    const live = picked.filter((id) => a.entities.some((e) => e.id === id));
    picked.splice(0, picked.length, ...live);
    if (live.length < 2) return h('p', { class: 'meta' }, 'Tick two or more entities to merge them.');
    const names = live.map((id) => a.entities.find((e) => e.id === id));
    const keep = h('select', { 'aria-label': 'The name to keep', 'data-testid': 'merge-keep' }, names.map((e) => h('option', { value: e.id }, e.name)));
    return h('div', { class: 'row' }, `Merge ${names.length} into`, keep,
      h('button', { class: 'primary', 'data-testid': 'merge', onclick: async () => {
        const into = keep.value;
        for (const e of names) if (e.id !== into) await run({ op: 'mergeEntities', keep: into, merged: e.id }, `Merged into ${a.entities.find((x) => x.id === into).name}`);
        picked.splice(0);
        render(wb.article);
      } }, 'Merge'));
  }

  function details(a, e) {
    const name = h('input', { type: 'text', value: e.name, 'aria-label': `Name of ${e.name}` });
    const type = h('select', { 'aria-label': `Type of ${e.name}` }, TYPES.map((t) => h('option', { value: t, selected: t === e.type }, TYPE_WORD[t])));
    const marks = e.mentions.map((m, i) => h('div', { class: 'row', 'data-mention': i },
      h('label', { class: 'row grow' }, h('input', { type: 'checkbox', value: i }), h('span', { class: 'quote' }, context(a, m))),
      h('button', { title: 'Select these words in the article', 'aria-label': `Show mention ${i + 1} in the article`, onclick: () => wb.emit('reveal', m) }, 'Show')));
    const splitName = h('input', { type: 'text', placeholder: 'name of the new entity', 'aria-label': 'Name of the new entity' });
    const splitType = h('select', { 'aria-label': 'Type of the new entity' }, TYPES.map((t) => h('option', { value: t, selected: t === e.type }, TYPE_WORD[t])));
    return h('div', { class: 'details' },
      h('div', { class: 'row' }, h('span', { class: 'field' }, name), h('button', { onclick: () => run({ op: 'renameEntity', entity: e.id, name: name.value }, 'Renamed', { name, default: name }) }, 'Rename'),
        type, h('button', { onclick: () => run({ op: 'retypeEntity', entity: e.id, type: type.value }, 'Type changed', { type, default: type }) }, 'Set type'),
        h('button', { class: 'danger', onclick: () => run({ op: 'removeEntity', entity: e.id }, `Deleted ${e.name}; it will not be tagged again`) }, 'Delete')),
      h('ul', { class: 'plain' }, marks.map((m) => h('li', {}, m))),
      e.mentions.length > 1 ? h('div', { class: 'row' }, 'Split the ticked mentions off as', splitName, splitType,
        h('button', { onclick: () => {
          const ticked = marks.map((m) => m.querySelector('input')).filter((c) => c.checked).map((c) => Number(c.value));
          if (!ticked.length) { wb.report(new Error('Tick the mentions that belong to the new entity'), { default: splitName }); return; }
          if (!splitName.value.trim()) { wb.report(new Error('Name the new entity'), { default: splitName }); return; }
          run({ op: 'splitEntity', entity: e.id, mentions: ticked, name: splitName.value, type: splitType.value }, 'Split', { name: splitName, default: splitName });
        } }, 'Split')) : null);
  }

  function render(a) {
    if (!a) { el.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see its entities.')); return; }
    if (!a.entities.length) { el.replaceChildren(h('p', { class: 'empty' }, 'No entities in this article.')); return; }
    const groups = TYPES.map((t) => [t, a.entities.filter((e) => e.type === t)]).filter(([, list]) => list.length);
    el.replaceChildren(mergeBar(a), ...groups.map(([type, list]) => h('section', { 'data-type': type },
      h('h3', {}, `${TYPE_WORDS[type]} (${list.length})`),
      h('ul', { class: 'plain' }, list.sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name)).map((e) => h('li', { 'data-entity': e.id, 'data-name': e.name },
        h('div', { class: 'row' },
          h('input', { type: 'checkbox', 'aria-label': `select ${e.name}`, checked: picked.includes(e.id), onchange: (ev) => {
            if (ev.target.checked) picked.push(e.id); else picked.splice(picked.indexOf(e.id), 1);
            render(wb.article);
          } }),
          h('a', { href: '#', class: 'grow', 'aria-expanded': openIds.has(e.id) ? 'true' : 'false', onclick: (ev) => { ev.preventDefault(); if (!openIds.delete(e.id)) openIds.add(e.id); render(wb.article); } }, e.name),
          h('span', { class: 'tag' }, `${e.mentions.length}×`)),
        openIds.has(e.id) ? details(a, e) : null))))));
  }

  // a name clicked in the article: its entity opens here, in view
  wb.on('focus', ({ entity }) => {
    if (!entity || !wb.article) return;
    wb.show('entities');
    openIds.add(entity);
    render(wb.article);
    const li = el.querySelector(`[data-entity="${entity}"]`);
    if (li) { li.classList.add('selected'); li.scrollIntoView({ block: 'nearest' }); }
  });
  wb.on('article', render);
  render(wb.article);
}
