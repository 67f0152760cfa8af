import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRule, RULES } from '../../src/lint/registry.js';
import { RETIRED_HADOLINT_CODES } from '../../src/lint/registry/names.js';
import { findingDocsUrl, TOOL_FINDINGS } from '../../src/lint/tool-findings.js';
import { SEVERITIES } from '../../src/lint/types.js';

const root = join(import.meta.dirname, '..', '..');

describe('the rule registry', () => {
  it('ids are unique kebab-case words', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a doc page naming its aliases, and its own tests', (id, rule) => {
    const doc = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    for (const alias of rule.aliases) expect(text, `docs/rules/${id}.md names ${alias}`).toContain(alias);
    expect(existsSync(join(root, '__tests__', 'lint', 'rules', `${id}.test.ts`)), `__tests__/lint/rules/${id}.test.ts`).toBe(true);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.title.length).toBeGreaterThan(0);
  });

  it('every doc page belongs to a rule, or to a finding Stagecraft reports itself and documents', () => {
    const pages = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    for (const page of pages) {
      const id = page.replace(/\.md$/, '');
      expect(findRule(id) !== undefined || TOOL_FINDINGS[id]?.documented === true, page).toBe(true);
    }
  });

  it.each(Object.entries(TOOL_FINDINGS))('the tool finding %s is no rule id, and has a page when documented', (id, finding) => {
    expect(findRule(id)).toBeUndefined();
    const doc = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(finding.documented);
    if (finding.documented) expect(readFileSync(doc, 'utf8').split('\n')[0]).toBe(`# ${id}`);
    expect(findingDocsUrl(id, 'https://example.test/blob/v1')).toBe(finding.documented ? `https://example.test/blob/v1/docs/rules/${id}.md` : null);
  });

  it("covers BuildKit's checks and hadolint's 71 DL rules", () => {
    const aliases = new Set(RULES.flatMap((r) => r.aliases));
    const retired = new Set(RETIRED_HADOLINT_CODES.map((code) => Number(code.slice(2))));
    const hadolint = ['DL1001', ...Array.from({ length: 68 }, (_, i) => 3000 + i).filter((n) => !retired.has(n)).map((n) => `DL${n}`), 'DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006'];
    expect(hadolint).toHaveLength(71);
    expect(hadolint.filter((code) => !aliases.has(code))).toEqual([]);
    const buildkit = [
      'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName', 'ReservedStageName',
      'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed',
      'LegacyKeyValueFormat', 'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefinitionDescription', 'FromPlatformFlagConstDisallowed',
      'ExposeProtoCasing', 'ExposeInvalidFormat', 'InvalidDefaultArgInFrom', 'CopyIgnoredFile',
    ];
    expect(buildkit.filter((name) => !aliases.has(name))).toEqual([]);
  });

  it('finds a rule by id or alias, in any case', () => {
    expect(findRule('dl3022')?.id).toBe('copy-from-undefined-stage');
    expect(findRule('FROMASCASING')?.id).toBe('from-as-casing');
    expect(findRule('no-such-rule')).toBeUndefined();
  });
});
