import { docsUrl } from './docs.js';
import { findRule } from './registry.js';

/**
 * Findings Stagecraft reports itself rather than through a rule of the registry: they cannot be
 * configured or suppressed like a rule. Those with `documented: true` have a page under docs/rules/
 * like a rule (linked from the comment, the annotations and SARIF).
 */
export const TOOL_FINDINGS: Readonly<Record<string, { title: string; documented: boolean }>> = {
  'build-failed': { title: 'The head image does not build (build: true)', documented: true },
  'config-error': { title: 'The configuration for this Dockerfile cannot be used, or names a rule that does not exist', documented: false },
  'internal-error': { title: 'A rule failed while checking this file', documented: false },
  'unreadable-file': { title: 'The Dockerfile cannot be read', documented: false },
};

/** The docs page of a finding's rule: a registered rule's, or a documented tool finding's; null for the others. */
export function findingDocsUrl(ruleId: string, docsBase?: string): string | null {
  const rule = findRule(ruleId);
  if (rule && rule.id === ruleId) return docsUrl(rule.id, docsBase);
  return TOOL_FINDINGS[ruleId]?.documented ? docsUrl(ruleId, docsBase) : null;
}
