// The quotes of the open article with who said them, from this bundle's own endpoint. A view module
// exports mount(element, workbench); wb.h builds elements from text, so nothing is parsed as HTML.

export function mount(el, wb) {
  const { h } = wb;
  async function render() {
    if (!wb.articleId) { el.replaceChildren(h('p', { class: 'empty' }, 'Open an article to see its quotes.')); return; }
    try {
      const quotes = await wb.api(`/api/views/quotes/${encodeURIComponent(wb.articleId)}`);
      el.replaceChildren(quotes.length
        ? h('ul', { class: 'plain', 'data-testid': 'quotes' }, quotes.map((q) => h('li', {},
          h('div', { class: 'quote' }, `“${q.text}”`), h('div', { class: 'meta' }, q.speaker || 'speaker unknown'))))
        : h('p', { class: 'empty' }, 'No direct quotes in this article.'));
    } catch (e) { wb.status(e.message, true); }
  }
  wb.on('article', render);
  render();
}
