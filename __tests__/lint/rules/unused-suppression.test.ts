import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigLayer } from '../../../src/lint/config.js';
import { lintText } from '../../../src/lint/engine.js';
import { fromAsCasing } from '../../../src/lint/rules/from-as-casing.js';
import { maintainerDeprecated } from '../../../src/lint/rules/maintainer-deprecated.js';
import { sudoInRun } from '../../../src/lint/rules/sudo-in-run.js';
import { unusedSuppression } from '../../../src/lint/rules/unused-suppression.js';
import type { Finding } from '../../../src/lint/types.js';

/**
 * The rule judges what other rules' findings did to the suppressions, so these cases run it beside a few
 * real rules (sudo-in-run DL3004, maintainer-deprecated DL4000 / MaintainerDeprecated, from-as-casing
 * FromAsCasing), switched on as a team would.
 */
const RULES = [sudoInRun, maintainerDeprecated, fromAsCasing, unusedSuppression];
const ON: Omit<ConfigLayer, 'source'> = { severity: { 'unused-suppression': 'info' } };

function unused(dockerfile: string, config: Omit<ConfigLayer, 'source'> = ON): Finding[] {
  const { findings } = lintText(dockerfile, 'Dockerfile', { rules: RULES, config: resolveConfig([{ source: 'test', ...config }], 'Dockerfile') });
  return findings.filter((f) => f.rule === unusedSuppression.id);
}

const lines = (found: Finding[]) => found.map((f) => f.line);

describe('rule unused-suppression', () => {
  it('is off by default', () => {
    expect(unused('FROM alpine:3.20\n# hadolint ignore=DL3004\nRUN echo hi\n', {})).toEqual([]);
  });

  it('a suppression that silences a finding is used', () => {
    expect(unused('FROM alpine:3.20\n# hadolint ignore=DL3004\nRUN sudo ls\n')).toEqual([]);
  });

  it('one that silences nothing is reported on the comment, saying where it looked', () => {
    const found = unused('FROM alpine:3.20\n# hadolint ignore=DL3004\nRUN echo hi\n');
    expect(found).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'info',
        message: expect.stringContaining('Suppression that suppresses nothing: `DL3004` in `# hadolint ignore=` silences no finding on line 3. Remove it'),
      }),
    ]);
  });

  it('names only the codes of a list that silenced nothing, once per comment', () => {
    const found = unused('FROM alpine:3.20\n# stagecraft ignore=sudo-in-run,DL4000,FromAsCasing\nRUN sudo ls\n');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('`DL4000`, `FromAsCasing` in `# stagecraft ignore=` silence no finding on line 3. Remove them')]);
  });

  it.each([
    ['global ignore', 'FROM alpine:3.20\nRUN echo hi\n# hadolint global ignore=DL4000\n', 3, 'in this file'],
    ['stage ignore', 'FROM alpine:3.20 AS a\n# hadolint stage ignore=DL3004\nRUN echo a\nRUN echo b\nFROM a\nRUN sudo ls\n', 2, 'on lines 3–4'],
    ['the check directive', '# check=skip=MaintainerDeprecated\nFROM alpine:3.20\n', 1, '`MaintainerDeprecated` in `# check=skip=`'],
    ['skip=all with no BuildKit finding', '# check=skip=all\nFROM alpine:3.20\nRUN sudo ls\n', 1, '`all` in `# check=skip=`'],
    ['a code hadolint retired', 'FROM alpine:3.20\n# hadolint ignore=DL3005\nRUN apt-get upgrade\n', 2, '(hadolint removed DL3005)'],
  ])('%s', (_name, dockerfile, line, message) => {
    const found = unused(dockerfile);
    expect(lines(found)).toEqual([line]);
    expect(found[0]!.message).toContain(message);
  });

  it('skip=all is used by any BuildKit finding', () => {
    expect(unused('# check=skip=all\nFROM alpine:3.20 as build\n')).toEqual([]);
  });

  it('two suppressions of one finding are both used', () => {
    expect(unused('# hadolint global ignore=DL3004\nFROM alpine:3.20\n# hadolint ignore=DL3004\nRUN sudo ls\n')).toEqual([]);
  });

  it.each([
    ['ShellCheck codes (ShellCheck may not run here)', '# hadolint ignore=SC2086'],
    ['the shellcheck rule', '# stagecraft ignore=shellcheck'],
    ['a BuildKit check only the build runs', '# check=skip=InvalidBaseImagePlatform'],
    ['an unknown name (a config-error warning says so)', '# hadolint ignore=DL30O4'],
    ['its own id', '# stagecraft ignore=unused-suppression'],
  ])('does not judge %s', (_name, comment) => {
    expect(unused(`FROM alpine:3.20\n${comment}\nRUN echo hi\n`)).toEqual([]);
  });

  it('is silenced like any rule', () => {
    expect(unused('# stagecraft global ignore=unused-suppression\nFROM alpine:3.20\n# hadolint ignore=DL3004\nRUN echo hi\n')).toEqual([]);
    expect(unused('FROM alpine:3.20\n# hadolint ignore=DL3004\nRUN echo hi\n', { ...ON, ignore: ['unused-suppression'] })).toEqual([]);
  });
});
