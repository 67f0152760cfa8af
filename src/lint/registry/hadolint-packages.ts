import { apkAddKeepsCache } from '../rules/apk-add-keeps-cache.js';
import { apkAddUnpinned } from '../rules/apk-add-unpinned.js';
import { aptGetInstallRecommends } from '../rules/apt-get-install-recommends.js';
import { aptGetInstallUnpinned } from '../rules/apt-get-install-unpinned.js';
import { aptGetInstallWithoutYes } from '../rules/apt-get-install-without-yes.js';
import { aptInsteadOfAptGet } from '../rules/apt-instead-of-apt-get.js';
import { aptListsNotDeleted } from '../rules/apt-lists-not-deleted.js';
import { cdInsteadOfWorkdir } from '../rules/cd-instead-of-workdir.js';
import { gemInstallUnpinned } from '../rules/gem-install-unpinned.js';
import { goInstallUnpinned } from '../rules/go-install-unpinned.js';
import { npmInstallUnpinned } from '../rules/npm-install-unpinned.js';
import { pipInstallKeepsCache } from '../rules/pip-install-keeps-cache.js';
import { pipInstallUnpinned } from '../rules/pip-install-unpinned.js';
import { pointlessCommandInRun } from '../rules/pointless-command-in-run.js';
import { sudoInRun } from '../rules/sudo-in-run.js';
import { yarnInstallKeepsCache } from '../rules/yarn-install-keeps-cache.js';
import type { Rule } from '../types.js';

/**
 * hadolint's package-manager rules (apt, apk, pip, npm, yarn, gem, go) and the RUN rules about
 * pointless commands, `cd` and `sudo`, one module each under rules/, in DL-code order.
 */
export const HADOLINT_PACKAGES_RULES: readonly Rule[] = [
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
];
