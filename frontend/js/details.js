// The "Details" disclosure under an answer: the downstream calls on one time axis, whether the
// answer is partial, and the correlation id to quote when something looks wrong.

import { el } from './dom.js';
import { formatMs } from './format.js';

export const STATUS_NAMES = {
  ok: 'ok',
  error: 'error',
  timeout: 'timeout',
  circuit_open: 'circuit open',
  skipped: 'skipped',
  stale: 'stale',
};

export const statusName = (status) => STATUS_NAMES[status] || String(status || 'unknown');

export function detailsFor(meta) {
  const calls = Array.isArray(meta.calls) ? meta.calls : [];
  const end = Math.max(
    1,
    Number(meta.total_ms) || 0,
    ...calls.map((c) => (Number(c.started_ms) || 0) + (Number(c.ms) || 0)),
  );
  const body = el('div', { class: 'details-body' });
  if (calls.length > 0) {
    body.append(waterfall(calls, end));
  } else {
    body.append(el('p', { class: 'muted', text: 'No service was asked for this answer.' }));
  }
  body.append(el('dl', { class: 'facts' },
    el('dt', { text: 'Answered in' }), el('dd', { text: formatMs(meta.total_ms) }),
    el('dt', { text: 'Complete' }),
    el('dd', { text: meta.partial ? 'No — some data is missing' : 'Yes' }),
    el('dt', { text: 'Correlation id' }),
    el('dd', { class: 'correlation' },
      el('code', { text: meta.correlation_id || '—' }),
      meta.correlation_id ? copyButton(meta.correlation_id) : null)));
  return el('details', { class: 'details' }, el('summary', { text: 'Details' }), body);
}

function waterfall(calls, end) {
  const list = el('ol', { class: 'waterfall', 'aria-label': `Service calls, on a time axis of ${formatMs(end)}` });
  const ordered = [...calls].sort((a, b) => (Number(a.started_ms) || 0) - (Number(b.started_ms) || 0));
  for (const call of ordered) {
    const start = Math.max(0, Number(call.started_ms) || 0);
    const ms = Math.max(0, Number(call.ms) || 0);
    const status = String(call.status || 'unknown');
    const bar = el('span', { class: 'bar' });
    bar.style.left = `${(start / end) * 100}%`;
    bar.style.width = `${Math.max(0.8, (ms / end) * 100)}%`;
    list.append(el('li', { class: `call call-${status.replace(/[^a-z_]/g, '')}`, 'data-service': call.service },
      el('span', { class: 'call-name' },
        el('strong', { text: call.service }), ' ', el('span', { class: 'endpoint', text: call.endpoint })),
      el('span', { class: 'call-result' },
        el('span', { class: 'status', text: statusName(status) }),
        ` · ${formatMs(ms)}`,
        call.cached ? ' · cached' : null),
      el('span', { class: 'track', 'aria-hidden': 'true' }, bar)));
  }
  list.append(el('li', { class: 'axis', 'aria-hidden': 'true' },
    el('span', { text: '0 ms' }), el('span', { text: formatMs(end) })));
  return list;
}

function copyButton(text) {
  const button = el('button', { type: 'button', class: 'link-button copy', text: 'Copy' });
  button.addEventListener('click', async () => {
    const done = await copy(text);
    button.textContent = done ? 'Copied' : 'Select and copy';
    setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
  return button;
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http on a LAN address) or no permission: the old way.
    const scratch = el('textarea', { class: 'visually-hidden', readonly: true });
    scratch.value = text;
    document.body.append(scratch);
    scratch.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    scratch.remove();
    return ok;
  }
}
