import { describe, expect, it } from 'vitest';
import { baseImageDefines, baseImageEnvKeys } from '../../src/dockerfile/base-env.js';
import { parseImageRef, type ImageRef } from '../../src/dockerfile/image.js';

function image(ref: string): ImageRef {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.image;
}

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
