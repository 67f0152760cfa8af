/**
 * Property tests: whatever text a Dockerfile holds, linting it neither throws nor produces an
 * `internal-error`, and every finding points at a real place in the file.
 *
 * The run is bounded by time, not by a count, so CI cost stays fixed however fast the linter is:
 * STAGECRAFT_FUZZ_MS (default 12000) is shared by the properties below. On failure the report carries
 * the seed and the shrunk input; replay it exactly with STAGECRAFT_FUZZ_SEED and STAGECRAFT_FUZZ_PATH.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { decodeDockerfile } from '../../src/files/read.js';
import { resolveConfig } from '../../src/lint/config.js';
import { lintDockerfile, lintText, type LintOptions } from '../../src/lint/engine.js';
import type { Rule, RuleContext } from '../../src/lint/types.js';
import { dockerfileText, lintSettings, mutatedDockerfileText, tokenSoup, type LintSettings } from './dockerfile-arbitraries.js';
import { findingViolations, modelViolations } from './invariants.js';

const TOTAL_BUDGET_MS = Number(process.env.STAGECRAFT_FUZZ_MS ?? 12_000);
const PROPERTIES = 4;
const BUDGET_MS = Math.max(200, Math.floor(TOTAL_BUDGET_MS / PROPERTIES));
const REPLAY_SEED = process.env.STAGECRAFT_FUZZ_SEED === undefined ? undefined : Number(process.env.STAGECRAFT_FUZZ_SEED);
const REPLAY_PATH = process.env.STAGECRAFT_FUZZ_PATH;
/** Shrinking a failure and printing it can outlast the budget; the test timeout leaves room for that. */
const TEST_TIMEOUT_MS = BUDGET_MS + 60_000;

/**
 * Edge cases tried first on every run, whatever the seed: nothing at all, a lone BOM, dangling
 * continuations, unterminated heredocs and expansions, keywords without arguments, lone CR line ends.
 * (Each is a one-element tuple: the arguments of the property.) Add the shrunk input of any failure here.
 */
const EDGE_CASES: [string][] = [
  [''],
  ['\ufeff'],
  ['\\\n\\\n\\'],
  ['FROM alpine\nRUN <<EOF'],
  ['FROM alpine\nRUN <<EOF <<EOT\na\nEOF\n'],
  ['# escape=`\nFROM alpine\nRUN a `\n'],
  ['FROM ${'],
  ['ONBUILD'],
  ['ONBUILD ONBUILD RUN x'],
  ['FROM a AS'],
  ['ARG A=${A:-${B'],
  ['FROM alpine\rRUN x\r\nRUN y\n'],
];

function settingsToOptions(settings: LintSettings): LintOptions {
  const config = resolveConfig(
    [{ source: 'fuzz', trustedRegistries: settings.trustedRegistries, labelSchema: settings.labelSchema, strictLabels: settings.strictLabels }],
    'Dockerfile',
  );
  return { config, target: settings.target, dockerignore: settings.dockerignore };
}

/** Lints and returns every broken invariant; the property fails, with the list, when there is one. */
function lintProblems(text: string, options: LintOptions = {}): string[] {
  const { dockerfile, findings } = lintText(text, 'Dockerfile', options);
  return [...modelViolations(text, dockerfile), ...findingViolations(text, findings)];
}

function runProperty<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<Ts>, examples: Ts[] = []): void {
  const started = Date.now();
  const details = fc.check(property, {
    numRuns: REPLAY_PATH ? 1 : 1_000_000,
    interruptAfterTimeLimit: BUDGET_MS,
    markInterruptAsFailure: false,
    seed: REPLAY_SEED,
    path: REPLAY_PATH,
    // Kept when replaying: a counterexample's path counts the examples run before the random inputs.
    examples,
  });
  if (details.failed) {
    const replay = `STAGECRAFT_FUZZ_SEED=${details.seed} STAGECRAFT_FUZZ_PATH=${details.counterexamplePath ?? ''} npx vitest run __tests__/robustness/fuzz.test.ts -t "${name}"`;
    // Printed as well as thrown: a CI log cut short still shows how to replay.
    console.error(`fuzz "${name}" failed with seed ${details.seed}; replay with:\n  ${replay}`);
    throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: ${replay}`);
  }
  console.info(`fuzz "${name}": ${details.numRuns} inputs in ${Date.now() - started} ms, seed ${details.seed}`);
  expect(details.numRuns).toBeGreaterThan(0);
}

describe('lint never crashes and findings stay inside the file', () => {
  it(
    'generated Dockerfiles (grammar pieces, any options)',
    () => {
      runProperty(
        'generated Dockerfiles',
        fc.property(dockerfileText, lintSettings, (text, settings) => {
          expect(lintProblems(text, settingsToOptions(settings))).toEqual([]);
        }),
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'mutated Dockerfiles (spliced bytes and unicode, truncations, line-end changes)',
    () => {
      runProperty(
        'mutated Dockerfiles',
        fc.property(mutatedDockerfileText, (text) => {
          expect(lintProblems(text)).toEqual([]);
        }),
        EDGE_CASES,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'token soup (keywords, escapes and random code points with no structure)',
    () => {
      runProperty(
        'token soup',
        fc.property(tokenSoup, (text) => {
          expect(lintProblems(text)).toEqual([]);
        }),
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'random bytes, decoded the way files are read',
    () => {
      runProperty(
        'random bytes',
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const read = decodeDockerfile(bytes);
          if (!read.ok) return;
          // As lintFiles does: a binary file has only the problem the reader found.
          const df = parseDockerfile(read.text, { path: 'Dockerfile' });
          if (read.skipped) df.problems.length = 0;
          df.problems.unshift(...read.problems);
          const findings = lintDockerfile(df);
          expect(findings.length).toBeGreaterThanOrEqual(read.problems.length);
          expect([...modelViolations(read.text, df), ...findingViolations(read.text, findings)]).toEqual([]);
        }),
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe('the invariants the properties rely on', () => {
  /** A rule that does whatever the test needs with the context. */
  const probeRule = (check: (ctx: RuleContext) => void): Rule => ({
    id: 'probe',
    title: 'probe',
    severity: 'warning',
    scope: 'all',
    aliases: [],
    checkFile: check,
  });

  it('catch a rule that throws, and one that reports past the last line', () => {
    const text = 'FROM alpine\nRUN true\n';
    const throwing = lintText(text, 'Dockerfile', { rules: [probeRule(() => { throw new Error('boom'); })] });
    expect(findingViolations(text, throwing.findings)).toEqual([expect.stringContaining('internal error: rule probe failed')]);
    const pastEnd = lintText(text, 'Dockerfile', { rules: [probeRule((ctx) => ctx.report({ message: 'x', line: 2, endLine: 4 }))] });
    expect(findingViolations(text, pastEnd.findings)).toEqual([expect.stringContaining('line range outside 1..3')]);
  });

  it('count lines the way editors do', () => {
    const inBounds = lintText('FROM a\r\n\rRUN x\n', 'Dockerfile', { rules: [probeRule((ctx) => ctx.report({ message: 'x', line: 4 }))] });
    expect(findingViolations('FROM a\r\n\rRUN x\n', inBounds.findings)).toEqual([]);
  });
});
