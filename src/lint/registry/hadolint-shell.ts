import type { Rule } from '../types.js';

/** hadolint's rules about other RUN commands and the shell (yum, dnf, zypper, sudo, wget/curl, pipefail, ShellCheck), one module each under rules/. */
export const HADOLINT_SHELL_RULES: readonly Rule[] = [];
