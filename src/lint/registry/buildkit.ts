import { fromAsCasing } from '../rules/from-as-casing.js';
import type { Rule } from '../types.js';

/** BuildKit's Dockerfile checks (`docker build --check`), one module each under rules/. */
export const BUILDKIT_RULES: readonly Rule[] = [fromAsCasing];
