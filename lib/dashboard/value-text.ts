/**
 * The portfolio's ROI figures in words (issue #17). A total is in one currency or in none:
 * amounts of different currencies are never added, so each currency gets its own line. Pure;
 * en-US grouping, as the rest of the dashboard writes numbers.
 */
const HOURS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const PLAIN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function hoursText(hours: number): string {
  return `${HOURS.format(hours)} h`;
}

/** "$17,100", "€1,200", or "1,200 (no currency given)" when the plans name none. */
export function moneyText(amount: number, currency: string | null): string {
  if (currency === null) return `${PLAIN.format(amount)} (no currency given)`;
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
}
