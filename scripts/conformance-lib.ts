import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerfile, type Dockerfile } from '../src/dockerfile/index.js';
import { parseHadolintConfig, resolveConfig, type EffectiveConfig } from '../src/lint/config.js';
import { lintDockerfile } from '../src/lint/engine.js';
import { RULES } from '../src/lint/registry.js';
import { runShellcheckForFiles, type ShellcheckRunner } from '../src/lint/shellcheck/index.js';
import type { Finding, FindingInput, Rule } from '../src/lint/types.js';

/**
 * Agreement with the peers' own test expectations (issue §8): each case of
 * `../shared/conformance/cases.json` is linted with the whole engine and every registered rule, and
 * counts for the rule of ours that names the case's rule among its aliases.
 */

export interface ConformanceCase {
  source: string;
  rule: string;
  dockerfile: string;
  expect: 'violation' | 'pass';
  line?: number;
  count?: number;
  config?: Record<string, unknown>;
  dockerignore?: string;
  frontend_attrs?: Record<string, string>;
  line_unverified?: number;
  detail?: string;
  case_id?: string;
  file?: string;
  test_line?: number;
}

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `STAGECRAFT_CONFORMANCE`, else `../shared/conformance/cases.json` from the project root. */
export function casesPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env.STAGECRAFT_CONFORMANCE ?? '../shared/conformance/cases.json');
}

/** The cases, or null when the file is not there (it lives outside the repository). */
export function loadCases(path: string): ConformanceCase[] | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as ConformanceCase[];
}

/** `SC*`: any ShellCheck finding; scored by our `shellcheck` rule when ShellCheck is installed. */
const ANY_SHELLCHECK = 'sc*';

/**
 * Case rules not scored: `*` ("no finding whatsoever", which needs every peer rule), and `SC*` when no
 * ShellCheck results were given.
 */
function leftOut(rule: string, shellcheck: boolean): boolean {
  const wanted = rule.toLowerCase();
  return wanted === '*' || (wanted === ANY_SHELLCHECK && !shellcheck);
}

/** Our rule for a case, by alias; null when the case is left out or the rule is not implemented. */
export function ruleForCase(
  c: ConformanceCase,
  rules: readonly Rule[] = RULES,
  shellcheck = false,
): { rule: Rule; alias: string } | null {
  const wanted = c.rule.toLowerCase();
  if (leftOut(wanted, shellcheck)) return null;
  if (wanted === ANY_SHELLCHECK) {
    const rule = rules.find((r) => r.id === 'shellcheck');
    return rule ? { rule, alias: 'SC*' } : null;
  }
  for (const rule of rules) {
    const alias = rule.aliases.find((a) => a.toLowerCase() === wanted);
    if (alias) return { rule, alias };
  }
  return null;
}

export interface CaseOutcome {
  case: ConformanceCase;
  alias: string;
  ruleId: string;
  agreed: boolean;
  expected: string;
  got: string;
  /** The findings of the case's rule. */
  findings: Finding[];
}

/** BuildKit's `BUILDKIT_DOCKERFILE_CHECK` build argument: replaces the file's `# check=` directive. */
const CHECK_ATTR = 'build-arg:BUILDKIT_DOCKERFILE_CHECK';

function withCheckOverride(df: Dockerfile, check: string | undefined): Dockerfile {
  if (check === undefined) return df;
  const others = df.directives.filter((d) => d.name !== 'check');
  const line = df.directives.find((d) => d.name === 'check')?.line ?? 1;
  return { ...df, directives: [...others, { name: 'check', value: check, line }] };
}

function configOf(c: ConformanceCase, rules: readonly Rule[]): EffectiveConfig {
  // hadolint's `.hadolint.yaml` keys; JSON is YAML.
  const layers = c.config ? [parseHadolintConfig(JSON.stringify(c.config), 'conformance case')] : [];
  const config = resolveConfig(layers, 'Dockerfile');
  // The peers' tests exercise every rule, including those a default configuration leaves off.
  for (const rule of rules) {
    if (rule.off && config.severity[rule.id] === undefined) config.severity[rule.id] = rule.severity;
  }
  return config;
}

/** A case's Dockerfile, parsed under a path of its own so one ShellCheck run can serve every case. */
export function caseDockerfile(c: ConformanceCase, index: number): Dockerfile {
  return withCheckOverride(parseDockerfile(c.dockerfile, { path: `case-${index}/Dockerfile` }), c.frontend_attrs?.[CHECK_ATTR]);
}

/**
 * ShellCheck's findings for the `SC*` cases, from one ShellCheck process; null when ShellCheck is not
 * installed (those cases are then left out).
 */
export async function shellcheckForCases(cases: readonly ConformanceCase[], runner: ShellcheckRunner): Promise<Map<string, FindingInput[]> | null> {
  const dockerfiles = cases.flatMap((c, i) => (c.rule.toLowerCase() === ANY_SHELLCHECK ? [caseDockerfile(c, i)] : []));
  const results = await runShellcheckForFiles(dockerfiles, runner);
  return results.notices.length > 0 ? null : results.findings;
}

/**
 * Lints one case and compares; null when the case does not count (see `ruleForCase`). `shellcheck`
 * holds ShellCheck's findings by case path (see `shellcheckForCases`).
 */
