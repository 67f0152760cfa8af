import type { Rule } from '../types.js';

/** hadolint's package-manager rules (apt, apk, pip, npm, yarn, gem, go), one module each under rules/. */
export const HADOLINT_PACKAGES_RULES: readonly Rule[] = [];
