/**
 * Byte counts as people write and read them. `MB` is 10⁶ bytes and `MiB` 2²⁰, as the user wrote them
 * in `max-size-increase`; figures are shown in decimal units unless the user's budget was binary.
 */

export type UnitSystem = 'decimal' | 'binary';

const DECIMAL: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
const BINARY: Record<string, number> = { KIB: 2 ** 10, MIB: 2 ** 20, GIB: 2 ** 30, TIB: 2 ** 40 };

/** How much a Dockerfile's image may grow before the check fails: a share of the base, or a number of bytes. */
export type SizeBudget = { kind: 'percent'; percent: number; text: string } | { kind: 'bytes'; bytes: number; system: UnitSystem; text: string };

/**
 * Reads `10%`, `50MB`, `1.5 GiB`, `200kB`, `0`. Throws an Error whose message says what is accepted; the
 * caller names the input.
 */
export function parseSizeBudget(text: string): SizeBudget {
  const trimmed = text.trim();
  const match = /^(\d+(?:\.\d+)?)\s*(%|[kKMGT]i?B|B)?$/.exec(trimmed);
  if (!match) throw new Error(`"${text}" is not a size: write a percentage of the base image ("10%") or a size ("50MB" = 50×10⁶ bytes, "50MiB" = 50×2²⁰ bytes)`);
  const value = Number(match[1]);
  const unit = match[2] ?? 'B';
  if (unit === '%') return { kind: 'percent', percent: value, text: trimmed };
  const upper = unit.toUpperCase();
  const binary = BINARY[upper];
  if (binary !== undefined) return { kind: 'bytes', bytes: Math.round(value * binary), system: 'binary', text: trimmed };
  return { kind: 'bytes', bytes: Math.round(value * DECIMAL[upper]!), system: 'decimal', text: trimmed };
}

/** Whether growing from `base` to `head` bytes goes over the budget (a shrink never does). */
export function exceedsBudget(base: number, head: number, budget: SizeBudget): boolean {
  const growth = head - base;
  if (growth <= 0) return false;
  if (budget.kind === 'bytes') return growth > budget.bytes;
  return base === 0 ? true : (growth / base) * 100 > budget.percent;
}

const DECIMAL_STEPS = ['B', 'kB', 'MB', 'GB', 'TB'];
const BINARY_STEPS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `40.1 MB` (or `38.2 MiB`): three significant figures, at least one decimal above a kilobyte. */
export function formatBytes(bytes: number, system: UnitSystem = 'decimal'): string {
  const base = system === 'binary' ? 1024 : 1000;
  const steps = system === 'binary' ? BINARY_STEPS : DECIMAL_STEPS;
  const sign = bytes < 0 ? '−' : '';
  let value = Math.abs(bytes);
  let step = 0;
  while (value >= base && step < steps.length - 1) {
    value /= base;
    step++;
  }
  let digits = step === 0 ? 0 : value >= 100 ? 0 : 1;
  // Rounding can carry into the next unit (999.96 kB): print it as the next unit.
  if (step < steps.length - 1 && Number(value.toFixed(digits)) >= base) {
    value /= base;
    step++;
    digits = 1;
  }
  return `${sign}${value.toFixed(digits)} ${steps[step]}`;
}

/** `+1.2 MB`, `−38.2 MB`, `±0 B`. */
export function formatByteDelta(bytes: number, system: UnitSystem = 'decimal'): string {
  if (bytes === 0) return '±0 B';
  return `${bytes > 0 ? '+' : ''}${formatBytes(bytes, system)}`;
}

/** `−95.2 %`, `+3.0 %`; null when there is no base to compare with. */
export function formatPercent(percent: number | null): string | null {
  if (percent === null) return null;
  if (percent === 0) return '±0 %';
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)} %`;
}
