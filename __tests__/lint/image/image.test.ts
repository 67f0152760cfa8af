import { describe, expect, it } from 'vitest';
import { parseDockerfile, parseImageRef } from '../../../src/dockerfile/index.js';
import {
  buildSteps,
  isToolchainPackage,
  keptToolchain,
  startsAnApp,
  toolchainImage,
} from '../../../src/lint/image/index.js';

function stagesOf(text: string, path = 'Dockerfile') {
  return parseDockerfile(text, { path });
}

function steps(run: string): string[] {
  const df = stagesOf(`FROM alpine\nRUN ${run}\n`);
  return buildSteps(df.stages[0]!.instructions[0]!).map((s) => `${s.ecosystem}:${s.label}:${s.output}`);
}

describe('buildSteps', () => {
  it.each([
    ['npm run build', ['node:npm run build:project']],
    ['npm run build:prod', ['node:npm run build:prod:project']],
    ['yarn build', ['node:yarn build:project']],
    ['pnpm --filter web run build', ['node:pnpm run build:project']],
    ['npx tsc -p .', ['node:npx tsc:project']],
    ['npm run test', []],
    ['npm ci', []],
    ['CGO_ENABLED=0 go build -o /app .', ['go:go build:project']],
    ['go install ./cmd/app', ['go:go install:project']],
    ['go install example.com/tool@v1', []],
    ['go install tool', []],
    ['cargo build --release', ['rust:cargo build:project']],
    ['cargo install ripgrep', []],
    ['./mvnw -B package -DskipTests', ['java:mvnw package:project']],
    ['./gradlew installDist', ['java:gradlew installDist:project']],
    ['dotnet publish -c Release', ['dotnet:dotnet publish:project']],
    ['make', ['c:make:project']],
    ['make -j4 all', ['c:make:project']],
    ['make clean all test', ['c:make:project']],
    ['make gen-proto', []],
    ['gcc -O2 -o hello hello.c', ['c:gcc:project']],
    ['gcc --version', []],
    ['pip wheel --wheel-dir /w -r requirements.txt', ['python:pip wheel:dependencies']],
    ['pip wheel --no-deps .', ['python:pip wheel:project']],
    ['sudo -u build make install', ['c:make:project']],
  ])('%s', (run, expected) => {
    expect(steps(run)).toEqual(expected);
  });
});

describe('toolchainImage', () => {
  it.each([
    ['golang:1.22-alpine', true],
    ['node:20', true],
    ['node', true],
    ['node:20-slim', false],
    ['node:20-alpine', false],
    ['python:3.12-bookworm', true],
    ['python:3.12-slim', false],
    ['eclipse-temurin:21-jdk', true],
    ['eclipse-temurin:21-jre', false],
    ['maven:3.9', true],
    ['mcr.microsoft.com/dotnet/sdk:8.0', true],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', false],
    ['buildpack-deps:bookworm', true],
    ['buildpack-deps:bookworm-scm', false],
    ['alpine:3.20', false],
  ])('%s → %s', (ref, expected) => {
    const parsed = parseImageRef(ref);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(toolchainImage(parsed.image) !== null).toBe(expected);
  });

  it('suggests the runtime variant of the same version', () => {
    const parsed = parseImageRef('node:20-bookworm');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(toolchainImage(parsed.image)?.runtime).toBe('`node:20-slim` or `node:20-alpine`');
  });
});

describe('startsAnApp', () => {
  it.each([
    ['CMD ["node", "server.js"]', true],
    ['CMD ["/bin/bash"]', false],
    ['CMD bash -l', false],
    ['CMD ["python3"]', false],
    ['CMD ["python3", "app.py"]', true],
    ['ENTRYPOINT ["pytest"]', false],
    ['ENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["mvn"]', false],
    ['ENTRYPOINT ["tini", "--"]\nCMD ["./server"]', true],
    ['ENTRYPOINT ["powershell.exe"]', false],
    ['ENTRYPOINT ["/app"]\nCMD ["--help"]', true],
    ['LABEL x=y', false],
  ])('%s → %s', (lines, expected) => {
    expect(startsAnApp(stagesOf(`FROM alpine\n${lines}\n`).stages)).toBe(expected);
  });
});

describe('toolchain packages', () => {
  it.each([
    ['gcc', true],
    ['g++-12', true],
    ['build-essential', true],
    ['libpq-dev', true],
    ['openssl-devel', true],
    ['openjdk-17-jdk-headless', true],
    ['libpq5', false],
    ['ca-certificates', false],
    ['git', false],
    ['curl', false],
  ])('%s → %s', (name, expected) => {
    expect(isToolchainPackage(name)).toBe(expected);
  });

  it('follows removals by name, by apk virtual name and by the apt-mark idiom', () => {
    const kept = (runs: string) => keptToolchain(stagesOf(`FROM debian\n${runs}\n`).stages).flatMap((k) => k.packages);
    expect(kept('RUN apt-get install -y gcc make')).toEqual(['gcc', 'make']);
    expect(kept('RUN apt-get install -y gcc make\nRUN apt-get purge -y gcc')).toEqual(['make']);
    expect(kept('RUN apk add --virtual .b gcc musl-dev && apk del .b')).toEqual([]);
    expect(kept('RUN apt-get install -y gcc && apt-mark auto gcc && apt-get purge -y --auto-remove')).toEqual([]);
  });
});
