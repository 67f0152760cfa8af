/**
 * A base that a build passes as a named context (bake `contexts`, compose `additional_contexts`,
 * build-push-action `build-contexts`) is that context, not the image of the same name. A folder (or any
 * context that is not an image) has no facts the rules could use, so the rules that rely on what the
 * official image is stay quiet; a `docker-image://REF` context is the image REF, judged as such.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBakeFiles } from '../../src/builds/bake.js';
import { readComposeFiles } from '../../src/builds/compose.js';
import { repoFilesFromTable, type NamedContext } from '../../src/builds/types.js';
import { formatImage, parseDockerfile, type Dockerfile, type DependencySource } from '../../src/dockerfile/index.js';
import { lintFiles } from '../../src/files/lint-files.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { withNamedContexts } from '../../src/lint/named-contexts.js';

/** Runs as the base image's user, without a tag: on the official `node` image, root and untagged. */
const APP = 'FROM node\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
const OFFICIAL_FACTS_RULES = ['base-image-untagged', 'final-stage-runs-as-root'];
const DIGEST = `sha256:${'a'.repeat(64)}`;

/** Folder contexts (or any context that is not an image), by name. */
const folders = (...names: string[]): NamedContext[] => names.map((name) => ({ name, image: null }));

function lint(text: string, namedContexts?: NamedContext[]) {
  return lintDockerfile(parseDockerfile(text, { path: 'Dockerfile' }), { dockerignore: null, ...(namedContexts ? { namedContexts } : {}) });
}

function rulesFound(text: string, namedContexts?: NamedContext[]): string[] {
  return [...new Set(lint(text, namedContexts).map((f) => f.rule))].filter((r) => OFFICIAL_FACTS_RULES.includes(r)).sort();
}

describe('a base named like an official image but passed as a folder context', () => {
  it.each([
    { name: 'no named contexts: the official node image', text: APP, contexts: undefined, expected: OFFICIAL_FACTS_RULES },
    { name: 'a context named node', text: APP, contexts: folders('node'), expected: [] },
    { name: 'the full reference is looked up by its familiar name', text: APP.replace('FROM node', 'FROM docker.io/library/node'), contexts: folders('node'), expected: [] },
    { name: 'a context of another name changes nothing', text: APP, contexts: folders('base'), expected: OFFICIAL_FACTS_RULES },
    { name: 'a tagged reference matches a context with that tag only', text: APP.replace('FROM node', 'FROM node:20'), contexts: folders('node'), expected: ['final-stage-runs-as-root'] },
    { name: 'node:20 as a context', text: APP.replace('FROM node', 'FROM node:20'), contexts: folders('node:20'), expected: [] },
  ])('$name', ({ text, contexts, expected }) => {
    expect(rulesFound(text, contexts)).toEqual(expected);
  });
});

/** What the rules see of each stage: the image it is built FROM (null: none known) and where its dependencies come from. */
function view(df: Dockerfile) {
  const source = (s: DependencySource): string =>
    s.kind === 'image' ? `image ${s.image ? formatImage(s.image) : `? ${s.raw}`}` : s.kind === 'context' ? `context ${s.name}` : s.kind === 'stage' ? `stage ${s.stage}` : `unknown ${s.raw}`;
  return df.stages.map((stage) => ({
    base: stage.base.kind === 'image' ? (stage.base.image ? formatImage(stage.base.image) : null) : stage.base.kind,
    ...(stage.base.kind === 'image' && stage.base.namedContext !== undefined ? { namedContext: stage.base.namedContext } : {}),
    dependencies: stage.dependencies.map((d) => `${d.kind} ${source(d.source)}`),
  }));
}

