import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/registry.js';
import type { Finding, FindingInput } from '../../src/lint/types.js';
import { classifyFindings, findingKey, type LintedVersion } from '../../src/review/compare.js';

/**
 * A few rules whose findings sit on one instruction each, so the expectations stay readable and do not
 * move when unrelated rules are added. `shellcheck` relays the SC findings a test hands it.
 */
const RULE_IDS = ['apt-get-install-unpinned', 'base-image-untagged', 'json-args-recommended', 'shellcheck'];
const TEST_RULES = RULES.filter((rule) => RULE_IDS.includes(rule.id));

/** Lints a Dockerfile text with the real engine; `sc` are ShellCheck findings to relay (line → codes). */
function lint(text: string, sc: FindingInput[] = []): LintedVersion {
  const dockerfile = parseDockerfile(text);
  const findings = lintDockerfile(dockerfile, { rules: TEST_RULES, externalFindings: new Map([['shellcheck', sc]]) });
  return { findings, dockerfile };
}

function shellcheckAt(line: number, code: string): FindingInput {
  return { line, message: `${code} says so`, aliases: [code] };
}

/** `rule@line`, with the finding's own code for relayed ShellCheck findings: `shellcheck/SC2086@3`. */
function label(finding: Finding): string {
  return finding.rule === 'shellcheck' ? `shellcheck/${finding.aliases.join(',')}@${finding.line}` : `${finding.rule}@${finding.line}`;
}

interface CompareCase {
  name: string;
  base: LintedVersion | null;
  head: LintedVersion | null;
  /** Head findings, by head line. */
  new: string[];
  existing: string[];
  /** Base findings, by base line. */
  fixed: string[];
}

const SINGLE_STAGE = 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nCMD node app.js\n';

