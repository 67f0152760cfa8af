import type { NamedContext } from '../builds/types.js';
import { ancestry, findTargets, parseDockerfile, reachableFrom, type Dockerfile, type Instruction, type Stage } from '../dockerfile/index.js';
import { DEFAULT_CONFIG, locatedMessage, type EffectiveConfig } from './config.js';
import { parsePackageJson } from './package-json.js';
import { withNamedContexts } from './named-contexts.js';
import { carryRelated, type JudgedFinding } from './related.js';
import { BUILDKIT_ALL, collectSuppressions, type Suppression, type Suppressions } from './suppressions.js';
import { RULES } from './registry.js';
import { meaningOfRuleName, unknownRuleNameMessage, type RuleNameMeaning } from './registry/names.js';
import { idleSuppressionFindings, unusedSuppression } from './rules/unused-suppression.js';
import { SEVERITY_RANK, type Finding, type FindingInput, type Rule, type RuleContext, type Severity } from './types.js';

export interface LintOptions {
  config?: EffectiveConfig;
  /**
   * Build target, or the targets of every build of the file (null in a list: the last stage); defaults
   * to the last stage. Every stage any of them reaches or ships is judged as such.
   */
  target?: string | readonly (string | null)[] | null;
  /** `.dockerignore` of the build context: its text, null when there is none, undefined when unknown. */
  dockerignore?: string | null;
  /** The build context's `package.json` text: null when there is none, undefined when unknown. */
  packageJson?: string | null;
  /** Named build contexts the file's builds pass: a `FROM` of that name is the context (or the image it is), not the image of that name. */
  namedContexts?: readonly NamedContext[];
  rules?: readonly Rule[];
  /** Findings computed outside the engine (ShellCheck), by rule id, relayed by that rule. */
  externalFindings?: ReadonlyMap<string, readonly FindingInput[]>;
}

/** BuildKit's check names are CamelCase words (`JSONArgsRecommended`); hadolint's and ShellCheck's codes carry digits. */
const BUILDKIT_NAME = /^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/;

/** Whether a rule carries one of BuildKit's checks (`check=experimental=all` turns these on). */
function isBuildkitRule(rule: Rule): boolean {
  return rule.aliases.some((a) => BUILDKIT_NAME.test(a));
}

/** Lower-cased id and aliases: what suppressions and config may name a rule by. */
const ruleNames = new WeakMap<Rule, readonly string[]>();

function namesOf(rule: Rule): readonly string[] {
  let names = ruleNames.get(rule);
  if (!names) {
    names = [rule.id, ...rule.aliases].map((n) => n.toLowerCase());
    ruleNames.set(rule, names);
  }
  return names;
}

function stageLabel(df: Dockerfile, index: number | null): string | number | null {
  if (index === null || index < 0) return null;
  const stage = df.stages[index];
  if (!stage) return null;
  return stage.name ?? stage.index;
}

function stageOfLine(df: Dockerfile, line: number): number | null {
  for (let i = df.stages.length - 1; i >= 0; i--) {
    if (df.stages[i]!.from.line <= line) return i;
  }
  return null;
}

export function lintText(text: string, path: string, options: LintOptions = {}): { dockerfile: Dockerfile; findings: Finding[] } {
  const dockerfile = parseDockerfile(text, { path });
  return { dockerfile, findings: lintDockerfile(dockerfile, options) };
}

/**
 * Runs the rules over one parsed Dockerfile and returns its findings, suppressions and configuration
 * applied, sorted by line. A rule that throws becomes an `internal-error` finding instead of stopping
 * the others.
 */
