import type { Rule } from '../types.js';
import { labelInstructions } from './shared/labels.js';

/** Namespaces Docker reserves for its own labels. */
const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/**
 * Why a label key breaks Docker's key format (lower-case alphanumerics with `.`, `-`, `_`, `/`
 * separators, starting with a letter, ending with a letter or digit, no repeated separator, not in a
 * reserved namespace); null when it does not.
 */
export function labelKeyProblem(key: string): string | null {
  const reserved = RESERVED_NAMESPACES.find((ns) => key.startsWith(ns));
  if (reserved) return `uses the \`${reserved}\` namespace Docker reserves`;
  if (!/^[a-z]/.test(key)) return 'does not start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'does not end with a lower-case letter or digit';
  const illegal = /[^0-9a-z._/-]/.exec(key);
  if (illegal) return `contains ${JSON.stringify(illegal[0])}`;
  if (key.includes('..') || key.includes('--')) return 'repeats a separator';
  return null;
}

/** A valid key close to the one written, when lower-casing is all it takes. */
function suggestion(key: string): string | null {
  const lower = key.toLowerCase();
  return lower !== key && labelKeyProblem(lower) === null ? lower : null;
}

export const labelKeyInvalid: Rule = {
  id: 'label-key-invalid',
  title: 'Label keys should follow Docker’s key format',
  severity: 'style',
  scope: 'all',
  aliases: ['DL3048'],
  checkFile(ctx) {
    for (const { instruction, pairs } of labelInstructions(ctx)) {
      const problems = pairs.map((p) => ({ key: p.key, why: labelKeyProblem(p.key) })).filter((p) => p.why !== null);
      if (problems.length === 0) continue;
      const first = problems[0]!;
      const fix = suggestion(first.key);
      const others = problems.length > 1 ? ` (and ${problems.length - 1} more key${problems.length > 2 ? 's' : ''})` : '';
      ctx.reportAt(
        instruction,
        `Invalid label key: \`${first.key}\` ${first.why}${others}; use lower-case reverse-DNS keys such as \`org.opencontainers.image.source\`${fix ? ` — here \`${fix}\`` : ''}`,
      );
    }
  },
};
