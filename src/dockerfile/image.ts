/**
 * Image references as the Docker distribution library reads them (`reference.ParseNormalizedNamed`):
 * `[registry/]repository[:tag][@digest]`, with Docker Hub's `docker.io` and `library/` made explicit.
 */

export interface ImageRef {
  /** The reference as written (after ARG substitution). */
  raw: string;
  /** `docker.io` when no registry is written. */
  registry: string;
  /** Whether the registry was written out (`ghcr.io/x`, `localhost:5000/x`). */
  explicitRegistry: boolean;
  /** Path on the registry: `library/node`, `bitnami/redis`. */
  repository: string;
  /** The short name people write: `node`, `bitnami/redis`, `ghcr.io/org/app`. */
  familiar: string;
  /** The last path component: `node`, `redis`, `app`. */
  basename: string;
  tag: string | null;
  digest: string | null;
}

const DEFAULT_REGISTRY = 'docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const HEX64 = /^[a-f0-9]{64}$/;

export type ImageParse = { ok: true; image: ImageRef } | { ok: false; error: string };

/** Parses a reference, saying why when it is not one Docker would accept. */
export function parseImageRef(raw: string): ImageParse {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'empty image name' };
  if (HEX64.test(text)) return { ok: false, error: 'an image ID is not a repository name' };

  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { ok: false, error: `invalid digest "${digest}"` };
  }

  let tag: string | null = null;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return { ok: false, error: `invalid tag "${tag}"` };
  }

  let registry = DEFAULT_REGISTRY;
  let explicitRegistry = false;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      registry = first;
      explicitRegistry = true;
      path = rest.slice(slash + 1);
      if (!DOMAIN.test(registry)) return { ok: false, error: `invalid registry "${registry}"` };
    }
  }
  if (registry === 'index.docker.io') registry = DEFAULT_REGISTRY;
  if (path === '') return { ok: false, error: 'empty repository name' };
  if (path.toLowerCase() !== path) return { ok: false, error: `repository name "${path}" must be lowercase` };
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT.test(component)) return { ok: false, error: `invalid repository name "${path}"` };
  }
  if (text.length > 255 + (tag ? tag.length + 1 : 0) + (digest ? digest.length + 1 : 0)) {
    return { ok: false, error: 'repository name too long' };
  }

  const repository = registry === DEFAULT_REGISTRY && !path.includes('/') ? `library/${path}` : path;
  let familiar: string;
  if (registry !== DEFAULT_REGISTRY) familiar = `${registry}/${path}`;
  else familiar = repository.startsWith('library/') ? repository.slice('library/'.length) : repository;
  const basename = path.slice(path.lastIndexOf('/') + 1);
  return { ok: true, image: { raw: text, registry, explicitRegistry, repository, familiar, basename, tag, digest } };
}

/** `node:20-alpine`, `ghcr.io/org/app@sha256:…` — the familiar form with tag and digest. */
export function formatImage(image: ImageRef): string {
  return image.familiar + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest}` : '');
}
