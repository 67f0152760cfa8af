import { emptyLookup, expandWord } from './expand.js';
import type { Directive, Heredoc, Instruction, LineStart, ParseProblem } from './types.js';
import { parseWords } from './words.js';

/**
 * How BuildKit's parser cuts a file into instructions (`frontend/dockerfile/parser/parser.go`): parser
 * directives at the top, comment and blank lines, line continuations and heredoc bodies. The model
 * follows these rules itself, so an instruction starts and ends exactly where it does for the build.
 */

/** The file line a position in `instruction.args` comes from. */
export function lineOfArgsOffset(instruction: Instruction, offset: number): number {
  let line = instruction.line;
  for (const start of instruction.argsLines) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

/** `starts` for the text after its first `by` characters: lines that end before it are left out. */
export function shiftLineStarts(starts: readonly LineStart[], by: number): LineStart[] {
  return starts
    .filter((_start, i) => (starts[i + 1]?.offset ?? Infinity) > by)
    .map((start) => ({ offset: Math.max(0, start.offset - by), line: start.line }));
}

/** The lines BuildKit reads: the empty string after a final line break is not one. */
export function physicalLineCount(lines: readonly string[]): number {
  return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

/**
 * Parser directives as BuildKit reads them: `#name=value` lines at the very top (leading white space
 * stripped, as BuildKit strips it from every line that may start an instruction), known names only; the
 * first other line, a blank one included, ends them.
 */
export function readDirectives(lines: readonly string[], problems: ParseProblem[]): Directive[] {
  const out: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimStart();
    if (!line.startsWith('#')) break;
    const m = DIRECTIVE.exec(line.slice(1).trimStart());
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (!KNOWN_DIRECTIVES.has(name)) break;
    if (out.some((d) => d.name === name)) {
      problems.push({ line: i + 1, message: `only one ${name} parser directive can be used` });
      continue;
    }
    out.push({ name, value: m[2]!, line: i + 1 });
  }
  return out;
}

/** The escape character the directives choose; BuildKit refuses any other than `\` and `` ` ``. */
export function escapeCharOf(directives: readonly Directive[]): string {
  return directives.find((d) => d.name === 'escape')?.value === '`' ? '`' : '\\';
}

/** An instruction's lines joined, before its heredoc bodies. */
export interface LogicalLine {
  /** From the instruction's first character: continuation lines joined, escape and line end removed. */
  text: string;
  /** 0-based index of the physical line it starts on. */
  firstLine: number;
  /** 0-based column of its first character on that line. */
  column: number;
  /** 0-based index of the physical line it ends on. */
  lastLine: number;
  /** Where each kept physical line starts in `text` (1-based line numbers); comment and blank lines are absent. */
  starts: LineStart[];
  /** Blank lines the continuation skipped (1-based). */
  emptyLines: number[];
}

const continuationPatterns = new Map<string, RegExp>();

/**
 * BuildKit's `lineContinuationRegex`: the escape character at the end of a line (blanks after it
 * allowed) continues it, unless another escape character precedes it — so `echo a\\` ends the
 * instruction, and so, as BuildKit reads it, does `echo a\\\`. Alone on a line it continues too.
 */
function continuationPattern(escapeChar: string): RegExp {
  let pattern = continuationPatterns.get(escapeChar);
  if (!pattern) {
    const esc = escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    pattern = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`);
    continuationPatterns.set(escapeChar, pattern);
  }
  return pattern;
}

/** BuildKit's `isComment`: `#` after leading white space. */
function isComment(line: string): boolean {
  return line.trimStart().startsWith('#');
}

/**
 * The instruction that starts on physical line `start` with its continuation lines, exactly as BuildKit
 * joins them: leading white space stripped from the first line only, comment and blank lines inside the
 * continuation dropped. Null when the line starts no instruction (blank, or a comment or directive).
 */
export function readLogicalLine(lines: readonly string[], start: number, escapeChar: string): LogicalLine | null {
  const raw = lines[start]!;
  const first = raw.trimStart();
  if (first === '' || first.startsWith('#')) return null;
  const column = raw.length - first.length;
  const continuation = continuationPattern(escapeChar);
  const starts: LineStart[] = [{ offset: 0, line: start + 1 }];
  const emptyLines: number[] = [];
  let match = continuation.exec(first);
  if (!match) return { text: first, firstLine: start, column, lastLine: start, starts, emptyLines };

  const parts: string[] = [first.slice(0, match.index) + (match[1] ?? '')];
  let length = parts[0]!.length;
  const physicalLines = physicalLineCount(lines);
  let i = start + 1;
  let lastKept = start;
  for (; i < physicalLines; i++) {
    const line = lines[i]!;
    if (line.trimStart() === '') {
      emptyLines.push(i + 1);
      continue;
    }
    if (isComment(line)) continue;
    lastKept = i;
    starts.push({ offset: length, line: i + 1 });
    match = continuation.exec(line);
    const kept = match ? line.slice(0, match.index) + (match[1] ?? '') : line;
    parts.push(kept);
    length += kept.length;
    if (!match) break;
  }
  // A continuation that runs off the end of the file ends on the file's last line, as BuildKit reads it.
  const lastLine = i < physicalLines ? i : Math.max(lastKept, physicalLines - 1);
  return { text: parts.join(''), firstLine: start, column, lastLine, starts, emptyLines };
}

/** A heredoc an instruction line opens: `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`. */
export interface HeredocMarker {
  name: string;
  chomp: boolean;
  quoted: boolean;
}

// BuildKit's `reHeredoc`: a name cannot contain `<`, so the here-string `<<<` is not a heredoc.
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;

const quoteCount = (text: string) => (text.match(/["']/g) ?? []).length;

/**
 * The heredocs a RUN, COPY or ADD line opens, as BuildKit's `heredocsFromLine` finds them: the whole
 * logical line split into words on unquoted white space, with `\` as escape whatever the escape
 * directive says and quotes kept — so `"a <<EOF"` is one word and opens nothing, and neither does
 * `cat<<EOF` — then each word matched whole. A marker whose name is not one word once unquoted opens
 * nothing; a name with quotes turns off expansion in the body.
 */
export function heredocMarkers(line: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  for (const word of parseWords(line, '\\')) {
    const m = HEREDOC_WORD.exec(word);
    if (!m || m[3] === '') continue;
    const rawName = m[3]!;
    const unquoted = expandWord(rawName, emptyLookup, { escapeChar: '\\', keepUnset: true });
    if (unquoted.error || unquoted.words.length !== 1) continue;
    const name = unquoted.words[0]!;
    markers.push({ name, chomp: m[2] === '-', quoted: quoteCount(name) !== quoteCount(rawName) });
  }
  return markers;
}

export interface HeredocBodies {
  heredocs: Heredoc[];
  /** 0-based index of the last line read: the last terminator, or the file's last line. */
  lastLine: number;
  /** The name of a heredoc the file ends inside, else null. */
  unterminated: string | null;
}

/**
 * The bodies of `markers`, one after the other from the line after `lastLine`: each runs up to the line
 * that is exactly its name (leading tabs removed first for `<<-`).
 */
export function readHeredocBodies(lines: readonly string[], markers: readonly HeredocMarker[], lastLine: number): HeredocBodies {
  const heredocs: Heredoc[] = [];
  const physicalLines = physicalLineCount(lines);
  let line = lastLine;
  for (const { name, chomp, quoted } of markers) {
    const body: string[] = [];
    const bodyStart = line + 2;
    let terminated = false;
    while (line + 1 < physicalLines) {
      line++;
      const candidate = chomp ? lines[line]!.replace(/^\t+/, '') : lines[line]!;
      if (candidate === name) {
        terminated = true;
        break;
      }
      body.push(lines[line]!);
    }
    heredocs.push({ name, content: body.join('\n'), line: bodyStart, chomp, quoted });
    if (!terminated) return { heredocs, lastLine: line, unterminated: name };
  }
  return { heredocs, lastLine: line, unterminated: null };
}
