import { describe, expect, it } from 'vitest';
import { baseImageFacts, isOfficialImage, parseImageRef } from '../../src/dockerfile/index.js';

function image(ref: string) {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.image;
}

describe('official images come from docker-library/official-images', () => {
  it.each([
    ['node:20', true],
    ['docker.io/library/python:3.12', true],
    ['mirror.gcr.io/library/golang', true],
    ['public.ecr.aws/docker/library/alpine:3.20', true],
    ['centos:7', true], // retired from the program, still served under library/
    ['base', false], // a bake context or a local image
    ['myapp:dev', false],
    ['bitnami/redis', false],
    ['ghcr.io/org/node', false],
  ])('%s → %s', (ref, expected) => {
    expect(isOfficialImage(image(ref))).toBe(expected);
  });
});

describe('baseImageFacts', () => {
  it.each([
    ['node:20', { defaultUser: 'root', appUser: 'node', libc: 'glibc', packageManager: 'apt' }],
    ['node:20-alpine', { defaultUser: 'root', appUser: 'node', libc: 'musl', packageManager: 'apk' }],
    ['python:3.12-slim', { defaultUser: 'root', appUser: null, libc: 'glibc', packageManager: 'apt' }],
    ['alpine:3.20', { defaultUser: 'root', libc: 'musl', packageManager: 'apk' }],
    ['fedora:40', { libc: 'glibc', packageManager: 'dnf' }],
    ['amazonlinux:2', { packageManager: 'yum' }],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', { defaultUser: 'root', appUser: 'app', libc: 'glibc', packageManager: 'apt' }],
    ['mcr.microsoft.com/dotnet/aspnet:6.0', { defaultUser: 'root', appUser: null }],
    ['mcr.microsoft.com/dotnet/runtime:9.0-alpine', { defaultUser: 'root', appUser: 'app', libc: 'musl', packageManager: 'apk' }],
    ['mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled', { defaultUser: 'app', libc: 'glibc', packageManager: null, shell: null }],
    ['gcr.io/distroless/static-debian12', { defaultUser: 'root', appUser: 'nonroot', libc: 'none', packageManager: null, shell: null }],
    ['gcr.io/distroless/base-debian12:nonroot', { defaultUser: 'nonroot', libc: 'glibc' }],
  ])('%s', (ref, expected) => {
    expect(baseImageFacts(image(ref))).toMatchObject(expected);
  });

  it('the shell of a Debian-based official image comes from the shell table', () => {
    expect(baseImageFacts(image('node:20-bookworm'))?.shell).toMatchObject({ shell: 'dash', release: 'Debian 12 (bookworm)' });
  });

  it.each(['bitnami/node:20', 'ghcr.io/org/base:1', 'base'])('%s is not known', (ref) => {
    expect(baseImageFacts(image(ref))).toBeNull();
  });
});
