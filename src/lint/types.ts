import type { Dockerfile, Instruction, Stage } from '../dockerfile/index.js';
import type { PackageJson } from './package-json.js';

export const SEVERITIES = ['error', 'warning', 'info', 'style'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower ranks are more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, style: 3 };

/**
 * Which stages a rule's `checkStage` is called for.
 * - `all`: every stage (what `docker build --check` and hadolint look at);
 * - `reachable`: the stages a build of the target needs;
 * - `shipped`: the target stage and the stages it is built FROM — what ends up in the image.
 */
export type RuleScope = 'all' | 'reachable' | 'shipped';

export interface Finding {
  rule: string;
  aliases: string[];
  severity: Severity;
  line: number;
  endLine: number;
  column: number;
  message: string;
  /** The stage's name, else its index, else null (before the first FROM or file-wide). */
  stage: string | number | null;
  /**
   * Other lines of the same problem, in line order; absent when there are none. Findings of other rules
   * that share this finding's fix are carried here (with their rule) instead of being reported apart.
   */
  related?: RelatedLine[];
}

/** A line that belongs to a finding: what is there, and the rule that would have reported it on its own. */
export interface RelatedLine {
  line: number;
  message: string;
  rule?: string;
}

/**
 * The finding of another rule this finding is part of. When that rule reports it (for the same image, or
 * on `line`), this finding becomes one of its related lines instead of a finding of its own.
 */
export interface PartOf {
  rule: string;
  /** The primary finding's line; without it, any finding of `rule` about the same target image. */
  line?: number;
  /** Only worth saying as part of that finding: dropped when the rule does not report it. */
  onlyAsRelated?: boolean;
}

export interface RuleMeta {
  /** Kebab-case words: `from-as-casing`. */
  id: string;
  title: string;
  severity: Severity;
  scope: RuleScope;
  /** The peers' codes for the same check: a BuildKit check name, hadolint `DLxxxx`. */
  aliases: string[];
  /** BuildKit's experimental checks: off unless `# check=experimental=…` or a severity in config turns them on. */
  experimental?: boolean;
  /** Off unless a severity in config turns it on (hadolint's "ignore"-level rules). */
  off?: boolean;
}

export interface Rule extends RuleMeta {
  /** Called once per file. */
  checkFile?(ctx: RuleContext): void;
  /** Called once per stage in the rule's scope. */
  checkStage?(stage: Stage, ctx: RuleContext): void;
}

export interface FindingInput {
  message: string;
  line: number;
  endLine?: number;
  column?: number;
  /** Stage index the finding belongs to; defaults to the stage of the line. */
  stage?: number | null;
  /**
   * The finding's own peer codes, when not all of the rule's: a rule covering several peer checks gives
   * each finding the one it corresponds to; a rule relaying ShellCheck gives `SC2086`. Config and
   * suppressions judge the finding by these and the rule id. Defaults to the rule's aliases.
   */
  aliases?: string[];
  /** The finding's own level (ShellCheck's); a severity set in config still wins. */
  severity?: Severity;
  /**
   * Other lines whose inline suppressions also apply: a finding about two instructions (a CMD that a
   * later CMD overrides) can be silenced above either, as hadolint and BuildKit each expect.
   */
  suppressibleAt?: number[];
  /** Lines that belong to the finding, shown with it (`also: line 3 — …`). */
  related?: RelatedLine[];
  /** One problem, one finding: the other rule's finding that carries this one (docs/configuration.md). */
  partOf?: PartOf;
}

/** Typed label schema (hadolint's `label-schema`): label name → expected value type. */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/** Settings rules may read; from `.stagecraft.yml` and `.hadolint.yaml`. */
export interface RuleSettings {
  trustedRegistries: string[];
  labelSchema: Record<string, LabelType>;
  strictLabels: boolean;
}

export interface RuleContext {
  readonly dockerfile: Dockerfile;
  /**
   * The image being judged: the stage a build selects (`--target`, else each target of the file's build
   * definitions in turn — the engine runs a rule once per target and keeps one of each finding — else
   * the last stage); null when there is none.
   */
  readonly target: Stage | null;
  /** Every stage a build of this file targets (its definitions' targets together). */
  readonly targets: readonly Stage[];
  /** Stage indexes a build of any target needs. */
  readonly reachable: ReadonlySet<number>;
  /** Stage indexes whose filesystem ends up in a target image (each target and its FROM parents). */
  readonly shipped: ReadonlySet<number>;
  readonly settings: RuleSettings;
  /** Contents of the build context's `.dockerignore`, when known. */
  readonly dockerignore: string | null;
  /** Whether a `.dockerignore` was looked for (false: unknown, so rules about it stay quiet). */
  readonly dockerignoreKnown: boolean;
  /**
   * The build context's `package.json`: null when the context has none (or it is not JSON), undefined
   * when the context was not looked at (a Dockerfile linted from text).
   */
  readonly packageJson?: PackageJson | null;
  /** Findings computed outside the rule, e.g. by ShellCheck over every file (keyed by rule id). */
  externalFindings(ruleId: string): readonly FindingInput[];
  report(finding: FindingInput): void;
  /** Reports on an instruction's lines; `severity` for a finding more or less severe than the rule's. */
  reportAt(instruction: Instruction, message: string, severity?: Severity): void;
}
