import { findRule, RULES } from '../registry.js';
import { closestNameIgnoringCase } from '../suggest.js';
import type { Rule } from '../types.js';

/**
 * hadolint codes hadolint itself removed (DL3017, DL3031 and DL3039 in 2.7.0, DL3005 in 2.13): a
 * `.hadolint.yaml` or a `# hadolint ignore=` written for an older hadolint still names them, and they are
 * not typos, but they silence nothing any more.
 */
export const RETIRED_HADOLINT_CODES: readonly string[] = ['DL3005', 'DL3017', 'DL3031', 'DL3039'];

/**
 * BuildKit checks no rule here carries, because they need the pulled image (see docs/compatibility.md):
 * `# check=skip=` may name them for the build's own checks.
 */
const BUILDKIT_ONLY_CHECKS: readonly string[] = ['InvalidBaseImagePlatform'];

/** ShellCheck's codes: `SC2086`. Which exist depends on the ShellCheck release, so any number is accepted. */
const SHELLCHECK_CODE = /^sc\d+$/i;

/** What a rule name written in configuration or a suppression comment refers to. */
export type RuleNameMeaning =
  | { kind: 'rule'; rule: Rule }
  | { kind: 'shellcheck' }
  /** A hadolint code hadolint removed. */
  | { kind: 'retired' }
  /** A BuildKit check that only the build runs. */
  | { kind: 'buildkit-only' }
  /** Nothing: most likely a typo; `suggestion` is the name it is closest to, if any is close. */
  | { kind: 'unknown'; suggestion: string | null };

/** Every rule id and alias of the registry, as spelled there: the candidates for "did you mean". */
const REGISTRY_NAMES: readonly string[] = RULES.flatMap((rule) => [rule.id, ...rule.aliases]);
const lowerCased = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
const RETIRED = lowerCased(RETIRED_HADOLINT_CODES);
const BUILDKIT_ONLY = lowerCased(BUILDKIT_ONLY_CHECKS);

/** The rule `name` names, by id or alias in any case: one of `extraRules` (a test's, a caller's own), else the registry's. */
function namedRule(name: string, extraRules: readonly Rule[]): Rule | undefined {
  const wanted = name.toLowerCase();
  return extraRules.find((rule) => rule.id === wanted || rule.aliases.some((a) => a.toLowerCase() === wanted)) ?? findRule(name);
}

/**
 * A code with letters where digits belong, as a slip of the eye writes it (`DL30O2`, `SC2O86`, `DL3OOl`):
 * the code it reads as, or null when the name is not shaped like a code.
 */
function codeItReadsAs(name: string): string | null {
  const shaped = /^(dl|sc)([0-9oil]+)$/i.exec(name);
  if (!shaped) return null;
  return shaped[1]!.toUpperCase() + shaped[2]!.replace(/[oO]/g, '0').replace(/[iIl]/g, '1');
}

/**
 * What `name` (any case) refers to: a rule of the registry or of `extraRules` by id or alias, a ShellCheck
 * code, a retired hadolint code, a BuildKit check only the build runs — or nothing.
 */
export function meaningOfRuleName(name: string, extraRules: readonly Rule[] = []): RuleNameMeaning {
  const rule = namedRule(name, extraRules);
  if (rule) return { kind: 'rule', rule };
  if (SHELLCHECK_CODE.test(name)) return { kind: 'shellcheck' };
  if (RETIRED.has(name.toLowerCase())) return { kind: 'retired' };
  if (BUILDKIT_ONLY.has(name.toLowerCase())) return { kind: 'buildkit-only' };
  // Edit distance alone would offer DL3012 for DL30O2 (any DL30x2 is one edit away); the look-alike comes first.
  const readsAs = codeItReadsAs(name);
  if (readsAs !== null && (SHELLCHECK_CODE.test(readsAs) || namedRule(readsAs, extraRules))) {
    return { kind: 'unknown', suggestion: readsAs };
  }
  const candidates = [...extraRules.flatMap((r) => [r.id, ...r.aliases]), ...REGISTRY_NAMES];
  return { kind: 'unknown', suggestion: closestNameIgnoringCase(name, candidates) };
}

/**
 * The warning for a name that refers to nothing, without saying where it is written:
 * "`DL30O2` names no rule, alias or ShellCheck code, so it has no effect: did you mean `DL3002`?".
 */
export function unknownRuleNameMessage(name: string, suggestion: string | null): string {
  const hint = suggestion ? `did you mean \`${suggestion}\`?` : '`stagecraft rules` lists the ids and codes';
  return `\`${name}\` names no rule, alias or ShellCheck code, so it has no effect: ${hint}`;
}