describe('withNamedContexts: what a stage is built from', () => {
  it.each([
    {
      name: 'docker-image:// with a tag: the base is that image',
      text: 'FROM node\nRUN true\n',
      contexts: [{ name: 'node', image: 'node:20-alpine' }],
      expected: [{ base: 'node:20-alpine', namedContext: 'node', dependencies: ['from image node:20-alpine'] }],
    },
    {
      name: 'docker-image:// with a tag and a digest: both kept',
      text: 'FROM node\n',
      contexts: [{ name: 'node', image: `node:20-alpine@${DIGEST}` }],
      expected: [{ base: `node:20-alpine@${DIGEST}`, namedContext: 'node', dependencies: [`from image node:20-alpine@${DIGEST}`] }],
    },
    {
      name: 'docker-image:// without a tag: the image untagged, as BuildKit pulls it (latest)',
      text: 'FROM base\n',
      contexts: [{ name: 'base', image: 'golang' }],
      expected: [{ base: 'golang', namedContext: 'base', dependencies: ['from image golang'] }],
    },
    {
      name: 'an image of another registry, under a name of the Dockerfile\'s own',
      text: 'FROM runtime\n',
      contexts: [{ name: 'runtime', image: 'ghcr.io/org/runtime:1.2' }],
      expected: [{ base: 'ghcr.io/org/runtime:1.2', namedContext: 'runtime', dependencies: ['from image ghcr.io/org/runtime:1.2'] }],
    },
    {
      name: 'a tagged FROM matches the context of that tag: FROM node:20 is built from node:22',
      text: 'FROM node:20\n',
      contexts: [{ name: 'node:20', image: 'node:22' }],
      expected: [{ base: 'node:22', namedContext: 'node:20', dependencies: ['from image node:22'] }],
    },
    {
      name: 'a folder context: no known image, the dependency is on the context',
      text: 'FROM node\n',
      contexts: folders('node'),
      expected: [{ base: null, dependencies: ['from context node'] }],
    },
    {
      name: 'a docker-image:// reference that does not parse: no known image, as a folder',
      text: 'FROM node\n',
      contexts: [{ name: 'node', image: 'Node:20' }],
      expected: [{ base: null, dependencies: ['from context node'] }],
    },
    {
      name: 'docker-image://scratch, an empty filesystem, is no image the facts describe',
      text: 'FROM node\n',
      contexts: [{ name: 'node', image: 'scratch' }],
      expected: [{ base: null, dependencies: ['from context node'] }],
    },
    {
      name: 'COPY --from an image context copies from that image; from a folder context, from the context',
      text: 'FROM alpine:3.20\nCOPY --from=tools /usr/bin/jq /usr/bin/jq\nCOPY --from=assets /dist /srv\n',
      contexts: [{ name: 'tools', image: 'ghcr.io/jqlang/jq:1.7.1' }, ...folders('assets')],
      expected: [{ base: 'alpine:3.20', dependencies: ['from image alpine:3.20', 'copy image ghcr.io/jqlang/jq:1.7.1', 'copy context assets'] }],
    },
  ])('$name', ({ text, contexts, expected }) => {
    expect(view(withNamedContexts(parseDockerfile(text, { path: 'Dockerfile' }), contexts))).toEqual(expected);
  });

  it('without a named context that matches, the model is the same object', () => {
    const df = parseDockerfile(APP, { path: 'Dockerfile' });
    expect(withNamedContexts(df, [{ name: 'other', image: 'node:20' }, ...folders('base')])).toBe(df);
    expect(withNamedContexts(df, [])).toBe(df);
    expect(withNamedContexts(df, undefined)).toBe(df);
  });
});

describe('the rules judge an image context as that image', () => {
  it.each([
    { name: 'official node, tagged: root, and no untagged finding', contexts: [{ name: 'node', image: 'node:20-alpine' }], expected: ['final-stage-runs-as-root'] },
    { name: 'pinned by digest: root', contexts: [{ name: 'node', image: `node@${DIGEST}` }], expected: ['final-stage-runs-as-root'] },
    { name: 'untagged: root and untagged', contexts: [{ name: 'node', image: 'node' }], expected: OFFICIAL_FACTS_RULES },
    { name: 'an image nothing is known about: nothing', contexts: [{ name: 'node', image: 'ghcr.io/org/node:20' }], expected: [] },
  ])('$name', ({ contexts, expected }) => {
    expect(rulesFound(APP, contexts)).toEqual(expected);
  });

  it.each([
    { rule: 'base-image-untagged', image: 'node', says: '`FROM node` builds from the named context `docker-image://node`, which has no tag', fix: '`docker-image://node:<version>` where the build passes that context' },
    { rule: 'base-image-uses-latest', image: 'node:latest', says: '`FROM node` builds from the named context `docker-image://node:latest`, which changes under you', fix: '`docker-image://node:<version>` where the build passes that context' },
  ])('$rule names the context and says to pin it where the build passes it, not in FROM', ({ rule, image, says, fix }) => {
    const finding = lint(APP, [{ name: 'node', image }]).find((f) => f.rule === rule);
    expect(finding?.line).toBe(1);
    expect(finding?.message).toContain(says);
    expect(finding?.message).toContain(fix);
    expect(finding?.message).not.toContain('FROM node:<version>');
  });
});

