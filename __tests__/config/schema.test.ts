/**
 * The JSON Schema editors check `.stagecraft.yml` against, the configuration reference, and the parser
 * that reads the files must agree: every example in docs/configuration.md passes both, and each invalid
 * configuration below is refused by both, the parser naming the key and the line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseHadolintConfig, parseStagecraftConfig, resolveConfig } from '../../src/lint/config.js';

const DOCS = join(import.meta.dirname, '../../docs');
const schema = JSON.parse(readFileSync(join(DOCS, 'schema/stagecraft.schema.json'), 'utf8')) as Record<string, unknown> & {
  properties: Record<string, unknown>;
};
const reference = readFileSync(join(DOCS, 'configuration.md'), 'utf8');

// ajv is CommonJS with `exports.default`: under NodeNext that is where the class's types are.
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function schemaErrors(text: string): string[] {
  const data: unknown = parseYaml(text);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

interface Example {
  /** The file the example stands for, from its first line: `# .stagecraft.yml`. */
  file: string;
  text: string;
}

/** The ```yaml blocks of the reference; each opens with a comment naming the file it shows. */
function yamlExamples(markdown: string): Example[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => {
    const text = m[1]!;
    return { file: /^#\s*(\S+)/.exec(text)?.[1] ?? '(no file named on the first line)', text };
  });
}

const examples = yamlExamples(reference);
const firstKey = (text: string) => /^([\w$-]+):/m.exec(text)?.[1] ?? 'empty';
const isStagecraftFile = (file: string) => /(^|\/)\.stagecraft\.ya?ml$/.test(file);
const isHadolintFile = (file: string) => /(^|\/)\.hadolint\.ya?ml$/.test(file);

describe('the schema', () => {
  it('is a valid draft 2020-12 schema with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/docs\/schema\/stagecraft\.schema\.json$/);
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('names exactly the keys the parser knows, and the reference documents each', () => {
    let message = '';
    try {
      parseStagecraftConfig('no-such-key: 1\n', '.stagecraft.yml');
    } catch (err) {
      message = (err as Error).message;
    }
    const known = /\(known: ([^)]*)\)/.exec(message)?.[1]?.split(', ') ?? [];
    expect(known.length).toBeGreaterThan(0);
    const described = Object.keys(schema.properties).filter((k) => k !== '$schema');
    expect(described.sort()).toEqual([...known].sort());
    for (const key of described) {
      // A row of the key table: | [`fail-on`](#fail-on) | … |
      expect(reference).toContain(`| [\`${key}\`](#`);
      expect((schema.properties[key] as { description?: string }).description, key).toBeTruthy();
    }
  });
});

describe('every example in docs/configuration.md', () => {
  it('names the file it shows, and there are examples of both kinds', () => {
    for (const example of examples) expect(isStagecraftFile(example.file) || isHadolintFile(example.file), example.file).toBe(true);
    expect(examples.filter((e) => isStagecraftFile(e.file)).length).toBeGreaterThanOrEqual(8);
    expect(examples.some((e) => isHadolintFile(e.file))).toBe(true);
  });

  it.each(examples.filter((e) => isStagecraftFile(e.file)).map((e, i) => ({ ...e, name: `#${i + 1} (${firstKey(e.text)})` })))(
    '.stagecraft.yml example $name passes the schema and the parser',
    (example) => {
      expect(schemaErrors(example.text)).toEqual([]);
      expect(() => parseStagecraftConfig(example.text, example.file)).not.toThrow();
    },
  );

  it.each(examples.filter((e) => isHadolintFile(e.file)).map((e, i) => ({ ...e, name: `#${i + 1}` })))('.hadolint.yaml example $name parses', (example) => {
    expect(() => parseHadolintConfig(example.text, example.file)).not.toThrow();
  });

  it('names only rules that exist: no example earns a warning', () => {
    const parse = (e: Example) => (isHadolintFile(e.file) ? parseHadolintConfig(e.text, e.file) : parseStagecraftConfig(e.text, e.file));
    expect(examples.flatMap((e) => parse(e).warnings ?? [])).toEqual([]);
  });

  it('the .hadolint.yaml example and the .stagecraft.yml after it layer as the reference says', () => {
    const hadolintIndex = examples.findIndex((e) => isHadolintFile(e.file));
    const hadolint = examples[hadolintIndex]!;
    const ours = examples[hadolintIndex + 1]!;
    expect(isStagecraftFile(ours.file)).toBe(true);
    const config = resolveConfig([parseHadolintConfig(hadolint.text, hadolint.file), parseStagecraftConfig(ours.text, ours.file)], 'Dockerfile');
    // "DL3008 and SC2086 ignored, DL3001 a warning, DL3059 info, fail-on: error, and the trusted
    // registries and label schema of .hadolint.yaml"
    expect(config.ignore).toEqual(['DL3008', 'SC2086']);
    expect(config.severity).toEqual({ DL3001: 'warning', DL3059: 'info' });
    expect(config.failOn).toBe('error');
    expect(config.settings.trustedRegistries).toEqual(['docker.io', '*.registry.example.com']);
    expect(config.settings.labelSchema).toEqual({ 'org.opencontainers.image.source': 'url' });
  });
});

