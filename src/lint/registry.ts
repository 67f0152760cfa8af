import { addInsteadOfCopy } from './rules/add-instead-of-copy.js';
import { apkAddKeepsCache } from './rules/apk-add-keeps-cache.js';
import { apkAddUnpinned } from './rules/apk-add-unpinned.js';
import { aptGetInstallRecommends } from './rules/apt-get-install-recommends.js';
import { aptGetInstallUnpinned } from './rules/apt-get-install-unpinned.js';
import { aptGetInstallWithoutYes } from './rules/apt-get-install-without-yes.js';
import { aptInsteadOfAptGet } from './rules/apt-instead-of-apt-get.js';
import { aptListsNotDeleted } from './rules/apt-lists-not-deleted.js';
import { archiveCopiedThenExtracted } from './rules/archive-copied-then-extracted.js';
import { baseImageTagDrift } from './rules/base-image-tag-drift.js';
import { baseImageUntagged } from './rules/base-image-untagged.js';
import { baseImageUsesLatest } from './rules/base-image-uses-latest.js';
import { cleanupInLaterLayer } from './rules/cleanup-in-later-layer.js';
import { cdInsteadOfWorkdir } from './rules/cd-instead-of-workdir.js';
import { commandInShellForm } from './rules/command-in-shell-form.js';
import { consecutiveRunInstructions } from './rules/consecutive-run-instructions.js';
import { consistentInstructionCasing } from './rules/consistent-instruction-casing.js';
import { copiesWholeBuildWorkdir } from './rules/copies-whole-build-workdir.js';
import { copyFromOwnStage } from './rules/copy-from-own-stage.js';
import { copyFromUndefinedStage } from './rules/copy-from-undefined-stage.js';
import { copyIgnoredFile } from './rules/copy-ignored-file.js';
import { copyRootFilesystemFromStage } from './rules/copy-root-filesystem-from-stage.js';
import { copySourcesNeedDirDestination } from './rules/copy-sources-need-dir-destination.js';
import { copyToRelativePathWithoutWorkdir } from './rules/copy-to-relative-path-without-workdir.js';
import { crossBuildIgnoresTargetPlatform } from './rules/cross-build-ignores-target-platform.js';
import { devDependenciesShipped } from './rules/dev-dependencies-shipped.js';
import { devServerInImage } from './rules/dev-server-in-image.js';
import { dnfCacheNotCleaned } from './rules/dnf-cache-not-cleaned.js';
import { dnfInstallUnpinned } from './rules/dnf-install-unpinned.js';
import { dnfInstallWithoutYes } from './rules/dnf-install-without-yes.js';
import { duplicateStageName } from './rules/duplicate-stage-name.js';
import { envSelfReference } from './rules/env-self-reference.js';
import { exposeInvalidFormat } from './rules/expose-invalid-format.js';
import { exposePortOutOfRange } from './rules/expose-port-out-of-range.js';
import { exposeProtoCasing } from './rules/expose-proto-casing.js';
import { finalStageCopiesContext } from './rules/final-stage-copies-context.js';
import { finalStageRunsAsRoot } from './rules/final-stage-runs-as-root.js';
import { finalStageSdkBase } from './rules/final-stage-sdk-base.js';
import { fromAsCasing } from './rules/from-as-casing.js';
import { fromPlatformFlagConstDisallowed } from './rules/from-platform-flag-const-disallowed.js';
import { glibcBinaryOnMusl } from './rules/glibc-binary-on-musl.js';
import { gemInstallUnpinned } from './rules/gem-install-unpinned.js';
import { goInstallUnpinned } from './rules/go-install-unpinned.js';
import { healthcheckMissing } from './rules/healthcheck-missing.js';
import { imageFromUntrustedRegistry } from './rules/image-from-untrusted-registry.js';
import { inlineIgnorePragma } from './rules/inline-ignore-pragma.js';
import { instructionBeforeFrom } from './rules/instruction-before-from.js';
import { invalidDefaultArgInFrom } from './rules/invalid-default-arg-in-from.js';
import { invalidDefinitionDescription } from './rules/invalid-definition-description.js';
import { jsonArgsRecommended } from './rules/json-args-recommended.js';
import { labelEmpty } from './rules/label-empty.js';
import { labelKeyInvalid } from './rules/label-key-invalid.js';
import { labelMissing } from './rules/label-missing.js';
import { labelNotEmail } from './rules/label-not-email.js';
import { labelNotGitHash } from './rules/label-not-git-hash.js';
import { labelNotInSchema } from './rules/label-not-in-schema.js';
import { labelNotRfc3339 } from './rules/label-not-rfc3339.js';
import { labelNotSemver } from './rules/label-not-semver.js';
import { labelNotSpdx } from './rules/label-not-spdx.js';
import { labelNotUrl } from './rules/label-not-url.js';
import { legacyKeyValueFormat } from './rules/legacy-key-value-format.js';
import { maintainerDeprecated } from './rules/maintainer-deprecated.js';
import { missingDockerignore } from './rules/missing-dockerignore.js';
import { multipleInstructionsDisallowed } from './rules/multiple-instructions-disallowed.js';
import { noEmptyContinuation } from './rules/no-empty-continuation.js';
import { noShellInFinalStage } from './rules/no-shell-in-final-stage.js';
import { npmInstallUnpinned } from './rules/npm-install-unpinned.js';
import { numericStageReference } from './rules/numeric-stage-reference.js';
import { onbuildTriggerNotAllowed } from './rules/onbuild-trigger-not-allowed.js';
import { parseError } from './rules/parse-error.js';
import { pipInstallKeepsCache } from './rules/pip-install-keeps-cache.js';
import { pipInstallUnpinned } from './rules/pip-install-unpinned.js';
import { pipeWithoutPipefail } from './rules/pipe-without-pipefail.js';
import { pointlessCommandInRun } from './rules/pointless-command-in-run.js';
import { redundantTargetPlatform } from './rules/redundant-target-platform.js';
import { runtimeVersionDrift } from './rules/runtime-version-drift.js';
import { reservedStageName } from './rules/reserved-stage-name.js';
import { secretFileInShippedStage } from './rules/secret-file-in-shipped-stage.js';
import { secretsUsedInArgOrEnv } from './rules/secrets-used-in-arg-or-env.js';
import { sensitiveDataInArgOrEnv } from './rules/sensitive-data-in-arg-or-env.js';
import { shellChangedWithLn } from './rules/shell-changed-with-ln.js';
import { shellcheck } from './rules/shellcheck.js';
import { singleStageBuild } from './rules/single-stage-build.js';
import { stageNameCasing } from './rules/stage-name-casing.js';
import { sudoInRun } from './rules/sudo-in-run.js';
import { toolchainInFinalStage } from './rules/toolchain-in-final-stage.js';
import { undefinedArgInFrom } from './rules/undefined-arg-in-from.js';
import { undefinedVar } from './rules/undefined-var.js';
import { unreachableStage } from './rules/unreachable-stage.js';
import { unusedSuppression } from './rules/unused-suppression.js';
import { userNotNumeric } from './rules/user-not-numeric.js';
import { useraddHighUidWithoutL } from './rules/useradd-high-uid-without-l.js';
import { wgetAndCurlBothUsed } from './rules/wget-and-curl-both-used.js';
import { wgetWithoutProgress } from './rules/wget-without-progress.js';
import { workdirPathNotAbsolute } from './rules/workdir-path-not-absolute.js';
import { workdirRelativePath } from './rules/workdir-relative-path.js';
import { yarnInstallKeepsCache } from './rules/yarn-install-keeps-cache.js';
import { yumCacheNotCleaned } from './rules/yum-cache-not-cleaned.js';
import { yumInstallUnpinned } from './rules/yum-install-unpinned.js';
import { yumInstallWithoutYes } from './rules/yum-install-without-yes.js';
import { zypperCacheNotCleaned } from './rules/zypper-cache-not-cleaned.js';
import { zypperDistUpgrade } from './rules/zypper-dist-upgrade.js';
import { zypperInstallUnpinned } from './rules/zypper-install-unpinned.js';
import { zypperWithoutNonInteractive } from './rules/zypper-without-non-interactive.js';
import type { Rule } from './types.js';