export function lintDockerfile(parsed: Dockerfile, options: LintOptions = {}): Finding[] {
  const df = withNamedContexts(parsed, options.namedContexts);
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? RULES;
  const suppressions = collectSuppressions(df, config.inlineIgnores);
  const targets = findTargets(df, options.target);
  // Rules that judge "the image" read ctx.target: each target of the file's builds is such an image.
  const judgedTargets: (Stage | null)[] = targets.length > 0 ? [...targets] : [null];
  let target: Stage | null = judgedTargets[0]!;
  const reachable = new Set<number>(targets.flatMap((t) => [...reachableFrom(df, t)]));
  const shipped = new Set<number>(targets.flatMap((t) => ancestry(df, t).map((s) => s.index)));
  const policy: Policy = {
    ignored: new Set(config.ignore.map((c) => c.toLowerCase())),
    overrides: new Map(Object.entries(config.severity).map(([k, v]) => [k.toLowerCase(), v] as const)),
    suppressions,
  };

  const stagesByScope: Record<Rule['scope'], readonly Stage[]> = {
    all: df.stages,
    reachable: df.stages.filter((s) => reachable.has(s.index)),
    shipped: df.stages.filter((s) => shipped.has(s.index)),
  };
  const meanings = new Map(
    suppressions.entries.map((s) => [s, s.code === BUILDKIT_ALL ? null : meaningOfRuleName(s.written, options.rules)] as const),
  );
  const findings: Finding[] = [...configWarnings(config), ...unknownNameWarnings(meanings)];
  // The engine's own external findings: which suppressions silenced nothing, known once the other rules ran.
  let idleSuppressions: readonly FindingInput[] = [];
  // Every rule's findings, judged by config and suppressions, until one finding can carry another's.
  const judged: JudgedFinding[] = [];
  // One context for the file; `rule` and `collected` move on with each rule.
  let rule: Rule = rules[0]!;
  let collected: Collected[] = [];
  // Whether the rule asked which image it judges: a rule that did not says the same for every target.
  let targetRead = false;
  const ctx: RuleContext = {
    dockerfile: df,
    get target() {
      targetRead = true;
      return target;
    },
    targets,
    reachable,
    shipped,
    settings: config.settings,
    dockerignore: options.dockerignore ?? null,
    dockerignoreKnown: options.dockerignore !== undefined,
    packageJson: options.packageJson === undefined ? undefined : parsePackageJson(options.packageJson),
    externalFindings(ruleId: string) {
      if (ruleId === unusedSuppression.id) return idleSuppressions;
      return options.externalFindings?.get(ruleId) ?? [];
    },
    report(input: FindingInput) {
      collected.push({ input, finding: toFinding(df, rule, input), targets: new Set([target?.index ?? -1]) });
    },
    reportAt(instruction: Instruction, message: string, severity?: Severity) {
      const input: FindingInput = { message, line: instruction.line, endLine: instruction.endLine, column: instruction.column, stage: instruction.stage };
      if (severity) input.severity = severity;
      ctx.report(input);
    },
  };
  // unused-suppression judges what the other rules' findings did to the suppressions, so it runs last.
  const judgesSuppressions = (r: Rule) => r.id === unusedSuppression.id;
  for (rule of [...rules.filter((r) => !judgesSuppressions(r)), ...rules.filter(judgesSuppressions)]) {
    if (!isEnabled(rule, policy)) continue;
    if (judgesSuppressions(rule)) {
      const idle = suppressions.entries.filter((s) => !s.used).map((s) => ({ suppression: s, meaning: meanings.get(s)! }));
      idleSuppressions = idleSuppressionFindings(idle);
    }
    collected = [];
    targetRead = false;
    try {
      for (target of judgedTargets) {
        rule.checkFile?.(ctx);
        if (rule.checkStage) {
          for (const stage of stagesByScope[rule.scope]) rule.checkStage(stage, ctx);
        }
        // Everything else a rule reads is the same for every target: its findings would only repeat.
        if (!targetRead) break;
      }
      if (judgedTargets.length > 1) collected = targetRead ? withoutRepeats(collected) : forEveryTarget(collected, judgedTargets);
    } catch (err) {
      findings.push(internalErrorFinding(`rule ${rule.id} failed on this file (${err instanceof Error ? err.message : String(err)}); please report it`));
      continue;
    }
    for (const { input, finding, targets: judgedFor } of collected) {
      const verdict = applyPolicy(finding, input, rule, policy);
      if (verdict !== 'off') judged.push({ input, finding, shown: verdict === 'suppressed' ? null : verdict, targets: judgedFor });
    }
  }
  findings.push(...carryRelated(judged));
  return sortFindings(findings);
}

/** The findings of a rule that never asked for the target: reported for every target, as running it once per target would have. */
function forEveryTarget(collected: readonly Collected[], judgedTargets: readonly (Stage | null)[]): Collected[] {
  const all = judgedTargets.map((t) => t?.index ?? -1);
  return withoutRepeats(collected.map((c) => ({ ...c, targets: new Set(all) })));
}

/** One of each finding, knowing every target it was reported for. */
function withoutRepeats(collected: readonly Collected[]): Collected[] {
  const first = new Map<string, Collected>();
  for (const c of collected) {
    const key = JSON.stringify(c.finding);
    const seen = first.get(key);
    if (seen) for (const t of c.targets) seen.targets.add(t);
    else first.set(key, c);
  }
  return [...first.values()];
}

/** Problems of the configuration files that did not stop them from applying: `config-error` warnings. */
function configWarnings(config: EffectiveConfig): Finding[] {
  return config.warnings.map((w) => toolWarning(1, locatedMessage(w)));
}

