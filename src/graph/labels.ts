import type { GraphNode, StageAnnotations } from './types.js';

/**
 * The text a node shows, before any format's escaping. Shared by the Mermaid and DOT renderers so both
 * say the same thing: the name, the markers that do not rely on colour alone, and the build figures.
 */

/** Long enough for `ghcr.io/org/team/service:1.2.3-alpine3.20`; longer names are cut in the middle. */
export const MAX_LABEL_CHARS = 60;

export function displayLabel(node: GraphNode): string {
  const label = node.previousLabel !== undefined
    ? `${plainText(node.previousLabel)} → ${plainText(node.label)}`
    : plainText(node.label);
  const name = node.target && node.alternativeTarget ? `target: ${label}` : label;
  const markers: string[] = [];
  if (node.target && !node.alternativeTarget) markers.push('target');
  if (node.renamedFrom !== undefined) markers.push(`renamed from ${plainText(node.renamedFrom)}`);
  if (node.change === 'added' || node.change === 'removed') markers.push(node.change);
  if (node.baseChanged) markers.push('base changed');
  if (node.dead && node.change !== 'removed') markers.push('unused');
  const figures = node.annotations ? annotationParts(node.annotations) : [];
  return [markers.length > 0 ? `${name} (${markers.join(', ')})` : name, ...figures].join(' · ');
}

/** Label for a node that stands for several external images (see `budget.ts`). */
export function groupedImagesLabel(count: number): string {
  return `${count} external images`;
}

/**
 * One line of printable text, at most MAX_LABEL_CHARS long. Control characters would break a renderer's
 * line syntax; bidirectional overrides could make a label read differently from what it is.
 */
export function plainText(text: string): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '\uFFFD').trim();
  const chars = Array.from(flat);
  if (chars.length <= MAX_LABEL_CHARS) return flat;
  // Keep both ends: image names differ at the start (registry) and at the end (tag).
  const head = Math.ceil((MAX_LABEL_CHARS - 1) / 2);
  const tail = MAX_LABEL_CHARS - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

export function annotationParts(annotations: StageAnnotations): string[] {
  const parts: string[] = [];
  if (isFiniteNumber(annotations.sizeBytes)) {
    const delta = isFiniteNumber(annotations.baseSizeBytes) ? annotations.sizeBytes - annotations.baseSizeBytes : null;
    parts.push(delta === null ? formatBytes(annotations.sizeBytes) : `${formatBytes(annotations.sizeBytes)} (${formatByteDelta(delta)})`);
  }
  if (isFiniteNumber(annotations.layers)) parts.push(`${annotations.layers} ${annotations.layers === 1 ? 'layer' : 'layers'}`);
  if (isFiniteNumber(annotations.buildSeconds)) parts.push(formatDuration(annotations.buildSeconds));
  return parts;
}

const BYTE_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** Decimal units, as `docker images` prints them: `812 MB`, `40.1 MB`, `210 kB`. */
export function formatBytes(bytes: number): string {
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  // Rounding can carry into the next unit (999.96 kB → "1000.0 kB"); print it as the next unit instead.
  if (unit < BYTE_UNITS.length - 1 && Number(value.toFixed(digits)) >= 1000) return `${bytes < 0 ? '-' : ''}1.0 ${BYTE_UNITS[unit + 1]}`;
  return `${bytes < 0 ? '-' : ''}${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** `+12.0 MB`, `−38.2 MB` (a real minus sign), `±0 B`. */
export function formatByteDelta(delta: number): string {
  if (delta === 0) return '±0 B';
  return `${delta > 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`;
}

/** `4.2 s`, `32 s`, `1 min 32 s`, `1 h 5 min`. */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${Math.max(0, seconds).toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
