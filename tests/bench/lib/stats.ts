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

/** The median and the quartiles (p25–p75) of a list of values, e.g. the per-round ratios of two doors. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  // Linear interpolation between the closest ranks: with a few rounds, the nearest rank jumps too much.
  const at = (p: number): number => {
    if (sorted.length === 0) {
      return Number.NaN;
    }
    const position = (p / 100) * (sorted.length - 1);
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return (sorted[low] ?? Number.NaN) + ((sorted[high] ?? Number.NaN) - (sorted[low] ?? Number.NaN)) * (position - low);
  };
  return { median: at(50), p25: at(25), p75: at(75) };
}

/**
 * How the bench compares doors on this shared, busy machine: in short bursts that take turns (the order turning at
 * each round), so a busy moment hits every door alike, and a ratio per round whose median is the figure. `burst`
 * documents per door and round (at least `perClient` × the clients, so that every client sends several and the
 * burst's ramp-up and tail weigh little), `rounds` so that each door gets at least `perDoor` documents and at least
 * `minimumRounds` rounds.
 */
export function burstPlan(perDoor: number, clients: number, burstFloor: number, perClient: number, minimumRounds: number): { burst: number; rounds: number } {
  const burst = Math.max(burstFloor, perClient * clients);
  return { burst, rounds: Math.max(minimumRounds, Math.ceil(perDoor / burst)) };
}

/**
 * `clients` senders at once over `items`, each taking the next item when its previous one is answered (how parallel
 * connectors push): the load of every throughput and deadlock figure.
 */
export async function byClients<T>(items: T[], clients: number, send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const item = items[next++];
        if (item === undefined) {
          break;
        }
        await send(item);
      }
    }),
  );
}
