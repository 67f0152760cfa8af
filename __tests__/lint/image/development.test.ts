/**
 * The test-fixture and development policy (src/lint/image/development.ts), and that every rule about the
 * production image applies it the same way: the same Dockerfile, moved into a test folder, renamed
 * `Dockerfile.dev` or built as a `dev` target, gets none of their findings.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { isDevelopmentDockerfile, isDevelopmentImage, isDevelopmentTarget, isTestFixturePath } from '../../../src/lint/image/index.js';
import { lintText } from '../../../src/lint/engine.js';

const dockerfileAt = (path: string, text = 'FROM alpine\n') => parseDockerfile(text, { path });

describe('isDevelopmentDockerfile: where a Dockerfile lives and what it is named', () => {
  it.each([
    ['Dockerfile', false],
    ['services/api/Dockerfile', false],
    ['Dockerfile.alpine', false],
    ['build/package/Dockerfile', false],
    ['contest/Dockerfile', false],
    ['latest/Dockerfile', false],
    ['Dockerfile.dev', true],
    ['Dockerfile.build', true],
    ['docs.Dockerfile', true],
    ['test/e2e/Dockerfile', true],
    ['tests/Dockerfile', true],
    ['pkg/testdata/Dockerfile', true],
    ['spec/fixtures/app/Dockerfile', true],
    ['src/__tests__/Dockerfile', true],
    ['frontend/dockerfile/parser/testfiles/docker/Dockerfile', true],
    ['.devcontainer/Dockerfile', true],
    ['.github/actions/lint/Dockerfile', true],
    ['hack/Dockerfile', true],
    ['ci/Dockerfile', true],
    ['dev/images/protoc/Dockerfile', true],
    ['tools/Dockerfile', true],
    ['docs/Dockerfile', true],
  ])('%s → %s', (path, expected) => {
    expect(isDevelopmentDockerfile(dockerfileAt(path))).toBe(expected);
  });
});

describe('isTestFixturePath: a COPY source in or of a test folder', () => {
  it.each([
    ['tests/fixtures/server.key', true],
    ['./test/certs/private.key', true],
    ['fixtures', true],
    ['pkg/testdata/.env', true],
    ['__tests__/.npmrc', true],
    ['.env', false],
    ['config/secrets.yaml', false],
    ['latest/.env', false],
    ['contest/.env', false],
    ['ci/.npmrc', false],
  ])('%s → %s', (path, expected) => {
    expect(isTestFixturePath(path)).toBe(expected);
  });
});

describe('isDevelopmentTarget and isDevelopmentImage', () => {
  const df = dockerfileAt('Dockerfile', 'FROM node:20 AS dev\nFROM node:20 AS test-runner\nFROM node:20 AS api\nFROM node:20\n');
  it.each([
    [0, true],
    [1, true],
    [2, false],
    [3, false],
  ])('stage %i → %s', (index, expected) => {
    expect(isDevelopmentTarget(df.stages[index]!)).toBe(expected);
    expect(isDevelopmentImage(df, df.stages[index]!)).toBe(expected);
  });
  it('a Dockerfile in a test folder is a development image whatever its target, and without one', () => {
    const fixture = dockerfileAt('tests/Dockerfile', 'FROM node:20 AS api\n');
    expect(isDevelopmentImage(fixture, fixture.stages[0]!)).toBe(true);
    expect(isDevelopmentImage(fixture, null)).toBe(true);
  });
});

/** An image each rule about the production image has something to say about. */
const PRODUCTION_IMAGES: [rules: string[], text: string][] = [
  [
    ['single-stage-build', 'final-stage-runs-as-root', 'secret-file-in-shipped-stage'],
    'FROM golang:1.22 AS app\nWORKDIR /app\nCOPY .env ./\nCOPY . .\nRUN go build -o /app/server .\nCMD ["/app/server"]\n',
  ],
  [['final-stage-sdk-base', 'final-stage-copies-context'], 'FROM node:20 AS app\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n'],
  [['dev-server-in-image'], 'FROM node:20-slim AS app\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node\nCMD ["npm", "run", "dev"]\n'],
  [
    ['toolchain-in-final-stage'],
    'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM debian:12-slim AS app\nRUN apt-get update && apt-get install -y gcc make && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /out/app /app\nUSER 1000\nCMD ["/app"]\n',
  ],
];

describe('every rule about the production image applies the policy the same way', () => {
  const rulesOf = (path: string, text: string, target?: string) =>
    new Set(lintText(text, path, { dockerignore: null, ...(target ? { target } : {}) }).findings.flatMap((f) => [f.rule, ...(f.related ?? []).map((r) => r.rule)]));

  it.each(PRODUCTION_IMAGES)('%j: reported in production, not in a test folder, a Dockerfile.dev or a dev target', (rules, text) => {
    const production = rulesOf('services/app/Dockerfile', text);
    for (const rule of rules) expect(production, `${rule} in production`).toContain(rule);
    for (const [path, target] of [['tests/fixtures/app/Dockerfile'], ['services/app/Dockerfile.dev'], ['.devcontainer/Dockerfile'], ['services/app/Dockerfile', 'dev']] as const) {
      const devText = target ? text.replace(/ AS app$/m, ` AS ${target}`) : text;
      const found = rulesOf(path, devText, target);
      for (const rule of rules) expect(found, `${rule} at ${path}${target ? ` (target ${target})` : ''}`).not.toContain(rule);
    }
  });

  it('a secret file in a test fixture folder is a fixture, in any image', () => {
    const found = (source: string) => rulesOf('Dockerfile', `FROM node:20-slim\nWORKDIR /app\nCOPY ${source} ./\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n`);
    expect(found('.env')).toContain('secret-file-in-shipped-stage');
    expect(found('tests/fixtures/.env')).not.toContain('secret-file-in-shipped-stage');
  });
});
