import { describe, expect, it } from 'vitest';
import { displayLabel, formatByteDelta, formatBytes, formatDuration, MAX_LABEL_CHARS, plainText } from '../../src/graph/labels.js';
import type { GraphNode } from '../../src/graph/types.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [64_000, '64.0 kB'],
    [210_000, '210 kB'],
    [999_960, '1.0 MB'],
    [1_900_000, '1.9 MB'],
    [40_100_000, '40.1 MB'],
    [812_000_000, '812 MB'],
    [2_500_000_000, '2.5 GB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatByteDelta', () => {
  it.each([
    [-38_200_000, '−38.2 MB'],
    [12_000_000, '+12.0 MB'],
    [0, '±0 B'],
  ])('%d → %s', (delta, text) => expect(formatByteDelta(delta)).toBe(text));
});

describe('formatDuration', () => {
  it.each([
    [4.24, '4.2 s'],
    [32.4, '32 s'],
    [59.6, '1 min 0 s'],
    [92, '1 min 32 s'],
    [3900, '1 h 5 min'],
  ])('%d s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('plainText', () => {
  it.each([
    ['keeps ordinary text', 'node:20-alpine', 'node:20-alpine'],
    ['turns line breaks and control characters into spaces', 'a\nb\r\nc\u0000d\u2028e', 'a b c d e'],
    ['replaces bidirectional overrides so a label reads as it is', 'safe\u202Eevil\u2066', 'safe\uFFFDevil\uFFFD'],
    ['cuts long text in the middle, keeping both ends', `registry.example.com/${'x'.repeat(80)}:1.2.3`, `registry.example.com/${"x".repeat(9)}…${"x".repeat(23)}:1.2.3`],
  ])('%s', (_name, input, expected) => {
    expect(plainText(input)).toBe(expected);
    expect(Array.from(plainText(input)).length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });
});

describe('displayLabel', () => {
  const stage: GraphNode = { id: 's0', key: 'stage:0', kind: 'stage', label: 'app', target: false, dead: false, change: null };
  it.each<[string, Partial<GraphNode>, string]>([
    ['a plain stage', {}, 'app'],
    ['the target', { target: true }, 'app (target)'],
    ['a target other than the last stage', { target: true, alternativeTarget: true }, 'target: app'],
    ['an added alternative target', { target: true, alternativeTarget: true, change: 'added' }, 'target: app (added)'],
    ['an unused stage', { dead: true }, 'app (unused)'],
    ['an added unused stage', { change: 'added', dead: true }, 'app (added, unused)'],
    ['a removed stage is not also called unused', { change: 'removed', dead: true }, 'app (removed)'],
    ['a renamed target whose base changed', { target: true, change: 'changed', renamedFrom: 'build', baseChanged: true }, 'app (target, renamed from build, base changed)'],
    ['a bumped image', { kind: 'image', label: 'node:20', previousLabel: 'node:18', change: 'changed' }, 'node:18 → node:20'],
    ['figures', { annotations: { sizeBytes: 1_900_000, layers: 1, buildSeconds: 4 } }, 'app · 1.9 MB · 1 layer · 4.0 s'],
    ['figures that are not numbers are left out', { annotations: { sizeBytes: Number.NaN, layers: 2 } }, 'app · 2 layers'],
  ])('%s', (_name, overrides, expected) => expect(displayLabel({ ...stage, ...overrides })).toBe(expected));
});
