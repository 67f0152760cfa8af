import { describe, expect, it } from 'vitest';
import { formatImage, isOfficialImage, parseImageRef } from '../../src/dockerfile/index.js';

describe('parseImageRef', () => {
  it.each([
    ['node', { registry: 'docker.io', repository: 'library/node', familiar: 'node', tag: null, digest: null }],
    ['node:20-alpine', { repository: 'library/node', tag: '20-alpine' }],
    ['bitnami/redis:7.2', { registry: 'docker.io', repository: 'bitnami/redis', familiar: 'bitnami/redis', basename: 'redis' }],
    ['docker.io/library/node:20', { registry: 'docker.io', repository: 'library/node', familiar: 'node', explicitRegistry: true }],
    ['index.docker.io/library/node', { registry: 'docker.io', familiar: 'node' }],
    ['ghcr.io/org/app:v1', { registry: 'ghcr.io', repository: 'org/app', familiar: 'ghcr.io/org/app', tag: 'v1' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['gcr.io/distroless/static-debian12:nonroot', { registry: 'gcr.io', basename: 'static-debian12', tag: 'nonroot' }],
    ['alpine@sha256:' + 'b'.repeat(64), { repository: 'library/alpine', tag: null, digest: 'sha256:' + 'b'.repeat(64) }],
    ['mcr.microsoft.com/dotnet/sdk:8.0', { registry: 'mcr.microsoft.com', repository: 'dotnet/sdk', familiar: 'mcr.microsoft.com/dotnet/sdk' }],
  ])('%s', (raw, expected) => {
    const parsed = parseImageRef(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.image).toMatchObject(expected);
  });

  it.each([
    ['', /empty/],
    ['Node:20', /lowercase/],
    ['node:', /invalid tag/],
    ['node:bad tag', /invalid tag/],
    ['node@sha256:short', /invalid digest/],
    ['a'.repeat(64), /image ID/],
    ['busybox:$VERSION', /invalid tag/],
    ['-leading', /invalid repository/],
  ])('rejects %j', (raw, message) => {
    const parsed = parseImageRef(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('formats back to the familiar form and knows official images', () => {
    const node = parseImageRef('docker.io/library/node:20@sha256:' + 'c'.repeat(64));
    expect(node.ok && formatImage(node.image)).toBe('node:20@sha256:' + 'c'.repeat(64));
    expect(node.ok && isOfficialImage(node.image)).toBe(true);
    const ghcr = parseImageRef('ghcr.io/library/node');
    expect(ghcr.ok && isOfficialImage(ghcr.image)).toBe(false);
  });
});
