import { consistentInstructionCasing } from '../rules/consistent-instruction-casing.js';
import { copyIgnoredFile } from '../rules/copy-ignored-file.js';
import { duplicateStageName } from '../rules/duplicate-stage-name.js';
import { exposeInvalidFormat } from '../rules/expose-invalid-format.js';
import { exposeProtoCasing } from '../rules/expose-proto-casing.js';
import { fromAsCasing } from '../rules/from-as-casing.js';
import { fromPlatformFlagConstDisallowed } from '../rules/from-platform-flag-const-disallowed.js';
import { invalidDefaultArgInFrom } from '../rules/invalid-default-arg-in-from.js';
import { invalidDefinitionDescription } from '../rules/invalid-definition-description.js';
import { jsonArgsRecommended } from '../rules/json-args-recommended.js';
import { legacyKeyValueFormat } from '../rules/legacy-key-value-format.js';
import { maintainerDeprecated } from '../rules/maintainer-deprecated.js';
import { multipleInstructionsDisallowed } from '../rules/multiple-instructions-disallowed.js';
import { noEmptyContinuation } from '../rules/no-empty-continuation.js';
import { redundantTargetPlatform } from '../rules/redundant-target-platform.js';
import { reservedStageName } from '../rules/reserved-stage-name.js';
import { secretsUsedInArgOrEnv } from '../rules/secrets-used-in-arg-or-env.js';
import { stageNameCasing } from '../rules/stage-name-casing.js';
import { undefinedArgInFrom } from '../rules/undefined-arg-in-from.js';
import { undefinedVar } from '../rules/undefined-var.js';
import { workdirRelativePath } from '../rules/workdir-relative-path.js';
import type { Rule } from '../types.js';

/** BuildKit's Dockerfile checks (`docker build --check`), one module each under rules/, in BuildKit's order. */
export const BUILDKIT_RULES: readonly Rule[] = [
  stageNameCasing,
  fromAsCasing,
  noEmptyContinuation,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  redundantTargetPlatform,
  secretsUsedInArgOrEnv,
  invalidDefaultArgInFrom,
  fromPlatformFlagConstDisallowed,
  copyIgnoredFile,
  invalidDefinitionDescription,
  exposeProtoCasing,
  exposeInvalidFormat,
];
