/**
 * The sticky pull request comment: what the change brings (new findings, with their stage graph), what
 * was there before (folded away) and what it fixed, in one comment that is edited in place on every push.
 * Pure: builds a string from the report, posting it is the caller's business.
 */
import type { Dockerfile } from '../dockerfile/index.js';
import { BUILD_NOUNS } from '../builds/place.js';
import { buildStageGraph, diffStageGraphs, GITHUB_MERMAID_BUDGET, renderMermaid, type GraphTargets, type StageAnnotationsByStage, type StageGraph } from '../graph/index.js';
import type { FailOn } from '../lint/config.js';
import { SEVERITIES, SEVERITY_RANK, type Finding } from '../lint/types.js';
import type { DockerfileChange } from '../review/types.js';
import {
  codeSpan,
  countsPhrase,
  findingRow,
  graphCaption,
  htmlText,
  linkDestination,
  markdownText,
  mermaidFence,
  plural,
  SEVERITY_ICON,
  SEVERITY_WORD,
  worstSeverity,
  type FindingRowOptions,
} from './markdown-parts.js';
import type { FileReport, LintReport } from './types.js';
import { imageCell as imageSummary, imageSection, stageAnnotations } from './image.js';
import { countBySeverity, failingFindings } from './verdict.js';

/** GitHub rejects a comment body longer than this (422 "body is too long"). */
export const COMMENT_LIMIT_CHARS = 65_536;

/** The size aimed for unless told otherwise: safely under the limit. */
export const COMMENT_BUDGET_CHARS = 60_000;

/** The hidden first line that makes the comment sticky: the step finds and edits its own comment that carries it. */
export function commentMarker(key: string): string {
  return `<!-- stagecraft:report key=${key} -->`;
}

export interface CommentOptions {
  /** Tells this step's comment apart from other Stagecraft steps' on the same PR (validated: `[A-Za-z0-9._-]{1,64}`). */
  key: string;
  /** Where rule docs live, from `docsBaseFor(GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF)`. */
  docsBase: string;
  /** A link to lines of a file at the linted (head) revision; without it, line numbers are plain. */
  lineUrl?: (path: string, line: number, endLine: number) => string | null;
  /** `fail-on` as given to the run; null when each file's configuration decided. */
  failOn: FailOn | null;
  version: string;
  /** The run's job summary page (`${server}/${repo}/actions/runs/${runId}`), null when unknown. */
  runUrl: string | null;
  /** Comment size budget in characters (JS string length); `COMMENT_BUDGET_CHARS` by default, never above `COMMENT_LIMIT_CHARS`. */
  maxChars?: number;
}

// ---------------------------------------------------------------------------------------------------
// Bounds for text from the repository, so no single path or message can crowd out the rest.
// ---------------------------------------------------------------------------------------------------

const MAX_PATH_CHARS = 300;
const MAX_MESSAGE_CHARS = 1_000;
const MAX_REF_CHARS = 100;
const MAX_ALIASES = 8;
const MAX_RELATED = 5;
const MAX_SHORT_CHARS = 100;
/** A longer link (the path of a file nobody would name so) is dropped; the line number stays. */
const MAX_URL_CHARS = 2_000;
const MAX_NOTICES = 5;
const MAX_SETTINGS_FILES = 3;

/**
 * Text from the repository, at most `max` UTF-16 units (ending in `…` when cut, never splitting a
 * surrogate pair), with `<!--` broken by a zero-width space: code spans keep `<` as it is, and the
 * comment is found by its marker (`<!-- stagecraft:report key=… -->`) anywhere in the body, so a path
 * must not be able to carry another step's marker.
 */
function repoText(text: string, max: number): string {
  let out = text;
  if (out.length > max) {
    let end = max - 1;
    const last = out.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end--;
    out = `${out.slice(0, end)}…`;
  }
  return out.replace(/<!--/g, '<!-\u200b-');
}

