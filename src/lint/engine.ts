import { ancestry, findTarget, parseDockerfile, reachableFrom, type Dockerfile, type Instruction, type Stage } from '../dockerfile/index.js';
import { DEFAULT_CONFIG, type EffectiveConfig } from './config.js';
import { BUILDKIT_ALL, collectSuppressions, type Suppressions } from './suppressions.js';
import { RULES } from './registry.js';
import { SEVERITY_RANK, type Finding, type FindingInput, type Rule, type RuleContext, type Severity } from './types.js';

export interface LintOptions {
  config?: EffectiveConfig;
  /** Build target; defaults to the last stage. */
  target?: string | null;
  /** `.dockerignore` of the build context: its text, null when there is none, undefined when unknown. */
  dockerignore?: string | null;
  rules?: readonly Rule[];
  /** Findings computed outside the engine (ShellCheck), by rule id, relayed by that rule. */
  externalFindings?: ReadonlyMap<string, readonly FindingInput[]>;
}

/** BuildKit's check names are CamelCase words (`JSONArgsRecommended`); hadolint's and ShellCheck's codes carry digits. */
const BUILDKIT_NAME = /^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/;

/** Whether a rule is one of BuildKit's checks: `check=skip=all` silences these, and only these. */
function isBuildkitRule(rule: Rule): boolean {
  return rule.aliases.some((a) => BUILDKIT_NAME.test(a));
}

/** Lower-cased id and aliases: what suppressions and config may name a rule by. */
function namesOf(rule: Rule): string[] {
  return [rule.id, ...rule.aliases].map((n) => n.toLowerCase());
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
export function lintDockerfile(df: Dockerfile, options: LintOptions = {}): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const rules = options.rules ?? RULES;
  const suppressions = collectSuppressions(df);
  const target = findTarget(df, options.target);
  const reachable = target ? reachableFrom(df, target) : new Set<number>();
  const shipped = new Set<number>(target ? ancestry(df, target).map((s) => s.index) : []);
  const ignored = new Set(config.ignore.map((c) => c.toLowerCase()));
  const overrides = new Map(Object.entries(config.severity).map(([k, v]) => [k.toLowerCase(), v] as const));

  const findings: Finding[] = [];
  for (const rule of rules) {
    const names = namesOf(rule);
    const severity = effectiveSeverity(rule, names, overrides, suppressions);
    if (severity === 'off') continue;
    // A finding's own level (ShellCheck's) applies unless the team set the rule's severity.
    const ownLevelApplies = !names.some((n) => overrides.has(n));
    if (names.some((n) => ignored.has(n))) continue;

    const collected: Finding[] = [];
    const ctx: RuleContext = {
      dockerfile: df,
      target,
      reachable,
      shipped,
      settings: config.settings,
      dockerignore: options.dockerignore ?? null,
      dockerignoreKnown: options.dockerignore !== undefined,
      externalFindings(ruleId: string) {
        return options.externalFindings?.get(ruleId) ?? [];
      },
      report(input: FindingInput) {
        collected.push(toFinding(df, rule, severity, ownLevelApplies ? input : { ...input, severity: undefined }));
      },
      reportAt(instruction: Instruction, message: string) {
        collected.push(
          toFinding(df, rule, severity, {
            message,
            line: instruction.line,
            endLine: instruction.endLine,
            column: instruction.column,
            stage: instruction.stage,
          }),
        );
      },
    };
    try {
      rule.checkFile?.(ctx);
      if (rule.checkStage) {
        for (const stage of stagesInScope(df, rule, reachable, shipped)) rule.checkStage(stage, ctx);
      }
    } catch (err) {
      findings.push({
        rule: 'internal-error',
        aliases: [],
        severity: 'error',
        line: 1,
        endLine: 1,
        column: 1,
        message: `rule ${rule.id} failed on this file (${err instanceof Error ? err.message : String(err)}); please report it`,
        stage: null,
      });
      continue;
    }
    for (const f of collected) {
      const own = f.aliases.filter((a) => !rule.aliases.includes(a)).map((a) => a.toLowerCase());
      if (own.some((n) => ignored.has(n))) continue;
      const override = own.map((n) => overrides.get(n)).find((o) => o !== undefined);
      if (override === 'off') continue;
      if (override) f.severity = override;
      if (!isSuppressed(f, [...names, ...own], rule, suppressions)) findings.push(f);
    }
  }
  return sortFindings(findings);
}

function effectiveSeverity(
  rule: Rule,
  names: string[],
  overrides: Map<string, Severity | 'off'>,
  suppressions: Suppressions,
): Severity | 'off' {
  let severity: Severity | 'off' = rule.off ? 'off' : rule.severity;
  if (rule.experimental) {
    const on = names.some((n) => suppressions.experimental.has(n)) || (isBuildkitRule(rule) && suppressions.experimental.has(BUILDKIT_ALL));
    if (!on) severity = 'off';
  }
  if (isBuildkitRule(rule) && suppressions.checkErrors && severity !== 'off') severity = 'error';
  for (const name of names) {
    const o = overrides.get(name);
    if (o) severity = o;
  }
  return severity;
}

function stagesInScope(df: Dockerfile, rule: Rule, reachable: ReadonlySet<number>, shipped: ReadonlySet<number>): Stage[] {
  switch (rule.scope) {
    case 'all':
      return df.stages;
    case 'reachable':
      return df.stages.filter((s) => reachable.has(s.index));
    case 'shipped':
      return df.stages.filter((s) => shipped.has(s.index));
  }
}

function toFinding(df: Dockerfile, rule: Rule, severity: Severity, input: FindingInput): Finding {
  const line = Math.max(1, input.line);
  const stage = input.stage === undefined ? stageOfLine(df, line) : input.stage;
  return {
    rule: rule.id,
    aliases: input.aliases ? [...rule.aliases, ...input.aliases] : rule.aliases,
    severity: input.severity ?? severity,
    line,
    endLine: Math.max(line, input.endLine ?? line),
    column: Math.max(1, input.column ?? 1),
    message: input.message,
    stage: stageLabel(df, stage),
  };
}

function isSuppressed(finding: Finding, names: string[], rule: Rule, s: Suppressions): boolean {
  const matches = (set: Set<string>) => names.some((n) => set.has(n)) || (set.has(BUILDKIT_ALL) && isBuildkitRule(rule));
  if (matches(s.global)) return true;
  for (const range of s.ranges) {
    if (finding.line >= range.line && finding.line <= range.endLine && matches(range.codes)) return true;
  }
  return false;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule),
  );
}
