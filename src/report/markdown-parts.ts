/**
 * The Markdown pieces the job summary (`markdown.ts`) and the PR comment (`comment.ts`) share: escaping
 * for text from the repository under review, finding rows, counts and the stage graph fence.
 */
import { findingDocsUrl } from '../lint/tool-findings.js';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Severity } from '../lint/types.js';
import type { FileReport } from './types.js';
import { countBySeverity } from './verdict.js';

// ---------------------------------------------------------------------------------------------------
// Escaping. Paths, stage names and messages come from the repository under review, which may be a
// fork's pull request: whatever they contain must render as the same text, never as Markdown, HTML,
// a mention or a new table cell.
// ---------------------------------------------------------------------------------------------------

/** Bidirectional overrides and isolates can make text read differently from what it is ("Trojan Source"). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;

/** Text on one line, without control or bidi characters: a table cell or a heading cannot hold more. */
function oneLine(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARS, '\uFFFD')
    .replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

/**
 * The ASCII characters that start inline syntax in GitHub's renderer: code, emphasis, links and images,
 * footnotes, HTML and autolinks, entities, strikethrough, math, table cells. Escaped text only ever goes
 * where inline content goes (table cells, after a fixed prefix), so line-start syntax needs nothing.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>!|~&$]/g;

/**
 * Plain text for a Markdown paragraph or table cell. A backslash before ASCII punctuation always means
 * "this character, literally" in CommonMark, so over-escaping is harmless. `@` gets a zero-width joiner
 * so `@org/team` is not a mention (GitHub notifies on mentions in comments, not in code spans).
 */
export function markdownText(text: string): string {
  return (
    oneLine(text)
      .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
      // GFM turns bare `https://…` and `www.…` into links; escaping the `:` or `.` keeps them text.
      .replace(/:/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '@\u200d')
  );
}

/**
 * A code span holding `text` literally, safe inside a table cell. The fence is one backtick longer than
 * the longest run inside; `|` is escaped because GFM splits table cells on it even inside code spans
 * (the backslash is removed before the span is rendered).
 */
export function codeSpan(text: string): string {
  const content = oneLine(text).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick needs a space of padding, which the renderer strips.
  const pad = /^`|`$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Text for an HTML context (`<summary>`), where Markdown is not parsed. */
export function htmlText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@\u200d');
}

/**
 * A finding's message: rules write `code` in backticks, which stays code; everything else is text.
 * A backtick without a partner is a literal backtick, as in CommonMark.
 */
export function messageMarkdown(message: string): string {
  const out: string[] = [];
  let rest = oneLine(message);
  for (;;) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const afterOpen = open.index + fence.length;
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(rest.slice(afterOpen));
    if (!close) {
      out.push(markdownText(rest.slice(0, afterOpen)));
      rest = rest.slice(afterOpen);
      continue;
    }
    out.push(markdownText(rest.slice(0, open.index)));
    const inner = rest.slice(afterOpen, afterOpen + close.index);
    // CommonMark strips one leading and trailing space when both are there.
    out.push(codeSpan(/^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner));
    rest = rest.slice(afterOpen + close.index + fence.length);
  }
  out.push(markdownText(rest));
  return out.join('');
}

/**
 * A URL safe as a Markdown link destination: only https and http, and no character that ends the
 * destination or the link (`(`, `)`, `<`, `>`, spaces, newlines) left unencoded.
 */
export function linkDestination(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  return url.replace(/[\s()<>"'`\\|[\]{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Percent-encodes each segment of a repository path for a URL (`a b/c#d` → `a%20b/c%23d`). */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

// ---------------------------------------------------------------------------------------------------
// Pieces both the job summary and the PR comment are made of.
// ---------------------------------------------------------------------------------------------------

/** A rendered stage graph: `src/graph` makes the Mermaid safe to embed; notes and legend hold no file text. */
export interface StageGraphBlock {
  mermaid: string;
  notes: readonly string[];
  legend: string;
}

/** The Mermaid fence. Backticks cannot close it: the graph renderer writes them as entities. */
export function mermaidFence(graph: StageGraphBlock): string {
  return `\`\`\`mermaid\n${graph.mermaid.trimEnd()}\n\`\`\`\n\n`;
}

/** The legend and notes under a graph, one `<sub>` line each; empty when there are none. */
export function graphCaption(graph: StageGraphBlock): string {
  return [graph.legend, ...graph.notes].filter((t) => t !== '').map((t) => `<sub>${htmlText(t)}</sub>`).join('<br>\n');
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️', style: '🎨' };

/** Singular and plural; `info` and `style` read as labels ("3 info", "2 style"). */
export const SEVERITY_WORD: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  style: ['style', 'style'],
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function severityCount(severity: Severity, n: number): string {
  return plural(n, ...SEVERITY_WORD[severity]);
}

/** `1 error · 2 warnings`: the severities present, most severe first. */
export function countsPhrase(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => severityCount(s, counts[s]))
    .join(' · ');
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** What a finding row needs to know besides the finding. */
export interface FindingRowOptions {
  docsBase: string;
  /** A link to lines of a file at the linted revision; without it (or when it returns null), line numbers are plain. */
  lineUrl?: (path: string, line: number, endLine: number) => string | null;
}

export function ruleCell(f: Finding, docsBase: string): string {
  // Registered rules and `build-failed` have a docs page; `config-error` and friends are shown without a link.
  const url = findingDocsUrl(f.rule, docsBase);
  const id = codeSpan(f.rule);
  const link = url ? linkDestination(url) : null;
  const name = link ? `[${id}](${link})` : id;
  return f.aliases.length > 0 ? `${name} · ${f.aliases.map(markdownText).join(', ')}` : name;
}

export function lineCell(file: FileReport, f: Pick<Finding, 'line' | 'endLine'>, options: FindingRowOptions): string {
  const label = f.endLine > f.line ? `${f.line}–${f.endLine}` : String(f.line);
  const url = options.lineUrl?.(file.path, f.line, f.endLine);
  const link = url ? linkDestination(url) : null;
  return link ? `[${label}](${link})` : label;
}

/** `| icon | line | rule | message |`: one row of a `| | line | rule | finding |` table; related lines follow the message (`also: line 7 — …`). */
export function findingRow(file: FileReport, f: Finding, options: FindingRowOptions): string {
  const related = (f.related ?? [])
    .map((r) => `<br>also: line ${lineCell(file, { line: r.line, endLine: r.line }, options)}${r.rule ? ` (${codeSpan(r.rule)})` : ''} — ${messageMarkdown(r.message)}`)
    .join('');
  return `| ${SEVERITY_ICON[f.severity]} | ${lineCell(file, f, options)} | ${ruleCell(f, options.docsBase)} | ${messageMarkdown(f.message)}${related} |\n`;
}
