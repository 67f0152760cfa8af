import type { Rule } from '../types.js';

/** Stagecraft's own multi-stage rules, one module each under rules/. */
export const MULTISTAGE_RULES: readonly Rule[] = [];
