import { baseImageTagDrift } from '../rules/base-image-tag-drift.js';
import { copiesWholeBuildWorkdir } from '../rules/copies-whole-build-workdir.js';
import { crossBuildIgnoresTargetPlatform } from '../rules/cross-build-ignores-target-platform.js';
import { devDependenciesShipped } from '../rules/dev-dependencies-shipped.js';
import { finalStageCopiesContext } from '../rules/final-stage-copies-context.js';
import { finalStageSdkBase } from '../rules/final-stage-sdk-base.js';
import { missingDockerignore } from '../rules/missing-dockerignore.js';
import { noShellInFinalStage } from '../rules/no-shell-in-final-stage.js';
import { numericStageReference } from '../rules/numeric-stage-reference.js';
import { secretFileInShippedStage } from '../rules/secret-file-in-shipped-stage.js';
import { singleStageBuild } from '../rules/single-stage-build.js';
import { toolchainInFinalStage } from '../rules/toolchain-in-final-stage.js';
import { unreachableStage } from '../rules/unreachable-stage.js';
import type { Rule } from '../types.js';

/**
 * Stagecraft's own multi-stage rules, one module each under rules/: each judges the image a target
 * ships and the stages it copies from. Ordered from the build's shape to its details.
 */
export const MULTISTAGE_RULES: readonly Rule[] = [
  singleStageBuild,
  finalStageSdkBase,
  toolchainInFinalStage,
  devDependenciesShipped,
  copiesWholeBuildWorkdir,
  finalStageCopiesContext,
  missingDockerignore,
  secretFileInShippedStage,
  noShellInFinalStage,
  crossBuildIgnoresTargetPlatform,
  baseImageTagDrift,
  numericStageReference,
  unreachableStage,
];
