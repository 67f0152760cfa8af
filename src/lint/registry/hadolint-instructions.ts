import { addInsteadOfCopy } from '../rules/add-instead-of-copy.js';
import { archiveCopiedThenExtracted } from '../rules/archive-copied-then-extracted.js';
import { baseImageUntagged } from '../rules/base-image-untagged.js';
import { baseImageUsesLatest } from '../rules/base-image-uses-latest.js';
import { commandInShellForm } from '../rules/command-in-shell-form.js';
import { consecutiveRunInstructions } from '../rules/consecutive-run-instructions.js';
import { copyFromOwnStage } from '../rules/copy-from-own-stage.js';
import { copyFromUndefinedStage } from '../rules/copy-from-undefined-stage.js';
import { copyRootFilesystemFromStage } from '../rules/copy-root-filesystem-from-stage.js';
import { copySourcesNeedDirDestination } from '../rules/copy-sources-need-dir-destination.js';
import { copyToRelativePathWithoutWorkdir } from '../rules/copy-to-relative-path-without-workdir.js';
import { envSelfReference } from '../rules/env-self-reference.js';
import { exposePortOutOfRange } from '../rules/expose-port-out-of-range.js';
import { finalStageRunsAsRoot } from '../rules/final-stage-runs-as-root.js';
import { healthcheckMissing } from '../rules/healthcheck-missing.js';
import { imageFromUntrustedRegistry } from '../rules/image-from-untrusted-registry.js';
import { inlineIgnorePragma } from '../rules/inline-ignore-pragma.js';
import { instructionBeforeFrom } from '../rules/instruction-before-from.js';
import { onbuildTriggerNotAllowed } from '../rules/onbuild-trigger-not-allowed.js';
import { sensitiveDataInArgOrEnv } from '../rules/sensitive-data-in-arg-or-env.js';
import { userNotNumeric } from '../rules/user-not-numeric.js';
import { workdirPathNotAbsolute } from '../rules/workdir-path-not-absolute.js';
import type { Rule } from '../types.js';

/** hadolint's rules about instructions, images, stages and labels, one module each under rules/ (in DL code order). */
export const HADOLINT_INSTRUCTIONS_RULES: readonly Rule[] = [
  inlineIgnorePragma, // DL1001
  workdirPathNotAbsolute, // DL3000
  finalStageRunsAsRoot, // DL3002
  baseImageUntagged, // DL3006
  baseImageUsesLatest, // DL3007
  archiveCopiedThenExtracted, // DL3010
  exposePortOutOfRange, // DL3011
  addInsteadOfCopy, // DL3020
  copySourcesNeedDirDestination, // DL3021
  copyFromUndefinedStage, // DL3022
  copyFromOwnStage, // DL3023
  commandInShellForm, // DL3025
  imageFromUntrustedRegistry, // DL3026
  onbuildTriggerNotAllowed, // DL3043
  envSelfReference, // DL3044
  copyToRelativePathWithoutWorkdir, // DL3045
  healthcheckMissing, // DL3057
  consecutiveRunInstructions, // DL3059
  instructionBeforeFrom, // DL3061
  sensitiveDataInArgOrEnv, // DL3064
  userNotNumeric, // DL3066
  copyRootFilesystemFromStage, // DL3067
];
