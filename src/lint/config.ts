import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import type { ConfiguredBuild } from '../builds/types.js';
import { MAX_FLOW_DEPTH, MAX_INDENT, tooDeeplyNested } from '../builds/yaml-file.js';
import { meaningOfRuleName, unknownRuleNameMessage } from './registry/names.js';
import { SEVERITIES, type LabelType, type RuleSettings, type Severity } from './types.js';

/** `fail-on`: the least severe level that fails the check; `none` never fails. */
export type FailOn = Severity | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

export type { ConfiguredBuild };

export type SeverityOverride = Severity | 'off';

/** One configuration file, parsed. Keys absent from the file are absent here, so files can be layered. */
export interface ConfigLayer {
  /** Where it came from, for messages. */
  source: string;
  /** The file's folder relative to the repository root ('' at the root): `overrides` globs are relative to it. */
  baseDir?: string;
  ignore?: string[];
  severity?: Record<string, SeverityOverride>;
  trustedRegistries?: string[];
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
  failOn?: FailOn;
  overrides?: PathOverride[];
  /** hadolint's `disable-ignore-pragma`: inline `# hadolint/stagecraft ignore=` comments have no effect. */
  disableInlineIgnores?: boolean;
  /** What is wrong with the file without making it unusable: rule names that refer to nothing. */
  warnings?: ConfigWarning[];
  /** `builds:`: how Dockerfiles are built, paths as written (relative to the file's folder). */
  builds?: ConfiguredBuild[];
}

/** A problem in a configuration file that is reported, while the rest of the file still applies. */
export interface ConfigWarning {
  source: string;
  line: number | null;
  message: string;
}

export interface PathOverride {
  files: string[];
  ignore?: string[];
  severity?: Record<string, SeverityOverride>;
}

/** The configuration in force for one Dockerfile. */
export interface EffectiveConfig {
  ignore: string[];
  severity: Record<string, SeverityOverride>;
  settings: RuleSettings;
  failOn: FailOn;
  /** Whether `# stagecraft ignore=` / `# hadolint ignore=` comments are honoured. */
  inlineIgnores: boolean;
  /** Files that contributed, nearest last. */
  sources: string[];
  /** The warnings of those files, reported on every Dockerfile they apply to. */
  warnings: ConfigWarning[];
}

