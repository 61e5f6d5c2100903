// Figures for the benchmark table: percentiles, rates, sizes.

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) {
    return Number.NaN;
  }
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export interface LatencySummary {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

export function summarize(latenciesMs: number[], wallMs: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    seconds: wallMs / 1000,
    perSecond: sorted.length / (wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) {
    return;
  }
  process.stdout.write(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const row of body) {
    process.stdout.write(`${line(row)}\n`);
  }
}
