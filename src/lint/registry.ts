import { parseError } from './rules/parse-error.js';
import { BUILDKIT_RULES } from './registry/buildkit.js';
import { HADOLINT_RULES } from './registry/hadolint.js';
import { MULTISTAGE_RULES } from './registry/multistage.js';
import type { Rule } from './types.js';

/** Every rule, in the order `stagecraft rules` lists them. */
export const RULES: readonly Rule[] = [parseError, ...BUILDKIT_RULES, ...HADOLINT_RULES, ...MULTISTAGE_RULES];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  for (const name of [rule.id, ...rule.aliases]) byName.set(name.toLowerCase(), rule);
}

/** Finds a rule by id or alias, case-insensitively. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.toLowerCase());
}
