// The timeline: events in date order with the date as TIMEX3 writes it (2020, 2020-01, 2020-01-03).
// Correct a date or the text, drop an event; the edited timeline survives re-runs. Exports as TimelineJS.

export function mount(el, wb) {
  const { h } = wb;
  async function run(op, message) {
    try { await wb.edit(op); wb.status(message); } catch (e) { wb.status(e.message, true); }
  }
  function render(a) {
    if (!a) { el.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see its timeline.')); return; }
    const exportButton = h('button', { onclick: () => exportTimeline() }, 'Export TimelineJS');
    const edited = a.metadata && a.metadata['timeline.edited'] === 'true';
    if (!a.timeline.length) { el.replaceChildren(h('div', { class: 'row' }, exportButton), h('p', { class: 'empty' }, 'No dated events in this article.')); return; }
    el.replaceChildren(h('div', { class: 'row' }, h('span', { class: 'meta grow' }, `${a.timeline.length} events${edited ? ' · edited' : ''}`), exportButton),
      h('ul', { class: 'plain' }, a.timeline.map((t, i) => {
        const date = h('input', { type: 'text', value: t.date, size: 11, 'aria-label': 'Date', 'data-testid': 'timeline-date' });
        const text = h('textarea', { rows: 2, 'aria-label': 'Event' });
        text.value = t.text;
        const names = t.entities.map((id) => (a.entities.find((e) => e.id === id) || {}).name).filter(Boolean);
        return h('li', { 'data-event': i },
          h('div', { class: 'row' }, date, h('span', { class: 'meta grow' }, names.join(', ')),
            h('button', { onclick: () => run({ op: 'correctTimeline', index: i, date: date.value, text: text.value }, 'Event corrected') }, 'Save'),
            h('button', { class: 'danger', onclick: () => run({ op: 'dropTimeline', index: i }, 'Event dropped') }, 'Drop')),
          text);
      })));
  }
  const exportTimeline = () => wb.exportAs('timelinejs');
  wb.on('article', render);
  wb.command({ id: 'timeline.export', title: 'Export the timeline for TimelineJS', run: exportTimeline });
  render(wb.article);
}
