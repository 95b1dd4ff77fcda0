// The running runtime: the desk and its features, which bundle serves each stage, importer and
// exporter, and every bundle with its state and where it came from (the framework, the
// distribution, deploy/); a bundle the desk's trust list refuses says so and why. Refreshes while
// shown, so a bundle dropped in shows up.

export function mount(el, wb) {
  const { h } = wb;
  const table = (caption, head, rows) => h('table', {}, h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
  const stateOf = (b) => (b.state === 'refused' ? h('span', { class: 'tag refused', title: b.reason }, 'refused by trust') : b.state);
  async function refresh() {
    if (!el.offsetParent || el.hidden) return; // not on screen
    try {
      const r = await wb.api('/api/runtime');
      const refused = r.bundles.filter((b) => b.state === 'refused');
      el.replaceChildren(
        h('p', {}, h('strong', {}, `Desk ${r.desk}`), h('span', { class: 'meta' }, ` (desks: ${(r.desks || []).join(', ')})`)),
        h('h3', {}, 'Features'), h('p', {}, r.features.map((f) => h('span', { class: 'tag' }, f)).flatMap((t) => [t, ' '])),
        refused.length ? h('div', { class: 'warning', 'data-testid': 'refused' }, h('strong', {}, 'Refused by the desk\u2019s trust list'),
          h('ul', { class: 'plain' }, refused.map((b) => h('li', {}, h('strong', {}, b.symbolicName), ` ${b.version}: ${b.reason}`)))) : '',
        h('h3', {}, 'Stages'), table('Stages', ['slot', 'bundle', 'version'], r.stages.map((s) => [s.name, s.bundle, s.version])),
        h('h3', {}, 'Importers'), table('Importers', ['format', 'bundle'], r.importers.map((s) => [s.name, s.bundle])),
        h('h3', {}, 'Exporters'), table('Exporters', ['format', 'bundle'], r.exporters.map((s) => [s.name, s.bundle])),
        h('h3', {}, `Bundles (${r.bundles.length})`), table('Bundles', ['id', 'bundle', 'version', 'state', 'from'],
          r.bundles.map((b) => [String(b.id), b.symbolicName, b.version, stateOf(b), b.location])));
    } catch (e) { wb.status(e.message, true); }
  }
  const timer = setInterval(refresh, 3000);
  new MutationObserver(refresh).observe(el, { attributes: true, attributeFilter: ['hidden'] });
  refresh();
  return { unmount: () => clearInterval(timer), refresh };
}