export function evaluateCase(
  c: ConformanceCase,
  rules: readonly Rule[] = RULES,
  index = 0,
  shellcheck: ReadonlyMap<string, readonly FindingInput[]> | null = null,
): CaseOutcome | null {
  const scored = ruleForCase(c, rules, shellcheck !== null);
  if (!scored) return null;
  const df = caseDockerfile(c, index);
  const externalFindings = shellcheck ? new Map([['shellcheck', shellcheck.get(df.path) ?? []]]) : undefined;
  const all = lintDockerfile(df, { config: configOf(c, rules), dockerignore: c.dockerignore ?? null, rules, externalFindings });
  const alias = scored.alias.toLowerCase();
  const findings =
    alias === ANY_SHELLCHECK ? all.filter((f) => f.rule === scored.rule.id) : all.filter((f) => f.aliases.some((a) => a.toLowerCase() === alias));
  const lines = findings.map((f) => f.line);
  const got = findings.length === 0 ? 'none' : `${findings.length} on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;

  let agreed: boolean;
  let expected: string;
  if (c.expect === 'pass') {
    agreed = findings.length === 0;
    expected = 'none';
  } else {
    const line = c.line_unverified === undefined ? c.line : undefined;
    const countOk = c.count === undefined ? findings.length > 0 : findings.length === c.count;
    const lineOk = line === undefined || lines.includes(line);
    agreed = countOk && lineOk;
    expected = `${c.count === undefined ? 'at least 1' : `exactly ${c.count}`}${line === undefined ? '' : ` incl. line ${line}`}`;
  }
  return { case: c, alias: scored.alias, ruleId: scored.rule.id, agreed, expected, got, findings };
}

export interface Tally {
  agreed: number;
  total: number;
}

export interface Summary {
  cases: number;
  scored: number;
  /** Cases whose rule no rule of ours names. */
  notImplemented: number;
  /** `*` cases, and `SC*` cases when ShellCheck is not installed. */
  leftOut: number;
  /** source → alias → tally, in first-seen order. */
  bySource: Map<string, Map<string, Tally>>;
  overall: Tally;
  failures: CaseOutcome[];
}

export function summarize(cases: readonly ConformanceCase[], outcomes: readonly (CaseOutcome | null)[], shellcheck = false): Summary {
  const bySource = new Map<string, Map<string, Tally>>();
  const overall: Tally = { agreed: 0, total: 0 };
  let skipped = 0;
  outcomes.forEach((outcome, i) => {
    if (outcome) return;
    if (leftOut(cases[i]!.rule, shellcheck)) skipped++;
  });
  const scored = outcomes.filter((o): o is CaseOutcome => o !== null);
  for (const outcome of scored) {
    const source = outcome.case.source;
    if (!bySource.has(source)) bySource.set(source, new Map());
    const rules = bySource.get(source)!;
    if (!rules.has(outcome.alias)) rules.set(outcome.alias, { agreed: 0, total: 0 });
    const tally = rules.get(outcome.alias)!;
    tally.total++;
    overall.total++;
    if (outcome.agreed) {
      tally.agreed++;
      overall.agreed++;
    }
  }
  return {
    cases: cases.length,
    scored: scored.length,
    notImplemented: cases.length - scored.length - skipped,
    leftOut: skipped,
    bySource,
    overall,
    failures: scored.filter((o) => !o.agreed),
  };
}

function percent(t: Tally): string {
  return t.total === 0 ? '-' : `${((100 * t.agreed) / t.total).toFixed(1)}%`;
}

function sourceTotal(rules: Map<string, Tally>): Tally {
  let agreed = 0;
  let total = 0;
  for (const t of rules.values()) {
    agreed += t.agreed;
    total += t.total;
  }
  return { agreed, total };
}

/** The first line with something on it, so a failing case can be recognised. */
function firstLine(dockerfile: string): string {
  return dockerfile.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
}

function origin(c: ConformanceCase): string {
  if (c.case_id) return c.case_id;
  return c.file ? `${c.file}${c.test_line ? `:${c.test_line}` : ''}` : c.source;
}

export function renderText(summary: Summary, path: string): string {
  const out: string[] = [];
  out.push(`${path}: ${summary.cases} cases, ${summary.scored} scored (${summary.notImplemented} for rules not implemented, ${summary.leftOut} left out: * cases, and SC* ones without ShellCheck)`);
  for (const [source, rules] of summary.bySource) {
    out.push('', source);
    const width = Math.max(...[...rules.keys()].map((k) => k.length));
    for (const [alias, t] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
      out.push(`  ${alias.padEnd(width)} ${t.agreed}/${t.total} ${percent(t)}`);
    }
    const total = sourceTotal(rules);
    out.push(`  ${source} total: ${total.agreed}/${total.total} ${percent(total)}`);
  }
  out.push('', `overall: ${summary.overall.agreed}/${summary.overall.total} ${percent(summary.overall)}`);
  if (summary.failures.length > 0) {
    out.push('', 'disagreements:');
    for (const f of summary.failures) {
      out.push(`  ${f.alias} (${origin(f.case)}): expected ${f.case.expect} [${f.expected}], got ${f.got} | ${firstLine(f.case.dockerfile)}`);
    }
  }
  return out.join('\n') + '\n';
}

export function renderJson(summary: Summary, path: string): string {
  const sources = [...summary.bySource].map(([source, rules]) => ({
    source,
    ...sourceTotal(rules),
    rules: [...rules].map(([alias, t]) => ({ alias, ...t })),
  }));
  return (
    JSON.stringify(
      {
        path,
        cases: summary.cases,
        scored: summary.scored,
        notImplemented: summary.notImplemented,
        leftOut: summary.leftOut,
        sources,
        overall: summary.overall,
        disagreements: summary.failures.map((f) => ({
          source: f.case.source,
          rule: f.alias,
          ruleId: f.ruleId,
          origin: origin(f.case),
          expect: f.case.expect,
          expected: f.expected,
          got: f.got,
          firstLine: firstLine(f.case.dockerfile),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
