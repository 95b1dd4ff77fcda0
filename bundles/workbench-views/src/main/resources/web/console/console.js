// The Gogo shell attached to the workbench: desk:, feature:, pipeline:, article: and the framework's
// own commands, one line at a time; Up and Down walk the history.

export function mount(el, wb) {
  const { h } = wb;
  const out = h('pre', { class: 'console', 'data-testid': 'console-output' }, 'Type a command, e.g. pipeline:show or help\n');
  const input = h('input', { type: 'text', class: 'grow', placeholder: 'g! ', 'aria-label': 'Command', 'data-testid': 'console-input' });
  const past = [];
  let at = 0;
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowUp' && at > 0) { input.value = past[--at]; e.preventDefault(); }
    if (e.key === 'ArrowDown') { at = Math.min(at + 1, past.length); input.value = past[at] || ''; e.preventDefault(); }
    if (e.key !== 'Enter' || !input.value.trim()) return;
    const command = input.value.trim();
    past.push(command);
    at = past.length;
    input.value = '';
    out.append(`g! ${command}\n`);
    try {
      const r = await wb.api('/api/console', { method: 'POST', body: { command } });
      out.append(r.output.endsWith('\n') || !r.output ? r.output : `${r.output}\n`);
    } catch (err) { out.append(`${err.message}\n`); }
    out.scrollTop = out.scrollHeight;
  });
  el.append(out, h('div', { class: 'row' }, input));
}
