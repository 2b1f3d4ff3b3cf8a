// Figures in the tenant's currency and the reader's locale.

let money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' });
const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** Uses the currency of the signed-in tenant (from the ready frame) from now on. */
export function useCurrency(code) {
  try {
    money = new Intl.NumberFormat(undefined, { style: 'currency', currency: code || 'EUR' });
  } catch {
    money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' });
  }
}

export const formatMoney = (value) => money.format(Number(value) || 0);
export const formatCount = (value) => count.format(Number(value) || 0);
/** A share given in percent points (71.2 → "71%"). */
export const formatPercent = (points) => percent.format((Number(points) || 0) / 100);
export const formatMs = (ms) => `${Math.round(Number(ms) || 0)} ms`;
