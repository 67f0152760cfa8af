import { describe, expect, it } from 'vitest';
import { baseImageDefines, baseImageEnvKeys, isOfficialImage, officialName, stageSystemShell, systemShell } from '../../src/dockerfile/base-images.js';
import { parseImageRef, type ImageRef } from '../../src/dockerfile/image.js';
import { parseDockerfile } from '../../src/dockerfile/index.js';

function image(ref: string): ImageRef {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.image;
}

describe('official images', () => {
  it.each([
    ['node:20', 'node'],
    ['docker.io/library/node', 'node'],
    ['library/python:3.12', 'python'],
    ['public.ecr.aws/docker/library/nginx:1.27', 'nginx'],
    ['mirror.gcr.io/library/alpine', 'alpine'],
    ['ghcr.io/library/node', null],
    ['bitnami/node', null],
    ['mcr.microsoft.com/dotnet/sdk', null],
  ])('%s → %s', (ref, name) => {
    expect(officialName(image(ref))).toBe(name);
    expect(isOfficialImage(image(ref))).toBe(name !== null);
  });
});

describe('systemShell: which /bin/sh, and whether it has pipefail', () => {
  it.each([
    ['alpine:3.20', 'ash', null, true],
    ['node:22-alpine3.20', 'ash', null, true],
    ['busybox:1.36', 'ash', null, true],
    ['fedora:40', 'bash', null, true],
    ['registry.access.redhat.com/ubi9/ubi-minimal', 'bash', null, true],
    ['debian:bookworm-slim', 'dash', 'Debian 12 (bookworm)', false],
    ['debian:12.5', 'dash', 'Debian 12 (bookworm)', false],
    ['debian:11', 'dash', 'Debian 11 (bullseye)', false],
    ['debian:trixie', 'dash', 'Debian 13 (trixie)', true],
    ['debian:13-slim', 'dash', 'Debian 13 (trixie)', true],
    ['debian:sid', 'dash', 'Debian testing/unstable', true],
    ['debian:testing-slim', 'dash', 'Debian testing/unstable', true],
    ['debian', 'dash', null, null],
    ['debian:stable-slim', 'dash', null, null],
    ['ubuntu:24.04', 'dash', 'Ubuntu 24.04 (noble)', false],
    ['ubuntu:jammy-20240227', 'dash', 'Ubuntu 22.04 (jammy)', false],
    ['ubuntu:24.10', 'dash', 'Ubuntu 24.10 (oracular)', true],
    ['ubuntu:latest', 'dash', null, null],
    ['python:3.12-slim-bookworm', 'dash', 'Debian 12 (bookworm)', false],
    ['eclipse-temurin:21-jammy', 'dash', 'Ubuntu 22.04 (jammy)', false],
    ['node:22-trixie-slim', 'dash', 'Debian 13 (trixie)', true],
  ])('%s: %s, %s, pipefail %s', (ref, shell, release, pipefail) => {
    expect(systemShell(image(ref))).toEqual({ shell, release, pipefail });
  });

  it.each(['example/app', 'node:22', 'gcr.io/distroless/static', 'python:3.12-slim'])('%s: not known', (ref) => {
    expect(systemShell(image(ref))).toBeNull();
  });

  it('a stage has the /bin/sh of the image its FROM chain starts from', () => {
    const df = parseDockerfile('FROM alpine:3.20 AS base\nFROM base AS app\nFROM scratch\nFROM $UNKNOWN\n', { path: 'Dockerfile' });
    expect(df.stages.map((s) => stageSystemShell(df, s)?.shell ?? null)).toEqual(['ash', 'ash', null, null]);
    expect(stageSystemShell(df, undefined)).toBeNull();
  });
});

describe('baseImageDefines', () => {
  it.each([
    ['golang:1.22-alpine', 'GOPATH', 'yes'],
    ['docker.io/library/golang', 'GOTOOLCHAIN', 'yes'],
    ['node:20-slim', 'YARN_VERSION', 'yes'],
    ['python:3.12', 'PYTHON_SHA256', 'yes'],
    ['eclipse-temurin:21-jre', 'JAVA_HOME', 'yes'],
    ['maven:3-eclipse-temurin-21', 'MAVEN_HOME', 'yes'],
    ['maven:3-eclipse-temurin-21', 'JAVA_HOME', 'yes'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', 'APP_UID', 'yes'],
    ['public.ecr.aws/docker/library/nginx:1.27', 'NGINX_VERSION', 'yes'],
    ['alpine:3.20', 'PATH', 'yes'],
    ['alpine:3.20', 'HOME', 'no'],
    ['node:20', 'GOPATH', 'no'],
    ['ghcr.io/acme/base:1', 'ANYTHING', 'unknown'],
    ['bitnami/node', 'NODE_VERSION', 'unknown'],
  ])('%s defines %s: %s', (ref, name, answer) => {
    expect(baseImageDefines(image(ref), name)).toBe(answer);
  });

  it('is unknown without an image', () => {
    expect(baseImageDefines(null, 'PATH')).toBe('unknown');
    expect(baseImageEnvKeys(null)).toBeNull();
  });
});
