/** Where rule docs live when nothing says otherwise: the project's own repository, default branch. */
export const DEFAULT_DOCS_BASE = 'https://github.com/stagecraft-dev/stagecraft/blob/main';

/**
 * The docs page of a rule. The action passes the repository and ref it runs from
 * (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF) so links match the version in use.
 */
export function docsUrl(ruleId: string, base: string = DEFAULT_DOCS_BASE): string {
  return `${base.replace(/\/$/, '')}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/** `https://github.com/<repo>/blob/<ref>` for an action reference; the default when either is missing. */
export function docsBaseFor(repository: string | undefined, ref: string | undefined, serverUrl = 'https://github.com'): string {
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return DEFAULT_DOCS_BASE;
  const safeRef = ref && /^[\w./-]+$/.test(ref) ? ref : 'main';
  return `${serverUrl.replace(/\/$/, '')}/${repository}/blob/${safeRef}`;
}
