/** Base images that are a build toolchain with a smaller runtime sibling, and bases without a shell. */
import { type ImageRef, type StageBase } from '../../dockerfile/index.js';
import type { Ecosystem } from './builds.js';

export interface ToolchainImage {
  /** What the image carries that the running app does not need. */
  carries: string;
  /** The runtime image to use instead. */
  runtime: string;
  ecosystem: Ecosystem | 'ruby';
}

function versionPart(tag: string | null): string | null {
  if (tag === null || tag === 'latest') return null;
  return tag.split('-')[0]!;
}

function withSuffix(repo: string, tag: string | null, suffix: string): string {
  const version = versionPart(tag);
  return `${repo}:${version ? `${version}-${suffix}` : suffix}`;
}

/**
 * Images that are a build toolchain and have a smaller runtime sibling: `golang` (any tag), `node:20`
 * (not slim/alpine), `python:3.12`, `ruby:3`, `rust`, `maven`, `gradle`, JDK images, the .NET SDK.
 */
export function toolchainImage(image: ImageRef): ToolchainImage | null {
  const tag = image.tag;
  const t = (tag ?? 'latest').toLowerCase();
  const small = /slim|alpine|windowsservercore|nanoserver/.test(t);
  const repo = image.familiar;
  switch (image.familiar) {
    case 'golang':
      return { carries: 'the Go toolchain', runtime: '`scratch` or `gcr.io/distroless/static` (`alpine` if it needs a shell)', ecosystem: 'go' };
    case 'rust':
      return { carries: 'the Rust toolchain', runtime: '`debian:bookworm-slim` or `gcr.io/distroless/cc`', ecosystem: 'rust' };
    case 'node':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\` or \`${withSuffix(repo, tag, 'alpine')}\``, ecosystem: 'node' };
    case 'python':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'python' };
    case 'ruby':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'ruby' };
    case 'maven':
    case 'gradle':
      return { carries: `${image.familiar === 'maven' ? 'Maven' : 'Gradle'} and a full JDK`, runtime: 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
    case 'openjdk':
    case 'eclipse-temurin':
    case 'ibm-semeru-runtimes':
      if (/jre/.test(t) || /windowsservercore|nanoserver/.test(t)) return null;
      if (image.familiar === 'ibm-semeru-runtimes' && !/jdk/.test(t)) return null;
      return { carries: 'a full JDK (compiler, jlink, headers)', runtime: image.familiar === 'eclipse-temurin' ? `\`eclipse-temurin:${versionPart(tag) ?? '<version>'}-jre\`` : 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
    case 'buildpack-deps':
      // `-curl` and `-scm` variants carry no compilers.
      if (/(^|-)(curl|scm)$/.test(t)) return null;
      return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
    case 'gcc':
      return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
    default:
      break;
  }
  if (/^mcr\.microsoft\.com\/dotnet\/(core\/)?sdk$/.test(image.familiar)) {
    const version = versionPart(tag) ?? '<version>';
    return { carries: 'the .NET SDK', runtime: `\`mcr.microsoft.com/dotnet/aspnet:${version}\` (web apps) or \`mcr.microsoft.com/dotnet/runtime:${version}\``, ecosystem: 'dotnet' };
  }
  return null;
}

/** `scratch` or a distroless image without the debug busybox: no `/bin/sh`. */
export function lacksShell(base: StageBase): boolean {
  if (base.kind === 'scratch') return true;
  if (base.kind !== 'image' || !base.image) return false;
  const image = base.image;
  const distroless = image.familiar.startsWith('gcr.io/distroless/') || image.familiar.startsWith('gcr.io/google-appengine/distroless');
  const chainguardStatic = image.familiar === 'cgr.dev/chainguard/static';
  if (!distroless && !chainguardStatic) return false;
  return !/debug|dev/.test(image.tag ?? '');
}