describe('through the build definitions, as the CLI and the action lint', () => {
  const root = mkdtempSync(join(tmpdir(), 'stagecraft-named-contexts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const rules = (report: Awaited<ReturnType<typeof lintFiles>>, wanted: readonly string[]) =>
    [...new Set(report.files[0]!.findings.map((f) => f.rule))].filter((id) => wanted.includes(id)).sort();

  it('compose additional_contexts reach the rules', async () => {
    const compose = 'services:\n  web:\n    build:\n      context: .\n      additional_contexts:\n        node: ./base\n';
    writeFileSync(join(root, 'Dockerfile'), APP);
    writeFileSync(join(root, 'compose.yaml'), compose);
    const plain = await lintFiles([join(root, 'Dockerfile')], { root });
    const built = await lintFiles([join(root, 'Dockerfile')], { root, builds: readComposeFiles(repoFilesFromTable({ 'compose.yaml': compose, Dockerfile: APP })) });
    expect(rules(plain, OFFICIAL_FACTS_RULES)).toEqual(OFFICIAL_FACTS_RULES);
    expect(built.files[0]!.build?.namedContexts).toEqual([{ name: 'node', image: null }]);
    expect(rules(built, OFFICIAL_FACTS_RULES)).toEqual([]);
  });

  /** A Go server built in its own stage and shipped on `FROM golang`: the toolchain image, which a runtime image would replace. */
  const GO = [
    'FROM golang:1.23 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/server .',
    'FROM golang',
    'COPY --from=build /out/server /usr/local/bin/server',
    'CMD ["server"]',
  ].join('\n');
  const JUDGED = ['final-stage-runs-as-root', 'final-stage-sdk-base'];
  const bake = (contexts: string) => `target "default" {\n  contexts = { ${contexts} }\n}\n`;

  it.each([
    { name: 'no bake file: the golang image', bakeFile: null, expected: JUDGED },
    { name: 'golang is docker-image://alpine:3.20: no toolchain, but alpine starts as root', bakeFile: bake('golang = "docker-image://alpine:3.20"'), expected: ['final-stage-runs-as-root'] },
    { name: 'golang is a folder: nothing known', bakeFile: bake('golang = "./base"'), expected: [] },
    { name: 'golang is another bake target: nothing known', bakeFile: bake('golang = "target:base"'), expected: [] },
    { name: 'a variable in the reference is evaluated by bake', bakeFile: `variable "GO" {\n  default = "1.23"\n}\n${bake('golang = "docker-image://golang:${GO}"')}`, expected: JUDGED },
  ])('bake contexts: $name', async ({ bakeFile, expected }) => {
    const folder = mkdtempSync(join(root, 'bake-'));
    writeFileSync(join(folder, 'Dockerfile'), GO);
    const tree: Record<string, string> = { Dockerfile: GO, ...(bakeFile === null ? {} : { 'docker-bake.hcl': bakeFile }) };
    const builds = await readBakeFiles(repoFilesFromTable(tree), null);
    expect(builds.notices).toEqual([]);
    const report = await lintFiles([join(folder, 'Dockerfile')], { root: folder, builds });
    expect(rules(report, JUDGED)).toEqual(expected);
  });

  it.each([
    { name: 'an image context given by the user', given: [{ name: 'golang', image: 'alpine:3.20' }], expected: ['final-stage-runs-as-root'] },
    { name: 'a folder context given by the user', given: [{ name: 'golang', image: null }], expected: [] },
    { name: 'a context named for nothing in the file', given: [{ name: 'node', image: 'alpine:3.20' }], expected: JUDGED },
  ])('build contexts the user gives (the action’s build-contexts) win over the definitions: $name', async ({ given, expected }) => {
    const folder = mkdtempSync(join(root, 'given-'));
    writeFileSync(join(folder, 'Dockerfile'), GO);
    // The bake file says golang is the golang image; what the user passes replaces it.
    const builds = await readBakeFiles(repoFilesFromTable({ Dockerfile: GO, 'docker-bake.hcl': bake('golang = "docker-image://golang:1.23"') }), null);
    const report = await lintFiles([join(folder, 'Dockerfile')], { root: folder, builds, buildContexts: given });
    expect(rules(report, JUDGED)).toEqual(expected);
    expect(report.files[0]!.build?.overridden).toBe(true);
  });
});
