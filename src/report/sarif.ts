import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DOCS_BASE, docsUrl } from '../lint/docs.js';
import { findingDocsUrl, TOOL_FINDINGS } from '../lint/tool-findings.js';
import { RULES } from '../lint/registry.js';
import type { Finding, RuleMeta, RuleScope, Severity } from '../lint/types.js';
import { VERSION } from '../version.js';
import { encodePath } from './markdown.js';
import type { LintReport } from './types.js';

export interface SarifOptions {
  /** Repository root: artifact URIs are relative to it (uriBaseId `%SRCROOT%`), as code scanning expects. */
  root: string;
  /** Folder the report paths are relative to. */
  cwd: string;
  /** Where rule docs live (`docsBaseFor(…)`); the project's default branch unless told. */
  docsBase?: string;
  /**
   * The text of a reported file, by its report path, for fingerprints that survive lines moving.
   * Without it (or when it returns null) a result's fingerprint is built from its message instead.
   */
  sourceText?: (path: string) => string | null | undefined;
}

/** The subset of SARIF 2.1.0 this module writes; names follow the specification. */
export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  endLine: number;
  startColumn?: number;
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  relatedLocations?: (SarifLocation & { id: number; message: { text: string } })[];
  properties?: { stage: string | number };
}

export interface SarifNotification {
  level: SarifLevel;
  message: { text: string };
  locations?: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri: string;
        rules: SarifReportingDescriptor[];
      };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The key GitHub code scanning reads to recognise a result across runs. */
export const FINGERPRINT_KEY = 'primaryLocationLineHash';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

const SCOPE_TEXT: Record<RuleScope, string> = {
  all: 'Checked in every stage.',
  reachable: 'Checked in the stages a build of the target needs.',
  shipped: 'Checked in the stages that end up in the image: the target and the stages it is built FROM.',
};

/** `from-as-casing` → `FromAsCasing`: SARIF's `name` is meant to be an identifier-like word. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function describeRule(rule: RuleMeta, docsBase: string): SarifReportingDescriptor {
  const url = docsUrl(rule.id, docsBase);
  const aliases = rule.aliases.length > 0 ? ` Also known as ${rule.aliases.join(', ')}.` : '';
  const full = `${rule.title}. ${SCOPE_TEXT[rule.scope]}${aliases}`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: full },
    helpUri: url,
    help: {
      text: `${full} Documentation: ${url}`,
      markdown: `**${rule.title}**\n\n${SCOPE_TEXT[rule.scope]}${aliases}\n\n[Documentation, examples and how to suppress it](${url})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['dockerfile', ...rule.aliases] },
  };
}

function describeToolProblem(id: string, docsBase: string): SarifReportingDescriptor {
  const title = TOOL_FINDINGS[id]?.title ?? id;
  const url = findingDocsUrl(id, docsBase);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: title },
    fullDescription: { text: `${title}. Reported by Stagecraft itself rather than by a rule; the message says what went wrong.` },
    ...(url
      ? { helpUri: url, help: { text: `${title}. Documentation: ${url}`, markdown: `**${title}**\n\n[Documentation](${url})` } }
      : { help: { text: `${title}.`, markdown: `**${title}**` } }),
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['dockerfile', 'stagecraft'] },
  };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Repository-relative URI under `%SRCROOT%`; a file outside the root keeps an absolute `file:` URI. */
export function artifactLocation(path: string, options: Pick<SarifOptions, 'root' | 'cwd'>): SarifArtifactLocation {
  const absolute = resolve(options.cwd, path);
  const rel = relative(resolve(options.root), absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: encodePath(toPosix(rel)), uriBaseId: '%SRCROOT%' };
}

/** The finding's lines with runs of whitespace collapsed: re-indenting or moving them changes nothing. */
function normalisedLines(text: string, line: number, endLine: number): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  if (line < 1 || line > lines.length) return null;
  return lines
    .slice(line - 1, Math.max(line, endLine))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n');
}

/**
 * `<hash>:<n>`: a hash of the rule, the file and the flagged line's text (not its number), and which
 * occurrence of that same hash in the file this is, so two identical lines stay two alerts. Adding a
 * line above a finding keeps its fingerprint; editing the flagged line gives it a new one.
 */
function fingerprints(findings: readonly Finding[], uri: string, source: string | null): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const anchor = (source !== null ? normalisedLines(source, f.line, f.endLine) : null) ?? `message:${f.message}`;
    const hash = createHash('sha256').update(`${f.rule}\0${uri}\0${anchor}`).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

/** In a SARIF message `[text](id)` is a link and `[`/`]` must be escaped to stay text (§3.11.6). */
function escapeSarifLinks(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

function region(f: Finding): SarifRegion {
  // GitHub ignores columns on multi-line regions; a start column alone is still valid SARIF.
  return { startLine: f.line, endLine: Math.max(f.line, f.endLine), startColumn: Math.max(1, f.column) };
}

/** The SARIF document as a value (tests and the action read it before it is written). */
export function toSarif(report: LintReport, options: SarifOptions): SarifLog {
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const descriptors: SarifReportingDescriptor[] = RULES.map((rule) => describeRule(rule, docsBase));
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i] as const));
  const ruleIndex = (id: string): number => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = descriptors.push(describeToolProblem(id, docsBase)) - 1;
      indexOf.set(id, index);
    }
    return index;
  };

  const results: SarifResult[] = [];
  for (const file of report.files) {
    const location = artifactLocation(file.path, options);
    const prints = fingerprints(file.findings, location.uri, options.sourceText?.(file.path) ?? null);
    file.findings.forEach((f, i) => {
      const result: SarifResult = {
        ruleId: f.rule,
        ruleIndex: ruleIndex(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(f) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
      };
      if (f.related) {
        // Code scanning shows a related location where the message links to it by id: `[line 3](1)`.
        result.relatedLocations = f.related.map((r, n) => ({
          id: n + 1,
          physicalLocation: { artifactLocation: location, region: { startLine: r.line, endLine: r.line } },
          message: { text: r.message },
        }));
        result.message.text += f.related.map((r, n) => `\nalso: [line ${r.line}](${n + 1})${r.rule ? ` (${r.rule})` : ''} — ${escapeSarifLinks(r.message)}`).join('');
      }
      if (f.stage !== null) result.properties = { stage: f.stage };
      results.push(result);
    });
  }

  const notifications: SarifNotification[] = [
    ...report.errors.map((e): SarifNotification => ({
      level: 'error',
      message: { text: e.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.path, options) } }],
    })),
    // Said about the run rather than a file, e.g. ShellCheck missing: its SC checks did not run.
    ...(report.notices ?? []).map((text): SarifNotification => ({ level: 'note', message: { text } })),
  ];

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Stagecraft',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: docsBase.replace(/\/(blob|tree)\/.*$/, ''),
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers. */
export function renderSarif(report: LintReport, options: SarifOptions): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