/** A name in a suppression comment that refers to nothing: a warning on the comment, as for a config file. */
function unknownNameWarnings(meanings: ReadonlyMap<Suppression, RuleNameMeaning | null>): Finding[] {
  return [...meanings].flatMap(([s, meaning]) =>
    meaning?.kind === 'unknown' ? [toolWarning(s.line, `\`${s.form}\`: ${unknownRuleNameMessage(s.written, meaning.suggestion)}`)] : [],
  );
}

/**
 * Reported like an unusable configuration (`config-error`), as a warning: the rest applies. No
 * suppression or config silences it; fixing the name does.
 */
function toolWarning(line: number, message: string): Finding {
  return { rule: 'config-error', aliases: [], severity: 'warning', line, endLine: line, column: 1, message, stage: null };
}

interface Policy {
  ignored: Set<string>;
  overrides: Map<string, Severity | 'off'>;
  suppressions: Suppressions;
}

interface Collected {
  input: FindingInput;
  finding: Finding;
  /** The targets being judged when the rule reported it (-1: no target). */
  targets: Set<number>;
}

/**
 * Whether a rule runs at all. Off-by-default and experimental rules run when switched on: by a
 * severity in config naming the rule or any of its codes, or (experimental) by `# check=experimental=`.
 */
function isEnabled(rule: Rule, policy: Policy): boolean {
  const names = namesOf(rule);
  if (policy.ignored.has(rule.id)) return false;
  if (policy.overrides.size === 0 && !rule.off && !rule.experimental) return true;
  const overridden = names.map((n) => policy.overrides.get(n)).filter((o) => o !== undefined);
  if (overridden.length > 0 && overridden.every((o) => o === 'off')) return false;
  if (rule.off && overridden.length === 0) return false;
  if (rule.experimental && overridden.length === 0) {
    const experimental = policy.suppressions.experimental;
    return names.some((n) => experimental.has(n)) || (isBuildkitRule(rule) && experimental.has(BUILDKIT_ALL));
  }
  return true;
}

/**
 * Config and suppressions, judged per finding by the rule's id and the finding's own codes (a rule that
 * covers several peer checks gives each finding only the code it corresponds to). Returns the finding
 * as shown, `off` when config ignores or switches it off, `suppressed` when the Dockerfile does.
 */
function applyPolicy(finding: Finding, input: FindingInput, rule: Rule, policy: Policy): Finding | 'off' | 'suppressed' {
  const names = [rule.id, ...finding.aliases].map((n) => n.toLowerCase());
  if (names.some((n) => policy.ignored.has(n))) return 'off';
  const buildkit = finding.aliases.some((a) => BUILDKIT_NAME.test(a));

  // A finding's own level (ShellCheck's) stands unless the team set one; later, more specific names win.
  let severity: Severity = input.severity ?? rule.severity;
  if (buildkit && policy.suppressions.checkErrors) severity = 'error';
  for (const name of names) {
    const override = policy.overrides.get(name);
    if (override === 'off') return 'off';
    if (override) severity = override;
  }

  const lines = [finding.line, ...(input.suppressibleAt ?? [])];
  if (isSuppressed(lines, names, buildkit, policy.suppressions)) return 'suppressed';
  return { ...finding, severity };
}

function toFinding(df: Dockerfile, rule: Rule, input: FindingInput): Finding {
  const line = Math.max(1, input.line);
  const stage = input.stage === undefined ? stageOfLine(df, line) : input.stage;
  return {
    rule: rule.id,
    aliases: input.aliases ?? rule.aliases,
    severity: input.severity ?? rule.severity,
    line,
    endLine: Math.max(line, input.endLine ?? line),
    column: Math.max(1, input.column ?? 1),
    message: input.message,
    stage: stageLabel(df, stage),
    ...(input.related?.length ? { related: [...input.related].sort((a, b) => a.line - b.line) } : {}),
  };
}

/**
 * Whether an inline or file-wide suppression names the finding, on its line or a line it relates to.
 * Every suppression that does is marked used (two comments naming one finding are both doing their job).
 */
function isSuppressed(lines: number[], names: string[], buildkit: boolean, s: Suppressions): boolean {
  let suppressed = false;
  for (const entry of s.entries) {
    const named = names.includes(entry.code) || (buildkit && entry.code === BUILDKIT_ALL);
    const covered = entry.covers === null || lines.some((line) => line >= entry.covers!.line && line <= entry.covers!.endLine);
    if (named && covered) {
      entry.used = true;
      suppressed = true;
    }
  }
  return suppressed;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule),
  );
}

/** A finding on line 1 saying the lint of this file (or one rule of it) failed, and why: the run goes on. */
export function internalErrorFinding(message: string): Finding {
  return { rule: 'internal-error', aliases: [], severity: 'error', line: 1, endLine: 1, column: 1, message, stage: null };
}
