import type { Rule } from '../types.js';
import { HADOLINT_INSTRUCTIONS_RULES } from './hadolint-instructions.js';
import { HADOLINT_PACKAGES_RULES } from './hadolint-packages.js';
import { HADOLINT_SHELL_RULES } from './hadolint-shell.js';

/** hadolint's DL rules, one module each under rules/. */
export const HADOLINT_RULES: readonly Rule[] = [...HADOLINT_INSTRUCTIONS_RULES, ...HADOLINT_PACKAGES_RULES, ...HADOLINT_SHELL_RULES];