const CASES: CompareCase[] = [
  {
    name: 'the same file: every finding is existing',
    base: lint(SINGLE_STAGE),
    head: lint(SINGLE_STAGE),
    new: [],
    existing: ['apt-get-install-unpinned@2', 'json-args-recommended@3'],
    fixed: [],
  },
  {
    name: 'a RUN re-wrapped over continuation lines, re-indented, with a comment inside, stays existing',
    base: lint(SINGLE_STAGE, [shellcheckAt(2, 'SC2086')]),
    head: lint(
      'FROM ubuntu:22.04\nRUN   apt-get update \\\n    # curl for the health check\n    &&  apt-get install \\\n        -y curl\nCMD  node   app.js\n',
      // ShellCheck reports on the RUN's third physical line now: the instruction, not the line, is what counts.
      [shellcheckAt(4, 'SC2086')],
    ),
    new: [],
    existing: ['apt-get-install-unpinned@2', 'shellcheck/SC2086@4', 'json-args-recommended@6'],
    fixed: [],
  },
  {
    name: 'instructions moved down by lines added above them stay existing',
    base: lint(SINGLE_STAGE),
    head: lint('# syntax=docker/dockerfile:1\nFROM ubuntu:22.04\n\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y curl\n\nCMD node app.js\n'),
    new: [],
    existing: ['apt-get-install-unpinned@5', 'json-args-recommended@7'],
    fixed: [],
  },
  {
    name: 'a changed instruction: its finding is new and the old one fixed',
    base: lint(SINGLE_STAGE),
    head: lint('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl wget\nCMD node app.js\n'),
    new: ['apt-get-install-unpinned@2'],
    existing: ['json-args-recommended@3'],
    fixed: ['apt-get-install-unpinned@2'],
  },
  {
    name: 'a fixed instruction leaves a fixed finding and nothing new',
    base: lint(SINGLE_STAGE),
    head: lint('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nCMD ["node", "app.js"]\n'),
    new: [],
    existing: ['apt-get-install-unpinned@2'],
    fixed: ['json-args-recommended@3'],
  },
  {
    name: 'identical findings match one to one: two in the base account for two of three in the head',
    base: lint('FROM ubuntu:22.04\nRUN apt-get install -y curl\nRUN apt-get install -y curl\n'),
    head: lint('FROM ubuntu:22.04\nRUN apt-get install -y curl\nRUN apt-get install -y curl\nRUN apt-get install -y curl\n'),
    new: ['apt-get-install-unpinned@4'],
    existing: ['apt-get-install-unpinned@2', 'apt-get-install-unpinned@3'],
    fixed: [],
  },
  {
    name: 'one of two identical findings removed: one existing, one fixed',
    base: lint('FROM ubuntu:22.04\nRUN apt-get install -y curl\nRUN apt-get install -y curl\n'),
    head: lint('FROM ubuntu:22.04\nRUN apt-get install -y curl\n'),
    new: [],
    existing: ['apt-get-install-unpinned@2'],
    fixed: ['apt-get-install-unpinned@3'],
  },
  {
    name: 'a single unnamed stage split into a named build stage and an unnamed final stage: the final stage keeps its findings',
    base: lint(SINGLE_STAGE),
    head: lint('FROM golang AS build\nRUN apt-get install -y gcc\n\nFROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nCMD node app.js\n'),
    new: ['base-image-untagged@1', 'apt-get-install-unpinned@2'],
    existing: ['apt-get-install-unpinned@5', 'json-args-recommended@6'],
    fixed: [],
  },
  {
    name: "the same instruction in another stage is not the same finding",
    base: lint('FROM ubuntu:22.04 AS build\nRUN apt-get install -y curl\nFROM ubuntu:22.04\nCMD node app.js\n'),
    head: lint('FROM ubuntu:22.04 AS build\nFROM ubuntu:22.04\nRUN apt-get install -y curl\nCMD node app.js\n'),
    new: ['apt-get-install-unpinned@3'],
    existing: ['json-args-recommended@4'],
    fixed: ['apt-get-install-unpinned@2'],
  },
  {
    name: 'renaming a stage makes its findings new and the old ones fixed',
    base: lint('FROM ubuntu:22.04 AS runtime\nRUN apt-get install -y curl\nCMD node app.js\n'),
    head: lint('FROM ubuntu:22.04 AS app\nRUN apt-get install -y curl\nCMD node app.js\n'),
    new: ['apt-get-install-unpinned@2', 'json-args-recommended@3'],
    existing: [],
    fixed: ['apt-get-install-unpinned@2', 'json-args-recommended@3'],
  },
  {
    name: 'stage names match case-insensitively, as --from and --target do',
    base: lint('FROM ubuntu:22.04 AS Runtime\nRUN apt-get install -y curl\n'),
    head: lint('FROM ubuntu:22.04 AS runtime\nRUN apt-get install -y curl\n'),
    new: [],
    existing: ['apt-get-install-unpinned@2'],
    fixed: [],
  },
  {
    name: 'different ShellCheck codes on the same RUN do not match each other; the same code does',
    base: lint('FROM alpine:3.20\nRUN echo $1 && rm $(ls)\n', [shellcheckAt(2, 'SC2086'), shellcheckAt(2, 'SC2012')]),
    head: lint('FROM alpine:3.20\nRUN echo $1 && rm $(ls)\n', [shellcheckAt(2, 'SC2046'), shellcheckAt(2, 'SC2012')]),
    new: ['shellcheck/SC2046@2'],
    existing: ['shellcheck/SC2012@2'],
    fixed: ['shellcheck/SC2086@2'],
  },
  {
    name: 'an added file: every finding is new',
    base: null,
    head: lint(SINGLE_STAGE),
    new: ['apt-get-install-unpinned@2', 'json-args-recommended@3'],
    existing: [],
    fixed: [],
  },
  {
    name: 'a removed file: every base finding is fixed',
    base: lint(SINGLE_STAGE),
    head: null,
    new: [],
    existing: [],
    fixed: ['apt-get-install-unpinned@2', 'json-args-recommended@3'],
  },
];

describe('classifyFindings', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = classifyFindings(c.head, c.base);
    expect({
      new: result.newFindings.map(label),
      existing: result.existingFindings.map(label),
      fixed: result.fixedFindings.map(label),
    }).toEqual({ new: c.new, existing: c.existing, fixed: c.fixed });
  });

  it('returns the given finding objects: new and existing partition the head findings in head order', () => {
    const base = lint(SINGLE_STAGE);
    const head = lint('FROM golang AS build\nRUN apt-get install -y gcc\nFROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\nCMD node app.js\n');
    const { newFindings, existingFindings, fixedFindings } = classifyFindings(head, base);
    expect(newFindings.every((f) => head.findings.includes(f))).toBe(true);
    expect(existingFindings.every((f) => head.findings.includes(f))).toBe(true);
    expect([...newFindings, ...existingFindings].sort((a, b) => a.line - b.line)).toEqual([...head.findings].sort((a, b) => a.line - b.line));
    expect(fixedFindings).toEqual([]);
  });

  it('keeps fixed findings in base order', () => {
    const base = lint('FROM ubuntu:22.04\nRUN apt-get install -y a\nRUN apt-get install -y b\nCMD node app.js\n');
    const head = lint('FROM ubuntu:22.04\nRUN apt-get install -y a\n');
    expect(classifyFindings(head, base).fixedFindings).toEqual([base.findings[1], base.findings[2]]);
  });
});

