import { describe, expect, it } from 'vitest';
import { ConfigError, parseHadolintConfig, parseStagecraftConfig, resolveConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';

describe('.stagecraft.yml', () => {
  it('reads every key', () => {
    const layer = parseStagecraftConfig(
      [
        'ignore: [DL3008, from-as-casing]',
        'severity:',
        '  DL3007: error',
        '  json-args-recommended: off',
        'trusted-registries: [ghcr.io, docker.io]',
        'label-schema:',
        '  org.opencontainers.image.source: url',
        'strict-labels: true',
        'fail-on: warning',
        'overrides:',
        '  - files: ["legacy/**"]',
        '    ignore: [DL3059]',
        '    severity: { DL3002: info }',
      ].join('\n'),
      '.stagecraft.yml',
    );
    expect(layer).toEqual({
      source: '.stagecraft.yml',
      ignore: ['DL3008', 'from-as-casing'],
      severity: { DL3007: 'error', 'json-args-recommended': 'off' },
      trustedRegistries: ['ghcr.io', 'docker.io'],
      labelSchema: { 'org.opencontainers.image.source': 'url' },
      strictLabels: true,
      failOn: 'warning',
      overrides: [{ files: ['legacy/**'], ignore: ['DL3059'], severity: { DL3002: 'info' } }],
    });
  });

  it('an empty file is an empty layer', () => {
    expect(parseStagecraftConfig('', 'x.yml')).toEqual({ source: 'x.yml' });
  });

  it.each([
    ['unknown key', 'ignor: [DL3008]\n', 1, /unknown key "ignor"/],
    ['bad severity', 'severity:\n  DL3008: fatal\n', 2, /severity of "DL3008" must be one of/],
    ['bad fail-on', 'fail-on: always\n', 1, /"fail-on" must be one of/],
    ['ignore not a list', 'ignore: {a: 1}\n', 1, /must be a list of strings/],
    ['invalid YAML', 'ignore: [a\nseverity: x\n', 2, /not valid YAML/],
    ['override without files', 'overrides:\n  - ignore: [a]\n', 2, /needs "files"/],
    ['bad label type', 'label-schema:\n  a: number\n', 2, /label type of "a"/],
    ['not a mapping', '- a\n- b\n', 1, /must be a mapping/],
    // Deep enough to overflow the YAML parser's stack, which kills the process instead of throwing.
    ['nesting that would overflow the parser', `ignore: ${'['.repeat(20_000)}`, null, /nested deeper than a configuration needs/],
    ['indentation that would overflow the parser', `a:\n${' '.repeat(5_000)}b: 1\n`, null, /nested deeper than a configuration needs/],
  ])('rejects %s with file and line', (_name, text, line, message) => {
    try {
      parseStagecraftConfig(text, 'conf/.stagecraft.yml');
      expect.unreachable('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const e = err as ConfigError;
      expect(e.line).toBe(line);
      expect(e.message).toMatch(message);
      expect(e.message.startsWith(`conf/.stagecraft.yml${line ? `:${line}` : ''}: `)).toBe(true);
    }
  });
});

describe('.hadolint.yaml', () => {
  it('maps hadolint keys', () => {
    const layer = parseHadolintConfig(
      [
        'ignored: [DL3008]',
        'override:',
        '  error: [DL3001]',
        '  info: [DL3032, SC2086]',
        'trustedRegistries: [my.registry:5000]',
        'failure-threshold: warning',
        'label-schema: { maintainer: text }',
        'strict-labels: false',
        'no-color: true',
        'format: json',
      ].join('\n'),
      '.hadolint.yaml',
    );
    expect(layer).toEqual({
      source: '.hadolint.yaml',
      ignore: ['DL3008'],
      severity: { DL3001: 'error', DL3032: 'info', SC2086: 'info' },
      trustedRegistries: ['my.registry:5000'],
      failOn: 'warning',
      labelSchema: { maintainer: 'text' },
      strictLabels: false,
    });
  });

  it('failure-threshold: ignore fails on any finding', () => {
    expect(parseHadolintConfig('failure-threshold: ignore\n', 'h').failOn).toBe('style');
  });

  it('disable-ignore-pragma turns inline ignores off', () => {
    const layer = parseHadolintConfig('disable-ignore-pragma: true\n', 'h');
    expect(layer.disableInlineIgnores).toBe(true);
    expect(resolveConfig([layer], 'Dockerfile').inlineIgnores).toBe(false);
    expect(resolveConfig([], 'Dockerfile').inlineIgnores).toBe(true);
  });

  it('no-fail means never fail', () => {
    expect(parseHadolintConfig('no-fail: true\n', 'h').failOn).toBe('none');
  });

  it('rejects an unknown override level', () => {
    expect(() => parseHadolintConfig('override:\n  fatal: [DL1]\n', 'h')).toThrow(/h:2: "override.fatal" is not a level/);
  });
});

describe('resolveConfig', () => {
  const hadolint = parseHadolintConfig('ignored: [DL3008]\nfailure-threshold: info\ntrustedRegistries: [a.io]\noverride:\n  error: [DL3007]\n', '.hadolint.yaml');
  const ours = parseStagecraftConfig('ignore: [DL3009]\nfail-on: warning\nseverity:\n  DL3007: style\noverrides:\n  - files: ["legacy/**", "*.old"]\n    ignore: [DL3059]\n', '.stagecraft.yml');

  it('layers: ignores add up, ours wins where both speak', () => {
    const config = resolveConfig([hadolint, ours], 'Dockerfile');
    expect(config.ignore).toEqual(['DL3008', 'DL3009']);
    expect(config.failOn).toBe('warning');
    expect(config.severity).toEqual({ DL3007: 'style' });
    expect(config.settings.trustedRegistries).toEqual(['a.io']);
    expect(config.sources).toEqual(['.hadolint.yaml', '.stagecraft.yml']);
  });

  it('applies overrides whose globs match the path', () => {
    expect(resolveConfig([ours], 'legacy/api/Dockerfile').ignore).toContain('DL3059');
    expect(resolveConfig([ours], 'Dockerfile.old').ignore).toContain('DL3059');
    expect(resolveConfig([ours], 'services/Dockerfile').ignore).not.toContain('DL3059');
  });

  it('override globs are relative to the config file folder', () => {
    const nested = { ...ours, baseDir: 'services' };
    expect(resolveConfig([nested], 'services/legacy/Dockerfile').ignore).toContain('DL3059');
    expect(resolveConfig([nested], 'legacy/Dockerfile').ignore).not.toContain('DL3059');
  });
});

describe('rule names that refer to nothing', () => {
  it('.stagecraft.yml: a warning per name, on its line, with a did-you-mean; the file still applies', () => {
    const layer = parseStagecraftConfig(
      ['ignore:', '  - DL3008', '  - DL30O9', 'severity:', '  from-as-casng: error', 'overrides:', '  - files: "legacy/**"', '    ignore: SC2O86'].join('\n'),
      '.stagecraft.yml',
    );
    expect(layer.ignore).toEqual(['DL3008', 'DL30O9']);
    expect(layer.warnings).toEqual([
      { source: '.stagecraft.yml', line: 3, message: expect.stringContaining('`DL30O9` names no rule, alias or ShellCheck code, so it has no effect: did you mean `DL3009`?') },
      { source: '.stagecraft.yml', line: 5, message: expect.stringContaining('did you mean `from-as-casing`?') },
      { source: '.stagecraft.yml', line: 8, message: expect.stringContaining('did you mean `SC2086`?') },
    ]);
  });

  it('.hadolint.yaml: ignored and override lists', () => {
    const layer = parseHadolintConfig('ignored: [DL3008, DL3005, DL3O59]\noverride:\n  error:\n    - DL3OO1\n', '.hadolint.yaml');
    expect(layer.warnings?.map((w) => [w.line, w.message.match(/did you mean `(\w+)`/)?.[1]])).toEqual([
      [1, 'DL3059'],
      [4, 'DL3001'],
    ]);
  });

  it('known names, ShellCheck codes and retired hadolint codes are no warning', () => {
    expect(parseStagecraftConfig('ignore: [DL3008, SC1091, DL3039, FromAsCasing, healthcheck-missing]\n', 's').warnings).toBeUndefined();
  });

  it('reported on every Dockerfile the file applies to, as config-error warnings naming file and line', () => {
    const layer = parseStagecraftConfig('ignore:\n  - DL30O9\n', 'conf/.stagecraft.yml');
    const config = resolveConfig([layer], 'Dockerfile');
    const found = lintText('FROM alpine:3.20\n', 'Dockerfile', { config, rules: [] }).findings;
    expect(found).toEqual([
      expect.objectContaining({ rule: 'config-error', severity: 'warning', line: 1, message: expect.stringMatching(/^conf\/\.stagecraft\.yml:2: `DL30O9` names no rule/) }),
    ]);
  });
});
