/**
 * Word splitting the way BuildKit's parser does it before any expansion (`parser/line_parsers.go`,
 * `parser/split_command.go`): quotes are kept in the words, the escape character protects the next
 * character, white space separates.
 */

const WHITESPACE = /\s/;

/** Splits on unquoted white space, keeping quotes and escapes in the words (BuildKit's `parseWords`). */
export function parseWords(rest: string, escapeChar = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let blankOk = false;
  let quote = '';
  const chars = Array.from(rest);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escapeChar && quote !== "'") {
        if (i + 1 === chars.length) {
          quote = '';
          continue;
        }
        word += ch;
        i++;
        word += chars[i]!;
        continue;
      }
      word += ch;
      continue;
    }
    if (WHITESPACE.test(ch)) {
      if (inWord && (blankOk || word.length > 0)) words.push(word);
      word = '';
      inWord = false;
      blankOk = false;
      continue;
    }
    inWord = true;
    if (ch === "'" || ch === '"') {
      quote = ch;
      blankOk = true;
    }
    if (ch === escapeChar) {
      if (i + 1 === chars.length) continue;
      word += ch;
      i++;
      word += chars[i]!;
      continue;
    }
    word += ch;
  }
  if (inWord && (blankOk || word.length > 0)) words.push(word);
  return words;
}

export interface SplitFlags {
  /** Flag words without quotes, e.g. `--mount=type=cache,target=/x`. */
  flags: string[];
  /** What follows the flags, trimmed. */
  rest: string;
  /** Offset of `rest` in the input. */
  restOffset: number;
}

/** Takes the leading `--flag` words off an instruction's arguments (BuildKit's `extractBuilderFlags`). */
export function extractFlags(line: string, escapeChar = '\\'): SplitFlags {
  const flags: string[] = [];
  let word = '';
  let blankOk = false;
  let quote = '';
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  for (let pos = 0; pos <= line.length; pos++) {
    const ch = pos < line.length ? line[pos]! : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (WHITESPACE.test(ch)) continue;
      if (ch !== '-' || line[pos + 1] !== '-') return done(line, pos, flags);
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOk || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === 'word') {
      if (WHITESPACE.test(ch)) {
        phase = 'spaces';
        if (word === '--') return done(line, pos, flags);
        if (blankOk || word.length > 0) flags.push(word);
        word = '';
        blankOk = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOk = true;
        phase = 'quote';
        continue;
      }
      if (ch === escapeChar) {
        if (pos + 1 === line.length) continue;
        pos++;
        word += line[pos]!;
        continue;
      }
      word += ch;
      continue;
    }
    // phase === 'quote'
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === escapeChar) {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += line[pos]!;
      continue;
    }
    word += ch;
  }
  return { flags, rest: '', restOffset: line.length };
}

function done(line: string, pos: number, flags: string[]): SplitFlags {
  let start = pos;
  while (start < line.length && WHITESPACE.test(line[start]!)) start++;
  return { flags, rest: line.slice(start).trimEnd(), restOffset: start };
}

/** Parses `["a", "b"]` as BuildKit does for the exec form: a JSON array of strings, else null. */
export function parseExecForm(args: string): string[] | null {
  const text = args.trim();
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // Not JSON: the shell form.
  }
  return null;
}
