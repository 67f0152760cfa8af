import { describe, expect, it } from 'vitest';
import { meaningOfRuleName, RETIRED_HADOLINT_CODES } from '../../src/lint/registry/names.js';
import type { Rule } from '../../src/lint/types.js';

describe('meaningOfRuleName', () => {
  it.each([
    ['a rule id', 'apt-get-install-unpinned', 'apt-get-install-unpinned'],
    ['a hadolint code, any case', 'dl3008', 'apt-get-install-unpinned'],
    ['a BuildKit check name', 'FROMASCASING', 'from-as-casing'],
  ])('%s names its rule', (_name, name, id) => {
    const meaning = meaningOfRuleName(name);
    expect(meaning.kind === 'rule' && meaning.rule.id).toBe(id);
  });

  it('ShellCheck codes, retired hadolint codes, BuildKit checks only the build runs', () => {
    expect(meaningOfRuleName('SC2086').kind).toBe('shellcheck');
    expect(meaningOfRuleName('sc1091').kind).toBe('shellcheck');
    expect(RETIRED_HADOLINT_CODES.map((c) => meaningOfRuleName(c).kind)).toEqual(['retired', 'retired', 'retired', 'retired']);
    expect(meaningOfRuleName('InvalidBaseImagePlatform').kind).toBe('buildkit-only');
  });

  it.each([
    ['a letter O for a zero', 'DL30O2', 'DL3002'],
    ['a lower-case L for a one', 'DL30l8', 'DL3018'],
    ['a ShellCheck look-alike', 'SC2O86', 'SC2086'],
    ['a misspelt id', 'apt-get-instal-unpinned', 'apt-get-install-unpinned'],
    ['a misspelt check', 'JsonArgsRecomended', 'JSONArgsRecommended'],
    ['nothing close', 'make-it-pretty', null],
  ])('%s: unknown, with what it most likely meant', (_name, name, suggestion) => {
    expect(meaningOfRuleName(name)).toEqual({ kind: 'unknown', suggestion });
  });

  it("a caller's own rules count as well", () => {
    const own: Rule = { id: 'my-rule', title: 't', severity: 'info', scope: 'all', aliases: ['DL9999'] };
    expect(meaningOfRuleName('dl9999', [own])).toEqual({ kind: 'rule', rule: own });
    expect(meaningOfRuleName('my-rul', [own])).toEqual({ kind: 'unknown', suggestion: 'my-rule' });
  });
});
