/** Latency percentiles and throughput of a task run by a fixed number of concurrent workers. */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/**
 * Runs `task` from `concurrency` workers for `seconds` (after a short warm-up that is not
 * measured): a bounded loop, so the load never exceeds what we ask for.
 */
export async function runLoad(task: () => Promise<void>, options: { concurrency: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  const warmupEnd = Date.now() + options.warmupSeconds * 1000;
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (Date.now() < warmupEnd) await task().catch(() => undefined);
  }));
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = Date.now() + options.seconds * 1000;
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (Date.now() < end) {
      const begin = performance.now();
      try {
        await task();
        latencies.push(performance.now() - begin);
      } catch {
        errors += 1;
      }
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    medianMs: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
  };
}
