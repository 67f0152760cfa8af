import type { Rule } from '../types.js';

/** hadolint's rules about instructions, images, stages and labels, one module each under rules/. */
export const HADOLINT_INSTRUCTIONS_RULES: readonly Rule[] = [];
