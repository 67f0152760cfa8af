import { dnfCacheNotCleaned } from '../rules/dnf-cache-not-cleaned.js';
import { dnfInstallUnpinned } from '../rules/dnf-install-unpinned.js';
import { dnfInstallWithoutYes } from '../rules/dnf-install-without-yes.js';
import { labelEmpty } from '../rules/label-empty.js';
import { labelKeyInvalid } from '../rules/label-key-invalid.js';
import { labelMissing } from '../rules/label-missing.js';
import { labelNotEmail } from '../rules/label-not-email.js';
import { labelNotGitHash } from '../rules/label-not-git-hash.js';
import { labelNotInSchema } from '../rules/label-not-in-schema.js';
import { labelNotRfc3339 } from '../rules/label-not-rfc3339.js';
import { labelNotSemver } from '../rules/label-not-semver.js';
import { labelNotSpdx } from '../rules/label-not-spdx.js';
import { labelNotUrl } from '../rules/label-not-url.js';
import { pipeWithoutPipefail } from '../rules/pipe-without-pipefail.js';
import { shellChangedWithLn } from '../rules/shell-changed-with-ln.js';
import { shellcheck } from '../rules/shellcheck.js';
import { useraddHighUidWithoutL } from '../rules/useradd-high-uid-without-l.js';
import { wgetAndCurlBothUsed } from '../rules/wget-and-curl-both-used.js';
import { wgetWithoutProgress } from '../rules/wget-without-progress.js';
import { yumCacheNotCleaned } from '../rules/yum-cache-not-cleaned.js';
import { yumInstallUnpinned } from '../rules/yum-install-unpinned.js';
import { yumInstallWithoutYes } from '../rules/yum-install-without-yes.js';
import { zypperCacheNotCleaned } from '../rules/zypper-cache-not-cleaned.js';
import { zypperDistUpgrade } from '../rules/zypper-dist-upgrade.js';
import { zypperInstallUnpinned } from '../rules/zypper-install-unpinned.js';
import { zypperWithoutNonInteractive } from '../rules/zypper-without-non-interactive.js';
import type { Rule } from '../types.js';

/** hadolint's rules about other RUN commands and the shell (yum, dnf, zypper, wget/curl, pipefail, labels, ShellCheck), one module each under rules/. */
export const HADOLINT_SHELL_RULES: readonly Rule[] = [
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
];
