import type { Rule } from '../types.js';

/** hadolint's DL rules, one module each under rules/. */
export const HADOLINT_RULES: readonly Rule[] = [];