/** Valid files at the edges of the format, which both must take. */
const EDGE_VALID: { name: string; text: string }[] = [
  { name: 'an empty file', text: '' },
  { name: 'only comments', text: '# nothing configured yet\n' },
  { name: 'a key left empty', text: 'ignore:\nfail-on: none\n' },
  { name: 'one rule without a list', text: 'ignore: DL3008\ntrusted-registries: ghcr.io\n' },
  { name: 'severity false for off', text: 'severity:\n  DL3008: false\n' },
  { name: 'no overrides', text: 'overrides: []\n' },
  { name: 'an override with one glob and empty ignore', text: 'overrides:\n  - files: Dockerfile\n    ignore:\n' },
  { name: 'the $schema key', text: '$schema: https://example.com/schema.json\n' },
  { name: 'no builds', text: 'builds:\n' },
  { name: 'a build with only its Dockerfile', text: 'builds:\n  - dockerfile: Dockerfile\n' },
  { name: 'a build with one target as a list', text: 'builds:\n  - dockerfile: Dockerfile\n    targets: prod\n    args: { N: 1, DEBUG: false }\n' },
];

describe('edge cases both accept', () => {
  it.each(EDGE_VALID)('$name', ({ text }) => {
    expect(schemaErrors(text)).toEqual([]);
    expect(() => parseStagecraftConfig(text, '.stagecraft.yml')).not.toThrow();
  });
});

interface InvalidConfig {
  name: string;
  text: string;
  /** What the parser's message must name (the key, or the rule or label under it). */
  names: string;
  line: number;
}

const INVALID: InvalidConfig[] = [
  { name: 'a hadolint key in .stagecraft.yml', text: 'fail-on: error\nignored: [DL3008]\n', names: '"ignored"', line: 2 },
  { name: 'a misspelt key', text: 'ignore: [DL3008]\nfail_on: warning\n', names: '"fail_on"', line: 2 },
  { name: 'an unknown severity', text: 'severity:\n  DL3008: loud\n', names: '"DL3008"', line: 2 },
  { name: 'a severity of true', text: 'severity:\n  from-as-casing: true\n', names: '"from-as-casing"', line: 2 },
  { name: 'a rule with no severity', text: 'severity:\n  DL3008:\n', names: '"DL3008"', line: 2 },
  { name: 'severity as a list', text: 'severity:\n  - DL3008\n', names: '"severity"', line: 2 },
  { name: 'ignore as a mapping', text: 'ignore:\n  DL3008: true\n', names: '"ignore"', line: 2 },
  { name: 'trusted-registries holding mappings', text: 'trusted-registries:\n  - name: ghcr.io\n', names: '"trusted-registries"', line: 2 },
  { name: 'an unknown fail-on', text: '\nfail-on: sometimes\n', names: '"fail-on"', line: 2 },
  { name: 'fail-on as a boolean', text: 'fail-on: false\n', names: '"fail-on"', line: 1 },
  { name: 'strict-labels as a word', text: 'strict-labels: yes\n', names: '"strict-labels"', line: 1 },
  { name: 'an unknown label type', text: 'label-schema:\n  version: number\n', names: '"version"', line: 2 },
  { name: 'label-schema as a list', text: 'label-schema:\n  - version\n', names: '"label-schema"', line: 2 },
  { name: 'overrides as a mapping', text: 'overrides:\n  files: legacy/**\n', names: '"overrides"', line: 2 },
  { name: 'an override without files', text: 'overrides:\n  - ignore: [DL3008]\n', names: '"files"', line: 2 },
  { name: 'an override with empty files', text: 'overrides:\n  - files:\n    ignore: [DL3008]\n', names: 'files', line: 2 },
  { name: 'an unknown key in an override', text: 'overrides:\n  - files: "**"\n    fail-on: none\n', names: '"fail-on"', line: 3 },
  { name: 'a bad severity in an override', text: 'overrides:\n  - files: "**"\n    severity:\n      DL3008: loud\n', names: '"DL3008"', line: 4 },
  { name: 'builds as a mapping', text: 'builds:\n  dockerfile: Dockerfile\n', names: '"builds"', line: 2 },
  { name: 'a build without its Dockerfile', text: 'builds:\n  - context: .\n    target: prod\n', names: '"dockerfile"', line: 2 },
  { name: 'a build with an empty Dockerfile', text: 'builds:\n  - dockerfile: ""\n', names: '"dockerfile"', line: 2 },
  { name: 'a build with both target and targets', text: 'builds:\n  - dockerfile: Dockerfile\n    target: a\n    targets: [b]\n', names: '"targets"', line: 4 },
  { name: 'an unknown key in a build', text: 'builds:\n  - dockerfile: Dockerfile\n    file: x\n', names: '"file"', line: 3 },
  { name: 'build args as a list', text: 'builds:\n  - dockerfile: Dockerfile\n    args: [A=1]\n', names: '"args"', line: 3 },
  { name: 'a build arg holding a mapping', text: 'builds:\n  - dockerfile: Dockerfile\n    args:\n      A: { b: 1 }\n', names: '"A"', line: 4 },
  { name: 'a build target as a number list', text: 'builds:\n  - dockerfile: Dockerfile\n    targets: [[a]]\n', names: 'targets', line: 3 },
  { name: 'a list at the top', text: '- ignore\n- DL3008\n', names: 'mapping', line: 1 },
  { name: 'a scalar at the top', text: 'DL3008\n', names: 'mapping', line: 1 },
];

describe('invalid configurations: the schema and the parser both refuse them', () => {
  it.each(INVALID)('$name', ({ text, names, line }) => {
    expect(schemaErrors(text)).not.toEqual([]);
    let error: unknown = null;
    try {
      parseStagecraftConfig(text, '.stagecraft.yml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.line).toBe(line);
    expect(configError.message).toContain(`.stagecraft.yml:${line}: `);
    expect(configError.message).toContain(names);
  });
});
