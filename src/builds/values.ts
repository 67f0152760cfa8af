/** Small guards for values parsed from YAML, JSON and HCL, whose shapes nothing guarantees. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as the text a build tool would pass on (`5` → '5', `true` → 'true'); null for anything else. */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