function clipFinding(f: Finding): Finding {
  return {
    ...f,
    rule: repoText(f.rule, MAX_SHORT_CHARS),
    aliases: f.aliases.slice(0, MAX_ALIASES).map((a) => repoText(a, MAX_SHORT_CHARS)),
    message: repoText(f.message, MAX_MESSAGE_CHARS),
    ...(f.related
      ? { related: f.related.slice(0, MAX_RELATED).map((r) => ({ line: r.line, message: repoText(r.message, MAX_MESSAGE_CHARS), ...(r.rule ? { rule: repoText(r.rule, MAX_SHORT_CHARS) } : {}) })) }
      : {}),
  };
}

function safeUrl(url: string | null | undefined): string | null {
  return url && url.length <= MAX_URL_CHARS ? linkDestination(url) : null;
}

function pathSpan(path: string): string {
  return codeSpan(repoText(path, MAX_PATH_CHARS));
}

/**
 * Under a file's heading, how it was judged, when a build definition (or a target given) says more than
 * the defaults: `Built by `compose.yaml:12` (service `api`) · context `.` · targets `light` and `full``.
 * Every piece comes from the repository, so each is a code span.
 */
function buildLine(file: FileReport): string {
  const build = file.build;
  if (!build || (!build.definition && !build.overridden)) return '';
  const parts: string[] = [];
  const definition = build.definition;
  if (definition) {
    const where = `${definition.source.file}${definition.source.line ? `:${definition.source.line}` : ''}`;
    const who = definition.name === undefined ? '' : ` (${BUILD_NOUNS[definition.source.kind]} ${codeSpan(repoText(definition.name, MAX_SHORT_CHARS))})`;
    const more = build.definitions.length > 1 ? ` and ${plural(build.definitions.length - 1, 'more definition')}` : '';
    parts.push(`Built by ${codeSpan(repoText(where, MAX_PATH_CHARS))}${who}${more}`);
  }
  parts.push(`context ${codeSpan(repoText(build.context || '.', MAX_PATH_CHARS))}`);
  const targets = build.targets.slice(0, MAX_ALIASES).map((t) => (t === null ? 'the last stage' : codeSpan(repoText(t, MAX_SHORT_CHARS))));
  parts.push(`${build.targets.length > 1 ? 'targets' : 'target'} ${joinAnd(targets)}${build.targets.length > MAX_ALIASES ? ' …' : ''}${build.overridden ? ' (given for this run)' : ''}`);
  const text = parts.join(' · ');
  return `<sub>${text.charAt(0).toUpperCase()}${text.slice(1)}</sub>\n\n`;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------
// What the comment says about each file.
// ---------------------------------------------------------------------------------------------------

interface FileView {
  file: FileReport;
  change: DockerfileChange | null;
  removed: boolean;
  /** Most severe first, then by line: if rows must be cut, the errors stay. */
  newFindings: Finding[];
  existingFindings: Finding[];
  fixedFindings: Finding[];
  /** The graph to draw and whether it is the base → head diff; null when there is nothing worth drawing. */
  graph: { graph: StageGraph; changed: boolean } | null;
}

function bySeverityThenLine(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || a.column - b.column;
}

/**
 * A file without `review` (a plain lint, or an unreadable file) is shown as if every finding were new:
 * `fail-on` judges all of its findings too (see `judgedFindings`).
 */
function viewOf(file: FileReport): FileView {
  const review = file.review;
  const removed = review?.change.status === 'removed';
  return {
    file,
    change: review?.change ?? null,
    removed,
    newFindings: [...(review ? review.newFindings : file.findings)].sort(bySeverityThenLine),
    existingFindings: review ? [...review.existingFindings].sort(bySeverityThenLine) : [],
    fixedFindings: review ? [...review.fixedFindings].sort(bySeverityThenLine) : [],
    graph: removed ? null : graphOf(file.dockerfile ?? null, review?.baseDockerfile ?? null, file.build?.targets ?? null, stageAnnotations(file.image)),
  };
}

/**
 * The base → head diff when the change touched the build's shape (any node or edge not `unchanged`),
 * else the head's own graph when it has several stages (a single stage is its own picture).
 */
function graphOf(head: Dockerfile | null, base: Dockerfile | null, target: GraphTargets, annotations?: StageAnnotationsByStage): FileView['graph'] {
  if (!head) return null;
  if (base) {
    const diff = diffStageGraphs(base, head, { target, annotations });
    const changed = diff.nodes.some((n) => n.change !== 'unchanged') || diff.edges.some((e) => e.change !== 'unchanged');
    if (changed) return { graph: diff, changed: true };
  }
  return head.stages.length > 1 ? { graph: buildStageGraph(head, { target, annotations }), changed: false } : null;
}

/** Files with new findings first, most severe first, then by path; removed files last. */
function byUrgency(a: FileView, b: FileView): number {
  const rank = (v: FileView) => {
    const worst = worstSeverity(v.newFindings);
    return worst !== null ? SEVERITY_RANK[worst] : v.removed ? SEVERITIES.length + 1 : SEVERITIES.length;
  };
  return rank(a) - rank(b) || (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0);
}

/** ` *(new)*`, ` *(renamed from `old`)*`, ` *(settings changed: `.dockerignore`)*`: how the change touched the file. */
function changeMark(change: DockerfileChange | null): string {
  if (!change) return '';
  const marks: string[] = [];
  if (change.status === 'added') marks.push('new');
  if (change.status === 'removed') marks.push('removed');
  if (change.status === 'renamed' && change.basePath !== null) marks.push(`renamed from ${pathSpan(change.basePath)}`);
  if (change.because.length > 0) {
    const listed = change.because.slice(0, MAX_SETTINGS_FILES).map(pathSpan);
    if (change.because.length > MAX_SETTINGS_FILES) listed.push(`${change.because.length - MAX_SETTINGS_FILES} more`);
    marks.push(`settings changed: ${joinAnd(listed)}`);
  } else if (change.status === 'settings') marks.push('settings changed');
  return marks.length > 0 ? ` *(${marks.join('; ')})*` : '';
}

/** The image column of the overview: base and head sizes (`40.1 MB → 1.9 MB **(−95.2 %)**`) with `build: true`. */
function imageCell(file: FileReport): string {
  return imageSummary(file.image);
}

function overviewRow(view: FileView): string {
  const fixed = view.fixedFindings.length;
  let icon: string;
  let counts: string;
  if (view.newFindings.length > 0) {
    icon = SEVERITY_ICON[worstSeverity(view.newFindings)!];
    counts = countsPhrase(view.newFindings);
  } else {
    icon = view.removed ? '🗑️' : '✅';
    counts = view.removed ? '—' : 'none';
  }
  if (fixed > 0) counts = view.removed ? `${fixed} fixed` : `${counts} · ${fixed} fixed`;
  return `| ${icon} | ${pathSpan(view.file.path)}${changeMark(view.change)} | ${counts} | ${imageCell(view.file)} |\n`;
}

function unreadableRow(path: string): string {
  return `| ❌ | ${pathSpan(path)} | could not be read | — |\n`;
}

// ---------------------------------------------------------------------------------------------------
// The headline and verdict.
// ---------------------------------------------------------------------------------------------------

interface Wording {
  /** `new ` in a review, empty for a plain lint. */
  adjective: string;
  /** The base as Markdown (`` `main` ``) and as HTML (`<code>main</code>`). */
  baseMarkdown: string;
  baseHtml: string;
  /** `this PR`, or `this change` without a pull request (merge queue, local). */
  fixedBy: string;
  threshold: string;
  scopeAll: boolean;
}

function wordingOf(report: LintReport, options: CommentOptions, nameTheBase: boolean): Wording {
  const review = report.review;
  const ref = review ? (review.base.ref ?? review.base.sha.slice(0, 12)) : '';
  const named = nameTheBase && ref !== '';
  return {
    adjective: review ? 'new ' : '',
    baseMarkdown: named ? codeSpan(repoText(ref, MAX_REF_CHARS)) : 'the base branch',
    baseHtml: named ? `<code>${htmlText(repoText(ref, MAX_REF_CHARS))}</code>` : 'the base branch',
    fixedBy: review && review.pullRequest === null ? 'this change' : 'this PR',
    threshold: options.failOn === null ? "each file's `fail-on`" : `\`fail-on: ${options.failOn}\``,
    scopeAll: review?.failOnScope === 'all',
  };
}

function heading(report: LintReport): string {
  const count = report.files.length + report.errors.length;
  return count === 0 ? '### Stagecraft · no Dockerfiles reviewed\n\nThis change touches no Dockerfile.\n\n' : `### Stagecraft · ${plural(count, 'Dockerfile')} reviewed\n\n`;
}

/**
 * The counts line (new findings by severity, those already on the base, those fixed; bold what fails
 * the check) and, when anything is judged, the verdict with its reason.
 */
function verdict(report: LintReport, views: readonly FileView[], failOn: FailOn | null, w: Wording): string {
  const failing = new Set(failingFindings(report));
  const newAll = views.flatMap((v) => v.newFindings);
  const existingAll = views.flatMap((v) => v.existingFindings);
  const fixedCount = views.reduce((n, v) => n + v.fixedFindings.length, 0);

  const parts: string[] = [];
  if (newAll.length === 0) parts.push(failing.size > 0 ? `No ${w.adjective}findings` : `✅ **No ${w.adjective}findings**`);
  const counts = countBySeverity(newAll);
  for (const s of SEVERITIES.filter((s) => counts[s] > 0)) {
    const [one, many] = SEVERITY_WORD[s];
    const text = `${SEVERITY_ICON[s]} ${plural(counts[s], `${w.adjective}${one}`, `${w.adjective}${many}`)}`;
    // Bold what fails the check, so the reason for a red check is the first thing read.
    parts.push(newAll.some((f) => f.severity === s && failing.has(f)) ? `**${text}**` : text);
  }
  const existingFailing = existingAll.filter((f) => failing.has(f)).length;
  if (existingAll.length > 0) {
    const text = `${plural(existingAll.length, 'finding')} already on ${w.baseMarkdown}`;
    parts.push(existingFailing > 0 ? `**${text}**` : text);
  }
  if (fixedCount > 0) parts.push(`${fixedCount} fixed by ${w.fixedBy}`);
  const lines = [`${parts.join(' · ')}\n\n`];

  const scopeNote = '`fail-on-scope: all` judges every finding, not only new ones';
  if (failing.size > 0) {
    const failingCounts = countBySeverity([...failing]);
    const adjective = w.scopeAll ? '' : w.adjective;
    const phrase = SEVERITIES.filter((s) => failingCounts[s] > 0).map((s) => {
      const [one, many] = SEVERITY_WORD[s];
      return plural(failingCounts[s], `${adjective}${one}`, `${adjective}${many}`);
    });
    const why = w.scopeAll ? `: ${scopeNote}${existingFailing > 0 ? `, and ${existingFailing} of them ${existingFailing === 1 ? 'is' : 'are'} already on ${w.baseMarkdown}` : ''}` : '';
    lines.push(`❌ **Failing:** ${joinAnd(phrase)} at or above ${w.threshold}${why}.\n\n`);
  } else if (failOn === 'none') {
    lines.push('✅ **Passing:** `fail-on: none` fails on nothing.\n\n');
  } else if (newAll.length > 0 || (w.scopeAll && existingAll.length > 0)) {
    lines.push(`✅ **Passing:** no ${w.scopeAll ? '' : w.adjective}finding reaches ${w.threshold}${w.scopeAll ? ` (${scopeNote})` : ''}.\n\n`);
  }
  return lines.join('');
}

function footer(options: CommentOptions, scopeAll: boolean): string {
  const threshold = options.failOn ?? 'from configuration';
  const link = safeUrl(options.runUrl);
  const report = link ? `[full report in the job summary](${link})` : 'full report in the job summary';
  return (
    `<sub>Stagecraft ${htmlText(repoText(options.version, MAX_SHORT_CHARS))} · fail-on: ${htmlText(threshold)}${scopeAll ? ' (all findings)' : ''} · ${report}` +
    ` · suppress a finding with <code># stagecraft ignore=&lt;rule&gt;</code> on the line above it</sub>\n`
  );
}

function noticesBlock(notices: readonly string[]): string {
  if (notices.length === 0) return '';
  const shown = notices.slice(0, MAX_NOTICES).map((n) => `> ${markdownText(repoText(n, MAX_SHORT_CHARS * 3))}`);
  if (notices.length > MAX_NOTICES) shown.push(`> ${plural(notices.length - MAX_NOTICES, 'more notice')} in the job summary.`);
  return `> [!NOTE]\n${shown.join('\n>\n')}\n\n`;
}

// ---------------------------------------------------------------------------------------------------
// The size budget: parts are taken in order of importance until one does not fit; what is left out is
// counted for the note at the end. The document order is fixed; only what goes in depends on the budget.
// ---------------------------------------------------------------------------------------------------

/** A file's `####` heading: written when anything of the file is. */
interface Section {
  head: string;
  shown: boolean;
}

/** A table (or a folded list) whose rows go in one by one: `open`, rows, `close`, a tail when cut, `end`. */
interface Group {
  parent: Section | null;
  open: string;
  rows: string[];
  close: string;
  /** Says how many rows were left out; the longest tail is reserved when the group opens. */
  tail: (hidden: number) => string;
  end: string;
  shown: number;
}

/** Something taken whole (a graph, the notices), rendered only when its turn comes. */
interface Block {
  parent: Section | null;
  render: () => string;
  text: string | null;
}

function renderGroup(group: Group): string {
  if (group.shown === 0) return '';
  const hidden = group.rows.length - group.shown;
  return `${group.open}${group.rows.slice(0, group.shown).join('')}${group.close}${hidden > 0 ? group.tail(hidden) : ''}${group.end}`;
}

class Layout {
  private used = 0;
  /** Set by the first part that does not fit: nothing less important goes in after it. */
  stopped = false;

  constructor(readonly room: number) {}

  /** Takes `cost` if it fits under `ceiling`; a part that does not fit the whole room stops the layout. */
  private take(cost: number, ceiling = this.room): boolean {
    if (this.stopped) return false;
    if (this.used + cost > ceiling) {
      if (ceiling >= this.room) this.stopped = true;
      return false;
    }
    this.used += cost;
    return true;
  }

  private sectionCost(section: Section | null): number {
    return section && !section.shown ? section.head.length : 0;
  }

  /** The group's next row (with the group's frame and heading when it is the first), if it fits under `ceiling`. */
  row(group: Group, ceiling?: number): boolean {
    const row = group.rows[group.shown];
    if (row === undefined) return true;
    const frame = group.shown === 0 ? group.open.length + group.close.length + group.tail(group.rows.length).length + group.end.length + this.sectionCost(group.parent) : 0;
    if (!this.take(row.length + frame, ceiling)) return false;
    if (group.parent) group.parent.shown = true;
    group.shown++;
    return true;
  }

  rows(group: Group, ceiling?: number): boolean {
    while (group.shown < group.rows.length) if (!this.row(group, ceiling)) return false;
    return true;
  }

  block(block: Block): boolean {
    if (this.stopped) return false;
    const text = block.render();
    if (text === '') return true;
    if (!this.take(text.length + this.sectionCost(block.parent))) return false;
    if (block.parent) block.parent.shown = true;
    block.text = text;
    return true;
  }
}

interface Omitted {
  newFindings: number;
  newFiles: number;
  overviewRows: number;
  graphs: number;
  existing: number;
  fixed: number;
  notices: number;
}

function truncationNote(omitted: Omitted, runUrl: string | null, w: Wording): string {
  const parts: string[] = [];
  if (omitted.newFindings > 0) parts.push(`${plural(omitted.newFindings, `${w.adjective}finding`)} in ${plural(omitted.newFiles, 'Dockerfile')}`);
  if (omitted.overviewRows > 0) parts.push(`${plural(omitted.overviewRows, 'Dockerfile')} of the overview`);
  if (omitted.graphs > 0) parts.push(plural(omitted.graphs, 'stage graph'));
  if (omitted.existing > 0) parts.push(`${plural(omitted.existing, 'finding')} already on ${w.baseMarkdown}`);
  if (omitted.fixed > 0) parts.push(`${plural(omitted.fixed, 'fixed finding')}`);
  if (omitted.notices > 0) parts.push(plural(omitted.notices, 'notice'));
  if (parts.length === 0) return '';
  const link = safeUrl(runUrl);
  const where = link ? `The [job summary](${link}) has the full report.` : "This run's job summary has the full report.";
  return `> [!NOTE]\n> This comment is cut short to stay under GitHub's size limit. Not shown here: ${joinAnd(parts)}. ${where}\n\n`;
}

/** The note at its longest, reserved before anything optional goes in. */
function noteReserve(runUrl: string | null, w: Wording): number {
  const most = 999_999_999;
  return truncationNote({ newFindings: most, newFiles: most, overviewRows: most, graphs: most, existing: most, fixed: most, notices: most }, runUrl, w).length;
}

function budgetOf(options: CommentOptions): number {
  return Math.min(options.maxChars ?? COMMENT_BUDGET_CHARS, COMMENT_LIMIT_CHARS);
}

/** When not even the headline fits the budget: the marker and a pointer to the job summary. */
function tinyComment(marker: string, limit: number): string {
  const tiny = `${marker}\n### Stagecraft\n\nThe report does not fit in a comment: see this run's job summary.\n`;
  return tiny.length <= limit ? tiny : `${marker}\n`;
}

function overviewGroup(report: LintReport, views: readonly FileView[]): Group {
  return {
    parent: null,
    open: '| | Dockerfile | new findings | image |\n|---|---|---|---|\n',
    rows: [...report.errors.map((e) => unreadableRow(e.path)), ...views.map(overviewRow)],
    close: '\n',
    tail: (hidden) => `<sub>${plural(hidden, 'more Dockerfile')} not listed here.</sub>\n\n`,
    end: '',
    shown: 0,
  };
}

function findingsTable(parent: Section, findings: readonly Finding[], file: FileReport, rowOptions: FindingRowOptions, lineHeader = 'line'): Omit<Group, 'open' | 'end' | 'tail'> & { head: string } {
  return {
    parent,
    head: `| | ${lineHeader} | rule | finding |\n|---|---|---|---|\n`,
    rows: findings.map((f) => findingRow(file, clipFinding(f), rowOptions)),
    close: '\n',
    shown: 0,
  };
}

function moreFindings(adjective: string): (hidden: number) => string {
  return (hidden) => `<sub>${plural(hidden, `more ${adjective}finding`)} not shown here: see the job summary.</sub>\n\n`;
}

interface FileParts {
  view: FileView;
  section: Section;
  news: Group;
  image: Block | null;
  graph: Block | null;
  existing: Group;
  fixed: Group;
}

function fileParts(view: FileView, options: CommentOptions, w: Wording, failing: ReadonlySet<Finding>, graphChars: number): FileParts {
  const { file } = view;
  const fixedCount = view.fixedFindings.length;
  const clean = view.newFindings.length === 0 ? `✅ No ${w.adjective}findings${fixedCount > 0 ? ` · ${fixedCount} fixed by ${w.fixedBy}` : ''}.\n\n` : '';
  const section: Section = { head: `#### ${pathSpan(file.path)}${changeMark(view.change)}\n\n${buildLine(file)}${clean}`, shown: false };
  const lineUrl = options.lineUrl;
  const headRows: FindingRowOptions = { docsBase: options.docsBase, lineUrl: lineUrl && ((path, line, endLine) => safeUrl(lineUrl(path, line, endLine))) };

  const news = findingsTable(section, view.newFindings, file, headRows);
  const existing = findingsTable(section, view.existingFindings, file, headRows);
  // Fixed findings' lines are the base version's: no link to the head revision.
  const fixed = findingsTable(section, view.fixedFindings, file, { docsBase: options.docsBase }, 'line on base');

  const existingFailing = view.existingFindings.filter((f) => failing.has(f)).length;
  const judged = w.scopeAll
    ? existingFailing > 0
      ? `${existingFailing} failing this check: <code>fail-on-scope: all</code>`
      : 'judged too: <code>fail-on-scope: all</code>'
    : 'not failing this check';
  const graph = view.graph;
  const image = file.image;
  return {
    view,
    section,
    news: { ...news, open: news.head, tail: moreFindings(w.adjective), end: '' },
    image: image ? { parent: section, text: null, render: () => imageSection(image) } : null,
    graph: graph && {
      parent: section,
      text: null,
      render: () => {
        const rendering = renderMermaid(graph.graph, { budget: { maxEdges: GITHUB_MERMAID_BUDGET.maxEdges, maxTextLength: graphChars } });
        const block = { mermaid: rendering.text, notes: rendering.notes, legend: rendering.legend };
        const caption = graphCaption(block);
        return `${mermaidFence(block)}${caption}${caption ? '\n\n' : ''}`;
      },
    },
    existing: {
      ...existing,
      open: `<details><summary>${plural(view.existingFindings.length, 'finding')} already on ${w.baseHtml} (${judged})</summary>\n\n${existing.head}`,
      tail: moreFindings(''),
      end: '</details>\n\n',
    },
    fixed: {
      ...fixed,
      open: `<details><summary>${fixedCount} fixed by ${w.fixedBy}</summary>\n\n${fixed.head}`,
      tail: moreFindings(''),
      end: '</details>\n\n',
    },
  };
}

function renderSection(parts: FileParts): string {
  if (!parts.section.shown) return '';
  return `${parts.section.head}${renderGroup(parts.news)}${parts.image?.text ?? ''}${parts.graph?.text ?? ''}${renderGroup(parts.existing)}${renderGroup(parts.fixed)}`;
}

/** Whether a file gets a section: it has findings to list, or a stage graph worth a look (changed, or of a new file). */
function hasSection(view: FileView): boolean {
  if (view.file.image) return true;
  if (view.removed) return false;
  if (view.newFindings.length + view.existingFindings.length + view.fixedFindings.length > 0) return true;
  return view.graph !== null && (view.graph.changed || view.change?.status === 'added');
}

/**
 * The sticky PR comment: marker, headline, verdict, an overview row per Dockerfile, then per file its
 * new findings, its stage graph (the base → head diff when the change reshaped the build), the findings
 * already on the base and those fixed, both folded away; a footer. Stays within `maxChars`: when it
 * would not fit, the folded lists go first, then graphs, then new-finding rows (most severe kept), and a
 * note says what was left out and points to the job summary.
 */
export function renderComment(report: LintReport, options: CommentOptions): string {
  const limit = budgetOf(options);
  const marker = commentMarker(options.key);
  const w = wordingOf(report, options, true);
  const views = report.files.map(viewOf).sort(byUrgency);

  const top = `${marker}\n${heading(report)}${verdict(report, views, options.failOn, w)}`;
  const bottom = footer(options, w.scopeAll);
  const room = limit - top.length - bottom.length - noteReserve(options.runUrl, w);
  if (room < 0) return top.length + bottom.length <= limit ? `${top}${bottom}` : tinyComment(marker, limit);
  const layout = new Layout(room);

  const failing = new Set(failingFindings(report));
  // A graph may take a good part of the comment, not all of it: a larger one is collapsed by the renderer.
  const graphChars = Math.min(GITHUB_MERMAID_BUDGET.maxTextLength, Math.floor(limit * 0.4));
  const files = views.filter(hasSection).map((v) => fileParts(v, options, w, failing, graphChars));
  const overview = overviewGroup(report, views);
  const notices: Block = { parent: null, text: null, render: () => noticesBlock(report.notices ?? []) };

  // In order of importance: the overview (up to half the room, so a thousand files cannot crowd out the
  // errors), the new findings that fail the check, the rest of the overview, the run's notices, the other
  // new findings, the graphs, the findings already on the base, the fixed ones.
  const newRows = files
    .flatMap((parts, fileIndex) => parts.view.newFindings.map((f, i) => ({ parts, failing: failing.has(f), rank: SEVERITY_RANK[f.severity], fileIndex, i })))
    .sort((a, b) => a.rank - b.rank || a.fileIndex - b.fileIndex || a.i - b.i);
  layout.rows(overview, layout.room / 2);
  for (const entry of newRows) if (entry.failing && !layout.row(entry.parts.news)) break;
  layout.rows(overview);
  layout.block(notices);
  for (const entry of newRows) if (!entry.failing && !layout.row(entry.parts.news)) break;
  for (const parts of files) if (parts.image) layout.block(parts.image);
  for (const parts of files) if (parts.graph) layout.block(parts.graph);
  for (const parts of files) layout.rows(parts.existing);
  for (const parts of files) layout.rows(parts.fixed);

  const hiddenIn = (group: Group) => group.rows.length - group.shown;
  const note = truncationNote(
    {
      newFindings: files.reduce((n, p) => n + hiddenIn(p.news), 0),
      newFiles: files.filter((p) => hiddenIn(p.news) > 0).length,
      overviewRows: hiddenIn(overview),
      graphs: files.filter((p) => p.graph && p.graph.text === null).length,
      existing: files.reduce((n, p) => n + hiddenIn(p.existing), 0),
      fixed: files.reduce((n, p) => n + hiddenIn(p.fixed), 0),
      notices: notices.text === null ? (report.notices?.length ?? 0) : 0,
    },
    options.runUrl,
    w,
  );
  const overviewText = renderGroup(overview);
  const body = `${top}${notices.text ?? ''}${overviewText}${files.map(renderSection).join('')}${note}${bottom}`;
  // The layout counts every character it lets in; this only guards against a mistake in that count.
  return body.length <= limit ? body : renderMinimalComment(report, options);
}

/**
 * The fallback after GitHub answers 422 (body too large or unprocessable): verdict, counts per file and
 * a link to the job summary; nothing from the files but their escaped paths (not even the base's name).
 */
export function renderMinimalComment(report: LintReport, options: CommentOptions): string {
  const limit = budgetOf(options);
  const marker = commentMarker(options.key);
  const w = wordingOf(report, options, false);
  const views = report.files.map(viewOf).sort(byUrgency);
  const link = safeUrl(options.runUrl);
  const pointer = `GitHub did not take the full report as a comment: ${link ? `see the [job summary](${link})` : "see this run's job summary"}.\n\n`;
  const top = `${marker}\n${heading(report)}${verdict(report, views, options.failOn, w)}${pointer}`;
  const bottom = footer(options, w.scopeAll);
  if (top.length + bottom.length > limit) return tinyComment(marker, limit);
  const overview = overviewGroup(report, views);
  new Layout(limit - top.length - bottom.length).rows(overview);
  return `${top}${renderGroup(overview)}${bottom}`;
}

/**
 * Whether a comment with `comment: on-findings` has something to say: any finding (new or existing) or
 * any fixed finding in a reviewed file, or an unreadable file.
 */
export function commentHasFindings(report: LintReport): boolean {
  if (report.errors.length > 0) return true;
  return report.files.some((f) => f.findings.length > 0 || (f.review?.fixedFindings.length ?? 0) > 0);
}