/** Every rule, in the order `stagecraft rules` lists them: one list, grouped by where the check comes from. */
export const RULES: readonly Rule[] = [
  parseError,
  // BuildKit's checks (`docker build --check`)
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
  // hadolint: instructions, images and stages
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
  // hadolint: package managers and RUN commands
  pointlessCommandInRun, // DL3001
  cdInsteadOfWorkdir, // DL3003
  sudoInRun, // DL3004
  aptGetInstallUnpinned, // DL3008
  aptListsNotDeleted, // DL3009
  pipInstallUnpinned, // DL3013
  aptGetInstallWithoutYes, // DL3014
  aptGetInstallRecommends, // DL3015
  npmInstallUnpinned, // DL3016
  apkAddUnpinned, // DL3018
  apkAddKeepsCache, // DL3019
  aptInsteadOfAptGet, // DL3027
  gemInstallUnpinned, // DL3028
  pipInstallKeepsCache, // DL3042
  yarnInstallKeepsCache, // DL3060
  goInstallUnpinned, // DL3062
  // hadolint: yum/dnf/zypper, shell, labels; ShellCheck
  // yum, dnf, zypper
  yumInstallWithoutYes, // DL3030
  yumCacheNotCleaned, // DL3032
  yumInstallUnpinned, // DL3033
  zypperWithoutNonInteractive, // DL3034
  zypperDistUpgrade, // DL3035
  zypperCacheNotCleaned, // DL3036
  zypperInstallUnpinned, // DL3037
  dnfInstallWithoutYes, // DL3038
  dnfCacheNotCleaned, // DL3040
  dnfInstallUnpinned, // DL3041
  // shell commands
  useraddHighUidWithoutL, // DL3046
  wgetWithoutProgress, // DL3047
  wgetAndCurlBothUsed, // DL4001
  shellChangedWithLn, // DL4005
  pipeWithoutPipefail, // DL4006
  // labels (label-schema, strict-labels)
  labelKeyInvalid, // DL3048
  labelMissing, // DL3049
  labelNotInSchema, // DL3050
  labelEmpty, // DL3051
  labelNotUrl, // DL3052
  labelNotRfc3339, // DL3053
  labelNotSpdx, // DL3054
  labelNotGitHash, // DL3055
  labelNotSemver, // DL3056
  labelNotEmail, // DL3058
  // ShellCheck on RUN scripts (SCxxxx)
  shellcheck,
  // Stagecraft's multi-stage rules: what the shipped image carries
  singleStageBuild,
  finalStageSdkBase,
  toolchainInFinalStage,
  devDependenciesShipped,
  devServerInImage,
  cleanupInLaterLayer,
  glibcBinaryOnMusl,
  runtimeVersionDrift,
  copiesWholeBuildWorkdir,
  finalStageCopiesContext,
  missingDockerignore,
  secretFileInShippedStage,
  noShellInFinalStage,
  crossBuildIgnoresTargetPlatform,
  baseImageTagDrift,
  numericStageReference,
  unreachableStage,
  // Stagecraft's own: the suppressions themselves (the engine runs it after every other rule)
  unusedSuppression,
];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  for (const name of [rule.id, ...rule.aliases]) byName.set(name.toLowerCase(), rule);
}

/** Finds a rule by id or alias, case-insensitively. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.toLowerCase());
}
