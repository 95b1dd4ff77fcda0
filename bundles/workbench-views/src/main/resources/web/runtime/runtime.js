// The running runtime: the desk and its features, which bundle serves each stage, importer and
// exporter, and every bundle with its state. Refreshes while shown, so a bundle dropped in shows up.

export function mount(el, wb) {
  const { h } = wb;
  const table = (head, rows) => h('table', {}, h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
  async function refresh() {
    if (el.hidden) return;
    try {
      const r = await wb.api('/api/runtime');
      el.replaceChildren(
        h('p', {}, h('strong', {}, `Desk ${r.desk}`), h('span', { class: 'meta' }, ` (desks: ${(r.desks || []).join(', ')})`)),
        h('h3', {}, 'Features'), h('p', {}, r.features.map((f) => h('span', { class: 'tag' }, f)).flatMap((t) => [t, ' '])),
        h('h3', {}, 'Stages'), table(['slot', 'bundle', 'version'], r.stages.map((s) => [s.name, s.bundle, s.version])),
        h('h3', {}, 'Importers'), table(['format', 'bundle'], r.importers.map((s) => [s.name, s.bundle])),
        h('h3', {}, 'Exporters'), table(['format', 'bundle'], r.exporters.map((s) => [s.name, s.bundle])),
        h('h3', {}, `Bundles (${r.bundles.length})`), table(['id', 'bundle', 'version', 'state', 'from'],
          r.bundles.map((b) => [String(b.id), b.symbolicName, b.version, b.state, b.location])));
    } catch (e) { wb.status(e.message, true); }
  }
  const timer = setInterval(refresh, 3000);
  new MutationObserver(refresh).observe(el, { attributes: true, attributeFilter: ['hidden'] });
  refresh();
  return { unmount: () => clearInterval(timer) };
}
