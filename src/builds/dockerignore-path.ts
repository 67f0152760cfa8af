import { posix } from 'node:path';
import type { EffectiveBuild } from './effective.js';

/**
 * The `.dockerignore` files BuildKit would use for this build, in the order it looks: `<Dockerfile>.dockerignore`
 * beside the Dockerfile, else `.dockerignore` at the root of the context. The first that exists applies.
 */
export function dockerignoreCandidates(build: Pick<EffectiveBuild, 'dockerfile' | 'context'>): string[] {
  return [`${build.dockerfile}.dockerignore`, posix.join(build.context || '.', '.dockerignore')];
}