/** A hand-made finding, for what the engine does not readily produce (internal errors, unparsed files). */
function finding(overrides: Partial<Finding>): Finding {
  return { rule: 'parse-error', aliases: [], severity: 'error', line: 1, endLine: 1, column: 1, message: 'unterminated heredoc <<EOF', stage: null, ...overrides };
}

describe('findings on no instruction', () => {
  it('without a parsed file, match by rule and message whatever their line', () => {
    const base: LintedVersion = { findings: [finding({ line: 3 }), finding({ line: 9, message: 'unknown instruction: FORM' })], dockerfile: null };
    const head: LintedVersion = { findings: [finding({ line: 5 }), finding({ line: 9, message: 'unknown instruction: RUNN' })], dockerfile: undefined };
    const result = classifyFindings(head, base);
    expect(result.existingFindings).toEqual([head.findings[0]]);
    expect(result.newFindings).toEqual([head.findings[1]]);
    expect(result.fixedFindings).toEqual([base.findings[1]]);
  });

  it('a file-wide finding (no stage) on line 1 is not tied to the FROM that happens to be there', () => {
    const internal = { rule: 'internal-error', message: 'rule x failed on this file' };
    const base = parseDockerfile('FROM alpine:3.20\nRUN true\n');
    const head = parseDockerfile('# syntax=docker/dockerfile:1\nFROM alpine:3.21\nRUN true\n');
    expect(findingKey(finding({ ...internal }), head)).toBe(findingKey(finding({ ...internal }), base));
    expect(findingKey(finding({ ...internal, message: 'rule y failed on this file' }), head)).not.toBe(findingKey(finding({ ...internal }), base));
  });

  it('a finding on a comment line inside a stage keys by its stage and message', () => {
    const dockerfile = parseDockerfile('FROM alpine:3.20 AS build\n# hadolint ignore=DL9999\nRUN true\nFROM alpine:3.20\n# hadolint ignore=DL9999\n');
    const pragma = (line: number, stage: string | number) => finding({ rule: 'inline-ignore-pragma', line, stage, message: 'unknown code DL9999' });
    expect(findingKey(pragma(2, 'build'), dockerfile)).not.toBe(findingKey(pragma(5, 1), dockerfile));
    const moved = parseDockerfile('FROM alpine:3.20 AS build\nRUN true\n\n# hadolint ignore=DL9999\nRUN true\n');
    expect(findingKey(pragma(4, 'build'), moved)).toBe(findingKey(pragma(2, 'build'), dockerfile));
  });
});

describe('one problem, one finding across versions', () => {
  const CARRYING_RULES = RULES.filter((rule) => ['single-stage-build', 'dev-dependencies-shipped'].includes(rule.id));
  const lintCarrying = (text: string): LintedVersion => {
    const dockerfile = parseDockerfile(text);
    return { findings: lintDockerfile(dockerfile, { rules: CARRYING_RULES }), dockerfile };
  };
  const BASE = 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY src ./src\nRUN npm run build\nCMD ["node", "dist/index.js"]\n';
  // The build moved out of the image (dist/ now comes prebuilt): the devDependencies install stays.
  const HEAD = 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY dist ./dist\nCMD ["node", "dist/index.js"]\n';

  it('a finding the base carried as a related line is existing in the head, and is not fixed on its own', () => {
    const base = lintCarrying(BASE);
    expect(base.findings.map((f) => `${f.rule}@${f.line} ${(f.related ?? []).map((r) => `${r.rule}@${r.line}`).join(',')}`)).toEqual([
      'single-stage-build@6 dev-dependencies-shipped@4',
    ]);
    const result = classifyFindings(lintCarrying(HEAD), base);
    expect(result.newFindings.map(label)).toEqual([]);
    expect(result.existingFindings.map(label)).toEqual(['dev-dependencies-shipped@4']);
    expect(result.fixedFindings.map(label)).toEqual(['single-stage-build@6']);
  });
});

