// The timeline: events in date order, each date in a reader's words beside its TIMEX3 value (which is
// what one edits: 2020, 2020-01, 2020-01-03), with the words of the article that gave it its date.
// Correct a date or the text, drop an event; the edited timeline survives re-runs. Without a
// publication date, relative dates ("on Wednesday") cannot be placed: the view says so and lists them.

export function mount(el, wb) {
  const { h } = wb;
  let focused = null; // the time expression clicked in the article

  async function run(op, message, fields = {}) {
    try { await wb.edit(op); wb.status(message); } catch (e) { wb.report(e, fields); }
  }

  /** The time expressions that dated an event: in its paragraph and sentence, with its value (or any, once corrected). */
  function sources(a, t) {
    const par = (a.body || [])[t.paragraph] || '';
    const from = par.indexOf(t.text);
    const inside = (a.times || []).map((x, i) => ({ ...x, index: i })).filter((x) => x.field === 'body' && x.paragraph === t.paragraph
      && (from < 0 || (x.start >= from && x.end <= from + t.text.length)));
    const exact = inside.filter((x) => x.value === t.date);
    return exact.length ? exact : inside;
  }

  function missingDate(a) {
    const unplaced = (a.times || []).filter((t) => /X/.test(t.value) && (t.type === 'DATE' || t.type === 'TIME'));
    if (a.published) return null;
    return h('div', { class: 'warning', role: 'status', 'data-testid': 'no-date' },
      h('strong', {}, 'No publication date. '),
      unplaced.length ? `${unplaced.length} date${unplaced.length === 1 ? '' : 's'} in the text cannot be placed on the timeline until it is set:`
        : 'Relative dates ("on Friday", "last year") cannot be placed until it is set.',
      unplaced.length ? h('ul', { class: 'plain' }, unplaced.map((t) => h('li', {}, `“${t.text}”: ${wb.words(t.value)}`))) : null,
      h('div', { class: 'row' }, h('button', { onclick: () => wb.emit('reveal-date') }, 'Set the publication date')));
  }

  function render(a) {
    if (!a) { el.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see its timeline.')); return; }
    const exportButton = h('button', { onclick: () => exportTimeline() }, 'Export TimelineJS');
    const edited = a.metadata && a.metadata['timeline.edited'] === 'true';
    const warning = missingDate(a);
    if (!a.timeline.length) {
      el.replaceChildren(h('div', { class: 'row' }, exportButton), warning || h('p', { class: 'empty' }, 'No dated events in this article.'));
      return;
    }
    el.replaceChildren(warning || '', h('div', { class: 'row' }, h('span', { class: 'meta grow' }, `${a.timeline.length} events${edited ? ' · edited' : ''}`), exportButton),
      h('ul', { class: 'plain' }, a.timeline.map((t, i) => {
        const date = h('input', { type: 'text', value: t.date, size: 11, 'aria-label': `Date of event ${i + 1}`, 'data-testid': 'timeline-date' });
        const text = h('textarea', { rows: 2, 'aria-label': `Text of event ${i + 1}` });
        text.value = t.text;
        const names = t.entities.map((id) => (a.entities.find((e) => e.id === id) || {}).name).filter(Boolean);
        const from = sources(a, t);
        const mine = focused !== null && from.some((x) => x.index === focused);
        return h('li', { 'data-event': i, class: mine ? 'selected' : '' },
          h('div', { class: 'row' }, h('strong', { 'data-testid': 'timeline-words' }, wb.words(t.date))),
          h('div', { class: 'row' }, h('span', { class: 'field' }, date), h('span', { class: 'meta grow' }, names.join(', ')),
            h('button', { onclick: () => run({ op: 'correctTimeline', index: i, date: date.value, text: text.value }, 'Event corrected', { date, text, default: date }) }, 'Save'),
            h('button', { class: 'danger', onclick: () => run({ op: 'dropTimeline', index: i }, 'Event dropped') }, 'Drop')),
          text,
          from.length ? h('div', { class: 'meta', 'data-testid': 'timeline-source' }, 'Dated by ',
            from.map((x, k) => [k ? ', ' : '', h('button', { class: 'link', title: 'Select these words in the article',
              'aria-label': `Show “${x.text}” in the article`, onclick: () => wb.emit('reveal', x) }, `“${x.text}”`)])) : null);
      })));
  }
  const exportTimeline = () => wb.exportAs('timelinejs');
  // a date clicked in the article: its events are marked here, in view
  wb.on('focus', ({ time }) => {
    if (time === undefined || !wb.article) return;
    focused = time;
    render(wb.article);
    const first = el.querySelector('li.selected');
    if (first) { wb.show('timeline'); first.scrollIntoView({ block: 'nearest' }); }
  });
  wb.on('article', (a) => { focused = null; render(a); });
  wb.command({ id: 'timeline.export', title: 'Export the timeline for TimelineJS', run: exportTimeline });
  render(wb.article);
}
