/** Timing helpers: the median of several runs after warm-up, with garbage collected between. */
import { performance } from "perf_hooks";

const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

export interface Timing {
  median: number;
  min: number;
  runs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds per call of `fn`, after `warmup` calls that are not counted. */
export function time(fn: () => void, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return { median: median(ms), min: Math.min(...ms), runs };
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  collect();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
