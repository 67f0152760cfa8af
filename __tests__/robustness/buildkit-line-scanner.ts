/**
 * A second, independent reading of where a Dockerfile's instructions start and end, written from
 * BuildKit's documented line rules (the Dockerfile reference: parser directives, the escape character,
 * comments, here-documents) and its parser's behaviour, without any of the model's code. The guard test
 * compares it with the model: where they differ, one of them is wrong.
 *
 * The rules, as BuildKit applies them:
 * - lines end at `\n` (a `\r` before it is dropped); a byte-order mark before the first line is ignored;
 * - `# name=value` lines at the very top are parser directives (syntax, escape, check); the first other
 *   line ends them; `# escape=\`` makes the backtick the escape character;
 * - a line that is blank or starts with `#` (after blanks) starts nothing;
 * - the escape character at the end of a line (blanks may follow) continues the instruction on the next
 *   line, unless the character before it is the escape character too; blank and comment lines inside a
 *   continuation are skipped;
 * - a RUN, COPY or ADD (or ONBUILD of one) in the shell form whose line has a word `<<NAME`, `<<-NAME`
 *   or `3<<NAME` (words split at unquoted blanks, quotes kept) reads here-document bodies after it: each
 *   up to the line that is exactly NAME (with leading tabs removed for `<<-`).
 */

export interface ScannedInstruction {
  /** Upper-cased first word. */
  keyword: string;
  /** 1-based first line. */
  line: number;
  /** 1-based last line, here-document terminators included. */
  endLine: number;
}

const DIRECTIVE_NAMES = ['syntax', 'escape', 'check'];
const HEREDOC_INSTRUCTIONS = ['RUN', 'COPY', 'ADD'];

export function scanInstructions(text: string): ScannedInstruction[] {
  const lines = splitLines(text);
  let escape = '\\';
  let index = 0;
  for (; index < lines.length; index++) {
    const directive = /^\s*#\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(\S(?:.*\S)?)\s*$/.exec(lines[index]!);
    if (!directive || !DIRECTIVE_NAMES.includes(directive[1]!.toLowerCase())) break;
    if (directive[1]!.toLowerCase() === 'escape' && directive[2] === '`') escape = '`';
  }

  const found: ScannedInstruction[] = [];
  while (index < lines.length) {
    const head = lines[index]!.trimStart();
    if (head === '' || head.startsWith('#')) {
      index++;
      continue;
    }
    const first = index;
    let joined = withoutContinuation(head, escape);
    let open = continues(head, escape);
    while (open && index + 1 < lines.length) {
      index++;
      const next = lines[index]!;
      if (next.trim() === '' || next.trimStart().startsWith('#')) continue;
      joined += withoutContinuation(next, escape);
      open = continues(next, escape);
    }
    const words = joined.trim().split(/[ \t]+/);
    const keyword = (words[0] ?? '').toUpperCase();
    for (const marker of heredocMarkersOf(joined, words)) {
      while (index + 1 < lines.length) {
        index++;
        const candidate = marker.stripTabs ? lines[index]!.replace(/^\t+/, '') : lines[index]!;
        if (candidate === marker.name) break;
      }
    }
    found.push({ keyword, line: first + 1, endLine: index + 1 });
    index++;
  }
  return found;
}

function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Whether the line ends in an escape character that is not itself escaped. */
function continues(line: string, escape: string): boolean {
  const body = line.replace(/[ \t]+$/, '');
  if (!body.endsWith(escape)) return false;
  return body.length === 1 || body[body.length - 2] !== escape;
}

function withoutContinuation(line: string, escape: string): string {
  return continues(line, escape) ? line.replace(/[ \t]+$/, '').slice(0, -1) : line;
}

interface Marker {
  name: string;
  stripTabs: boolean;
}

function heredocMarkersOf(joined: string, words: string[]): Marker[] {
  let position = 0;
  if ((words[0] ?? '').toUpperCase() === 'ONBUILD') position = 1;
  if (!HEREDOC_INSTRUCTIONS.includes((words[position] ?? '').toUpperCase())) return [];
  const rest = words.slice(position + 1);
  while (rest[0]?.startsWith('--')) rest.shift();
  if (isJsonStringArray(rest.join(' '))) return [];

  const markers: Marker[] = [];
  for (const word of quotedWords(joined)) {
    const m = /^\d*<<(-?)(.+)$/.exec(word);
    if (!m || m[2]!.includes('<')) continue;
    const name = m[2]!.replace(/["'\\]/g, '');
    if (name !== '') markers.push({ name, stripTabs: m[1] === '-' });
  }
  return markers;
}

function isJsonStringArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

/** Words split at blanks outside quotes; quotes stay in the words, a backslash keeps the next character. */
function quotedWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === null && (ch === ' ' || ch === '\t')) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === '\\' && quote !== "'" && i + 1 < text.length) word += text[++i]!;
    else if (quote === null && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = null;
  }
  if (inWord) words.push(word);
  return words;
}
