/** One line of a benchmark table; every bench module returns these so `npm run bench` can aggregate them. */
export interface BenchRow {
  name: string;
  items: number;
  /** Median wall time of one pass over `items`, in milliseconds. */
  medianMs: number;
  /** items / (medianMs / 1000). */
  perSecond: number;
  /** Peak resident set size of the process so far (process.resourceUsage().maxRSS), in MiB. */
  peakRssMb: number;
  /** Share of items given the expected answer (0..1), where the bench knows it. */
  accuracy?: number;
}

/** A plain-text table of bench rows. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'items', 'median ms', 'items/s', 'peak RSS MB', 'accuracy'];
  const body = rows.map((row) => [
    row.name,
    String(row.items),
    row.medianMs.toFixed(row.medianMs < 10 ? 2 : 1),
    Math.round(row.perSecond).toLocaleString('en-US'),
    row.peakRssMb.toFixed(1),
    row.accuracy === undefined ? '' : `${(row.accuracy * 100).toFixed(1)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** The median of the timings (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
