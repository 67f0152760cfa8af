/**
 * A one-word base that a build passes as a named context (bake `contexts`, compose
 * `additional_contexts`) is that context, not the Docker Official Image of the same name: the rules that
 * rely on what the official image is stay quiet.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readComposeFiles } from '../../src/builds/compose.js';
import { repoFilesFromTable } from '../../src/builds/types.js';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintFiles } from '../../src/files/lint-files.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { withNamedContexts } from '../../src/lint/named-contexts.js';

/** Runs as the base image's user, without a tag: on the official `node` image, root and untagged. */
const APP = 'FROM node\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const OFFICIAL_FACTS_RULES = ['base-image-untagged', 'final-stage-runs-as-root'];

function rulesFound(text: string, namedContexts?: string[]): string[] {
  const findings = lintDockerfile(parseDockerfile(text, { path: 'Dockerfile' }), { dockerignore: null, ...(namedContexts ? { namedContexts } : {}) });
  return [...new Set(findings.map((f) => f.rule))].filter((r) => OFFICIAL_FACTS_RULES.includes(r)).sort();
}

describe('a base named like an official image but passed as a named context', () => {
  it.each([
    { name: 'no named contexts: the official node image', text: APP, contexts: undefined, expected: OFFICIAL_FACTS_RULES },
    { name: 'a context named node', text: APP, contexts: ['node'], expected: [] },
    { name: 'the full reference is looked up by its familiar name', text: APP.replace('FROM node', 'FROM docker.io/library/node'), contexts: ['node'], expected: [] },
    { name: 'a context of another name changes nothing', text: APP, contexts: ['base'], expected: OFFICIAL_FACTS_RULES },
    { name: 'a tagged reference matches a context with that tag only', text: APP.replace('FROM node', 'FROM node:20'), contexts: ['node'], expected: ['final-stage-runs-as-root'] },
    { name: 'node:20 as a context', text: APP.replace('FROM node', 'FROM node:20'), contexts: ['node:20'], expected: [] },
  ])('$name', ({ text, contexts, expected }) => {
    expect(rulesFound(text, contexts)).toEqual(expected);
  });

  it('COPY --from a named context copies from the context, not an image', () => {
    const df = withNamedContexts(parseDockerfile('FROM alpine:3.20\nCOPY --from=assets /dist /srv\n', { path: 'Dockerfile' }), ['assets']);
    expect(df.stages[0]!.dependencies.filter((d) => d.kind === 'copy').map((d) => d.source)).toEqual([{ kind: 'context', name: 'assets' }]);
  });

  it('without a named context that matches, the model is the same object', () => {
    const df = parseDockerfile(APP, { path: 'Dockerfile' });
    expect(withNamedContexts(df, ['other'])).toBe(df);
    expect(withNamedContexts(df, [])).toBe(df);
  });
});

describe('through the build definitions, as the CLI and the action lint', () => {
  const root = mkdtempSync(join(tmpdir(), 'stagecraft-named-contexts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('compose additional_contexts reach the rules', async () => {
    const compose = 'services:\n  web:\n    build:\n      context: .\n      additional_contexts:\n        node: ./base\n';
    writeFileSync(join(root, 'Dockerfile'), APP);
    writeFileSync(join(root, 'compose.yaml'), compose);
    const plain = await lintFiles([join(root, 'Dockerfile')], { root });
    const built = await lintFiles([join(root, 'Dockerfile')], { root, builds: readComposeFiles(repoFilesFromTable({ 'compose.yaml': compose, Dockerfile: APP })) });
    const rules = (r: typeof plain) => r.files[0]!.findings.map((f) => f.rule).filter((id) => OFFICIAL_FACTS_RULES.includes(id)).sort();
    expect(rules(plain)).toEqual(OFFICIAL_FACTS_RULES);
    expect(built.files[0]!.build?.namedContexts).toEqual(['node']);
    expect(rules(built)).toEqual([]);
  });
});