/** `.stagecraft.yml:4: message`: where a configuration problem is, as every report of one starts. */
export function locatedMessage(problem: ConfigWarning): string {
  return `${problem.source}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly line: number | null,
    message: string,
  ) {
    super(locatedMessage({ source, line, message }));
  }
}

const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];
const SEVERITY_VALUES: readonly SeverityOverride[] = [...SEVERITIES, 'off'];

export const DEFAULT_CONFIG: EffectiveConfig = {
  ignore: [],
  severity: {},
  settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
  failOn: 'error',
  inlineIgnores: true,
  sources: [],
  warnings: [],
};

type Doc = ReturnType<typeof parseDocument>;

function lineOf(doc: Doc, text: string, path: (string | number)[]): number | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  if (offset === undefined) return null;
  return text.slice(0, offset).split('\n').length;
}

function loadYaml(text: string, source: string): { doc: Doc; data: unknown } {
  // A configuration file can come from an untrusted pull request: a nesting deep enough to overflow the
  // parser's stack would kill the process, not throw.
  if (tooDeeplyNested(text)) {
    throw new ConfigError(source, null, `nested deeper than a configuration needs (more than ${MAX_FLOW_DEPTH} brackets or ${MAX_INDENT} columns of indentation): not read`);
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line ?? text.slice(0, err.pos[0]).split('\n').length;
    throw new ConfigError(source, line, `not valid YAML: ${err.message.split('\n')[0]}`);
  }
  return { doc, data: doc.toJS() ?? {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  readonly warnings: ConfigWarning[] = [];

  constructor(
    private readonly doc: Doc,
    private readonly text: string,
    readonly source: string,
  ) {}

  fail(path: (string | number)[], message: string): never {
    throw new ConfigError(this.source, lineOf(this.doc, this.text, path), message);
  }

  /** A rule name that refers to nothing is most likely a typo: a warning on its line, the file still applies. */
  private checkRuleName(name: string, path: (string | number)[]): void {
    const meaning = meaningOfRuleName(name);
    if (meaning.kind !== 'unknown') return;
    this.warnings.push({ source: this.source, line: lineOf(this.doc, this.text, path), message: unknownRuleNameMessage(name, meaning.suggestion) });
  }

  /** A list of rule ids or codes (or one, written without the list). */
  ruleList(value: unknown, path: (string | number)[]): string[] {
    const names = this.stringList(value, path);
    names.forEach((name, i) => this.checkRuleName(name, Array.isArray(value) ? [...path, i] : path));
    return names;
  }

  stringList(value: unknown, path: (string | number)[]): string[] {
    if (typeof value === 'string') return [value];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      this.fail(path, `"${path.join('.')}" must be a list of strings`);
    }
    return value.map(String);
  }

  severityMap(value: unknown, path: (string | number)[]): Record<string, SeverityOverride> {
    if (!isRecord(value)) this.fail(path, `"${path.join('.')}" must map rule ids to one of ${SEVERITY_VALUES.join(', ')}`);
    const out: Record<string, SeverityOverride> = {};
    for (const [rule, level] of Object.entries(value)) {
      const normalised = level === false ? 'off' : String(level).toLowerCase();
      if (!(SEVERITY_VALUES as readonly string[]).includes(normalised)) {
        this.fail([...path, rule], `severity of "${rule}" must be one of ${SEVERITY_VALUES.join(', ')} (got "${String(level)}")`);
      }
      this.checkRuleName(rule, [...path, rule]);
      out[rule] = normalised as SeverityOverride;
    }
    return out;
  }

  failOn(value: unknown, path: (string | number)[]): FailOn {
    const v = String(value).toLowerCase();
    if (!(FAIL_ON_VALUES as readonly string[]).includes(v)) {
      this.fail(path, `"${path.join('.')}" must be one of ${FAIL_ON_VALUES.join(', ')} (got "${String(value)}")`);
    }
    return v as FailOn;
  }

  labelSchema(value: unknown, path: (string | number)[]): Record<string, LabelType> {
    if (!isRecord(value)) this.fail(path, `"${path.join('.')}" must map label names to a type (${LABEL_TYPES.join(', ')})`);
    const out: Record<string, LabelType> = {};
    for (const [label, type] of Object.entries(value)) {
      const t = String(type).toLowerCase();
      if (!(LABEL_TYPES as readonly string[]).includes(t)) {
        this.fail([...path, label], `label type of "${label}" must be one of ${LABEL_TYPES.join(', ')} (got "${String(type)}")`);
      }
      out[label] = t as LabelType;
    }
    return out;
  }

  /** `builds:`: a list of { dockerfile, context, target or targets, args, name }. */
  builds(value: unknown, path: (string | number)[]): ConfiguredBuild[] {
    if (!Array.isArray(value)) this.fail(path, `"${path.join('.')}" must be a list of { dockerfile, context, target, args }`);
    return value.map((entry: unknown, i: number) => {
      const at = [...path, i];
      const where = `builds[${i}]`;
      if (!isRecord(entry)) this.fail(at, `${where} must be a mapping with "dockerfile" and optionally context, target(s), args`);
      for (const k of Object.keys(entry)) {
        if (!BUILD_KEYS.includes(k)) this.fail([...at, k], `unknown key "${k}" in ${where} (known: ${BUILD_KEYS.join(', ')})`);
      }
      if (entry.target != null && entry.targets != null) this.fail([...at, 'targets'], `${where} has both "target" and "targets": keep one`);
      const text = (k: string): string | undefined => {
        const v = entry[k];
        if (v === null || v === undefined) return undefined;
        if (typeof v !== 'string' || v.trim() === '') this.fail([...at, k], `"${k}" of ${where} must be a non-empty path or name`);
        return v;
      };
      const dockerfile = text('dockerfile');
      if (dockerfile === undefined) this.fail(entry.dockerfile === undefined ? at : [...at, 'dockerfile'], `${where} needs "dockerfile" (the path of the Dockerfile, relative to this file)`);
      const build: ConfiguredBuild = { dockerfile, targets: [], args: {}, line: lineOf(this.doc, this.text, at) };
      const context = text('context');
      if (context !== undefined) build.context = context;
      const name = text('name');
      if (name !== undefined) build.name = name;
      const single = text('target');
      if (single !== undefined) build.targets = [single];
      if (entry.targets != null) {
        build.targets = this.stringList(entry.targets, [...at, 'targets']);
        if (build.targets.some((t) => t.trim() === '')) this.fail([...at, 'targets'], `"targets" of ${where} must name stages`);
      }
      if (entry.args != null) {
        if (!isRecord(entry.args)) this.fail([...at, 'args'], `"args" of ${where} must map build arg names to values`);
        for (const [arg, v] of Object.entries(entry.args)) {
          if (v === null || typeof v === 'object') this.fail([...at, 'args', arg], `build arg "${arg}" of ${where} must be a string, number or boolean`);
          build.args[arg] = String(v);
        }
      }
      return build;
    });
  }

  boolean(value: unknown, path: (string | number)[]): boolean {
    if (typeof value !== 'boolean') this.fail(path, `"${path.join('.')}" must be true or false`);
    return value;
  }
}

const STAGECRAFT_KEYS = new Set(['ignore', 'severity', 'trusted-registries', 'label-schema', 'strict-labels', 'fail-on', 'overrides', 'builds', '$schema']);
const BUILD_KEYS = ['dockerfile', 'context', 'target', 'targets', 'args', 'name'];

/** Parses `.stagecraft.yml`. Throws ConfigError naming the file and line. */
export function parseStagecraftConfig(text: string, source: string): ConfigLayer {
  const { doc, data } = loadYaml(text, source);
  const r: Reader = new Reader(doc, text, source);
  if (!isRecord(data)) r.fail([], 'the configuration must be a mapping of keys to values');
  const layer: ConfigLayer = { source };
  for (const [key, value] of Object.entries(data)) {
    if (!STAGECRAFT_KEYS.has(key)) r.fail([key], `unknown key "${key}" (known: ${[...STAGECRAFT_KEYS].filter((k) => k !== '$schema').join(', ')})`);
    if (value === null || value === undefined) continue;
    switch (key) {
      case 'ignore':
        layer.ignore = r.ruleList(value, [key]);
        break;
      case 'severity':
        layer.severity = r.severityMap(value, [key]);
        break;
      case 'trusted-registries':
        layer.trustedRegistries = r.stringList(value, [key]);
        break;
      case 'label-schema':
        layer.labelSchema = r.labelSchema(value, [key]);
        break;
      case 'strict-labels':
        layer.strictLabels = r.boolean(value, [key]);
        break;
      case 'fail-on':
        layer.failOn = r.failOn(value, [key]);
        break;
      case 'overrides':
        if (!Array.isArray(value)) r.fail([key], '"overrides" must be a list of { files, ignore, severity }');
        layer.overrides = value.map((entry: unknown, i: number) => {
          if (!isRecord(entry) || entry.files === undefined) r.fail([key, i], `overrides[${i}] needs "files" (a glob or a list of globs)`);
          for (const k of Object.keys(entry)) {
            if (!['files', 'ignore', 'severity'].includes(k)) r.fail([key, i, k], `unknown key "${k}" in overrides[${i}] (known: files, ignore, severity)`);
          }
          const override: PathOverride = { files: r.stringList(entry.files, [key, i, 'files']) };
          if (entry.ignore != null) override.ignore = r.ruleList(entry.ignore, [key, i, 'ignore']);
          if (entry.severity != null) override.severity = r.severityMap(entry.severity, [key, i, 'severity']);
          return override;
        });
        break;
      case 'builds':
        layer.builds = r.builds(value, [key]);
        break;
    }
  }
  if (r.warnings.length > 0) layer.warnings = r.warnings;
  return layer;
}

const HADOLINT_LEVELS = ['error', 'warning', 'info', 'style'] as const;

/**
 * Parses `.hadolint.yaml` (hadolint's documented keys). Keys hadolint knows but that do not apply
 * here (`no-color`, `format`, `output-file`, …) are accepted and ignored.
 */
export function parseHadolintConfig(text: string, source: string): ConfigLayer {
  const { doc, data } = loadYaml(text, source);
  const r: Reader = new Reader(doc, text, source);
  if (data === null || data === undefined || (typeof data === 'string' && data.trim() === '')) return { source };
  if (!isRecord(data)) r.fail([], 'the configuration must be a mapping of keys to values');
  const layer: ConfigLayer = { source };
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    switch (key) {
      case 'ignored':
        layer.ignore = r.ruleList(value, [key]);
        break;
      case 'override': {
        if (!isRecord(value)) r.fail([key], '"override" must map error/warning/info/style to lists of rules');
        const severity: Record<string, SeverityOverride> = {};
        for (const [level, rules] of Object.entries(value)) {
          if (!(HADOLINT_LEVELS as readonly string[]).includes(level)) {
            r.fail([key, level], `"override.${level}" is not a level (use ${HADOLINT_LEVELS.join(', ')})`);
          }
          for (const rule of r.ruleList(rules, [key, level])) severity[rule] = level as Severity;
        }
        layer.severity = severity;
        break;
      }
      case 'trustedRegistries':
        layer.trustedRegistries = r.stringList(value, [key]);
        break;
      case 'failure-threshold':
        // hadolint's lowest level, "ignore", fails on any finding: our "style".
        layer.failOn = String(value).toLowerCase() === 'ignore' ? 'style' : r.failOn(value, [key]);
        break;
      case 'disable-ignore-pragma':
        layer.disableInlineIgnores = r.boolean(value, [key]);
        break;
      case 'label-schema':
        layer.labelSchema = r.labelSchema(value, [key]);
        break;
      case 'strict-labels':
        layer.strictLabels = r.boolean(value, [key]);
        break;
      case 'no-fail':
        if (value === true) layer.failOn = 'none';
        break;
      default:
        // Output and colour options of hadolint's own CLI: nothing to do here.
        break;
    }
  }
  if (r.warnings.length > 0) layer.warnings = r.warnings;
  return layer;
}

/**
 * Layers configuration: later layers win key by key (`.hadolint.yaml` first, then `.stagecraft.yml`);
 * `ignore` lists add up; `overrides` whose globs match `relativePath` apply last.
 */
export function resolveConfig(layers: ConfigLayer[], relativePath: string): EffectiveConfig {
  const out: EffectiveConfig = {
    ignore: [],
    severity: {},
    settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    failOn: DEFAULT_CONFIG.failOn,
    inlineIgnores: true,
    sources: [],
    warnings: [],
  };
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const layer of layers) {
    out.sources.push(layer.source);
    if (layer.warnings) out.warnings.push(...layer.warnings);
    if (layer.ignore) out.ignore.push(...layer.ignore);
    if (layer.severity) Object.assign(out.severity, layer.severity);
    if (layer.trustedRegistries) out.settings.trustedRegistries = [...layer.trustedRegistries];
    if (layer.labelSchema) out.settings.labelSchema = { ...layer.labelSchema };
    if (layer.strictLabels !== undefined) out.settings.strictLabels = layer.strictLabels;
    if (layer.failOn) out.failOn = layer.failOn;
    if (layer.disableInlineIgnores !== undefined) out.inlineIgnores = !layer.disableInlineIgnores;
  }
  for (const layer of layers) {
    const base = (layer.baseDir ?? '').replace(/\\/g, '/').replace(/^\.\/?|\/$/g, '');
    if (base !== '' && !path.startsWith(`${base}/`)) continue;
    const local = base === '' ? path : path.slice(base.length + 1);
    for (const override of layer.overrides ?? []) {
      if (!picomatch.isMatch(local, override.files, { dot: true })) continue;
      if (override.ignore) out.ignore.push(...override.ignore);
      if (override.severity) Object.assign(out.severity, override.severity);
    }
  }
  return out;
}
