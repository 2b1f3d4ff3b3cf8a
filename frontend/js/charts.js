// Small inline SVG charts for answers people would rather look at than read. Each returns a
// <figure> or null when the data has another shape. Sizes are in viewBox units; the SVG scales.

import { el, svg } from './dom.js';
import { formatCount, formatMoney, formatPercent } from './format.js';

const WIDTH = 320;
const CHAR = 6.6; // average width of a 12-unit glyph, to keep labels from colliding

/** The chart that fits an answer's data, if any. */
export function chartFor(data) {
  if (!data || typeof data !== 'object') return null;
  if (Array.isArray(data.items) && data.items.length > 0 && data.items.every((i) => i && i.name != null)) {
    return topProducts(data.items);
  }
  if (data.by_method && typeof data.by_method === 'object' && Object.keys(data.by_method).length > 0) {
    return paymentSplit(data.by_method);
  }
  if (Number.isFinite(data.total) && Number.isFinite(data.occupied)) {
    return floorStrip(data);
  }
  if (data.tables && Number.isFinite(data.tables.total) && Number.isFinite(data.tables.occupied)) {
    return floorStrip(data.tables);
  }
  return null;
}

function figure(kind, caption, graphic) {
  return el('figure', { class: `chart chart-${kind}` }, graphic, caption && el('figcaption', { text: caption }));
}

function frame(height, title) {
  const id = `chart-${Math.random().toString(36).slice(2, 9)}`;
  return svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-labelledby': id,
    preserveAspectRatio: 'xMinYMin meet',
  }, svg('title', { id, text: title }));
}

function fit(text, room) {
  const max = Math.max(4, Math.floor(room / CHAR));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Horizontal bars: quantity sold per product, revenue beside it. */
function topProducts(items) {
  const rows = items.slice(0, 20);
  const most = Math.max(1, ...rows.map((i) => Number(i.quantity) || 0));
  const rowHeight = 34;
  const title = `Top ${rows.length} products by quantity: ${rows
    .map((i) => `${i.name} ${formatCount(i.quantity)}`)
    .join(', ')}`;
  const chart = frame(rows.length * rowHeight - 6, title);
  rows.forEach((item, index) => {
    const y = index * rowHeight;
    const quantity = Number(item.quantity) || 0;
    const value = item.revenue != null
      ? `${formatCount(quantity)} · ${formatMoney(item.revenue)}`
      : formatCount(quantity);
    const name = String(item.name);
    const shown = fit(name, WIDTH - value.length * CHAR - 12);
    const label = svg('text', { x: 0, y: y + 12, class: 'label', text: shown });
    if (shown !== name) label.prepend(svg('title', { text: name }));
    chart.append(
      svg('g', { class: 'bar-row' },
        label,
        svg('text', { x: WIDTH, y: y + 12, class: 'value', 'text-anchor': 'end', text: value }),
        svg('rect', { x: 0, y: y + 17, width: WIDTH, height: 10, rx: 3, class: 'track' }),
        svg('rect', {
          x: 0, y: y + 17, height: 10, rx: 3,
          width: Math.max(2, (quantity / most) * WIDTH),
          class: `bar ${index === 0 ? 'bar-lead' : ''}`.trim(),
        })));
  });
  return figure('products', 'Quantity sold · revenue', chart);
}

const METHOD_NAMES = { card: 'Card', cash: 'Cash', mobile: 'Mobile', voucher: 'Voucher', other: 'Other' };

/** One stacked bar of the payment split, with a legend of share and amount. */
function paymentSplit(byMethod) {
  const entries = Object.entries(byMethod)
    .map(([method, v]) => ({
      method,
      name: METHOD_NAMES[method] || method.charAt(0).toUpperCase() + method.slice(1),
      amount: Number(v && v.amount) || 0,
      percent: Number(v && v.percent) || 0,
    }))
    .sort((a, b) => b.amount - a.amount);
  const total = entries.reduce((sum, e) => sum + e.amount, 0);
  // percent is in points (71.2); accept fractions (0.712) as well.
  const asFractions = entries.every((e) => e.percent <= 1) && entries.reduce((s, e) => s + e.percent, 0) <= 1.01;
  for (const e of entries) {
    e.points = asFractions ? e.percent * 100 : e.percent;
    if (!e.points && total > 0) e.points = (e.amount / total) * 100;
  }
  const legendTop = 48;
  const rowHeight = 20;
  const title = `Payment split: ${entries.map((e) => `${e.name} ${formatPercent(e.points)}`).join(', ')}`;
  const chart = frame(legendTop + (entries.length - 1) * rowHeight + 6, title);
  let x = 0;
  entries.forEach((e, index) => {
    const share = total > 0 ? e.amount / total : e.points / 100;
    const width = share * WIDTH;
    chart.append(svg('rect', {
      x, y: 4, width: Math.max(0, width - (index < entries.length - 1 ? 2 : 0)), height: 24,
      class: `seg seg-${index % 5}`,
    }));
    x += width;
    const y = legendTop + index * rowHeight;
    chart.append(
      svg('rect', { x: 0, y: y - 10, width: 12, height: 12, rx: 2, class: `seg seg-${index % 5}` }),
      svg('text', { x: 18, y, class: 'label', text: e.name }),
      svg('text', {
        x: WIDTH, y, class: 'value', 'text-anchor': 'end',
        text: `${formatPercent(e.points)} · ${formatMoney(e.amount)}`,
      }));
  });
  return figure('payments', 'Share of takings by payment method', chart);
}

const TABLE_STATES = [
  { key: 'occupied', name: 'Occupied' },
  { key: 'reserved', name: 'Reserved' },
  { key: 'cleaning', name: 'Cleaning' },
  { key: 'free', name: 'Free' },
];

/** The floor as a strip of tables, one square each, grouped by state. */
function floorStrip(data) {
  const counts = TABLE_STATES.map((s) => ({ ...s, count: Math.max(0, Math.round(Number(data[s.key]) || 0)) }));
  const total = Math.max(Math.round(Number(data.total) || 0), counts.reduce((sum, s) => sum + s.count, 0));
  const cell = 20;
  const perRow = Math.floor(WIDTH / cell);
  const stripRows = Math.max(1, Math.ceil(total / perRow));
  const legendTop = stripRows * cell + 18;
  const title = `Tables: ${counts.map((s) => `${s.count} ${s.key}`).join(', ')} of ${total}`;
  const chart = frame(legendTop + 20 + 6, title);
  let n = 0;
  for (const state of counts) {
    for (let i = 0; i < state.count; i++, n++) {
      chart.append(svg('rect', {
        x: (n % perRow) * cell + 1, y: Math.floor(n / perRow) * cell + 1,
        width: cell - 5, height: cell - 5, rx: 3, class: `table table-${state.key}`,
      }));
    }
  }
  counts.forEach((state, index) => {
    const x = (index % 2) * (WIDTH / 2);
    const y = legendTop + Math.floor(index / 2) * 20;
    chart.append(
      svg('rect', { x: x + 1, y: y - 10, width: 11, height: 11, rx: 2, class: `table table-${state.key}` }),
      svg('text', { x: x + 18, y, class: 'label', text: `${state.name} ${formatCount(state.count)}` }));
  });
  return figure('floor', `${formatCount(total)} tables`, chart);
}
