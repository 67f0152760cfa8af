/**
 * Variable expansion as BuildKit performs it on instruction words (`shell/lex.go`): `$VAR`, `${VAR}`,
 * `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${VAR#pat}`, `${VAR%pat}`,
 * `${VAR/pat/repl}`, quotes and the escape character. It reports which names it found and which it did
 * not, because UndefinedVar and UndefinedArgInFrom are defined by exactly those sets.
 *
 * It never throws: a syntax error BuildKit would fail the build on comes back in `error`.
 */

export interface VariableLookup {
  get(name: string): string | undefined;
}

export interface ExpandOptions {
  escapeChar?: string;
  /** Keep quote characters as literal text (BuildKit's SkipProcessQuotes, used for `ADD`/`COPY` sources in raw mode). */
  skipQuotes?: boolean;
  /** Leave unknown variables as written instead of expanding them to nothing. */
  keepUnset?: boolean;
}

export interface Expansion {
  /** The word with variables substituted and quotes removed. */
  result: string;
  /** The words of the result split on unquoted white space. */
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
  /**
   * Unset variables every use of which supplies its own value (`${GPU:-cpu}`, `${GPU:+gpu-}`): the
   * result is what BuildKit builds when nobody passes them, not a guess.
   */
  defaulted: Set<string>;
  error: string | null;
}

class ExpandError extends Error {}

const EOF = '';

/** `${a:-${b:-…}}` nests by recursion; past this depth a word is reported as an error instead. */
const MAX_NESTING = 64;

export function mapLookup(map: ReadonlyMap<string, string | null | undefined>): VariableLookup {
  return {
    get(name) {
      const v = map.get(name);
      return v === null || v === undefined ? undefined : v;
    },
  };
}

export const emptyLookup: VariableLookup = { get: () => undefined };

export function expandWord(word: string, env: VariableLookup, options: ExpandOptions = {}): Expansion {
  // Most words hold nothing to expand or unquote: no need to run the lexer over them.
  if (isPlain(word, options.escapeChar ?? '\\')) {
    return { result: word, words: word.split(/[ \t\n\r\v\f]+/).filter((w) => w !== ''), matched: new Set(), unmatched: new Set(), defaulted: new Set(), error: null };
  }
  const lexer = new WordLexer(word, env, options);
  try {
    const { text, words } = lexer.processStopOn(EOF, false);
    return { result: text, words, matched: lexer.matched, unmatched: lexer.unmatched, defaulted: lexer.defaulted(), error: null };
  } catch (err) {
    if (!(err instanceof ExpandError)) throw err;
    return { result: word, words: [word], matched: lexer.matched, unmatched: lexer.unmatched, defaulted: new Set(), error: err.message };
  }
}

function isPlain(word: string, escapeChar: string): boolean {
  return !/[$'"<]/.test(word) && !word.includes(escapeChar);
}

/** The variable names a word refers to, in order of first use (quotes and escapes honoured). */
export function referencedVariables(word: string, escapeChar = '\\'): string[] {
  if (!word.includes('$')) return [];
  const { matched, unmatched } = expandWord(word, emptyLookup, { escapeChar });
  return [...new Set([...matched, ...unmatched])];
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}

function isNameChar(ch: string): boolean {
  return /[\p{L}\p{N}_]/u.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

class Words {
  private buf = '';
  private inWord = false;
  readonly list: string[] = [];

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.buf.length > 0) {
        this.list.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else {
      this.addRaw(ch);
    }
  }

  addRaw(text: string): void {
    this.buf += text;
    this.inWord = true;
  }

  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }

  finish(): string[] {
    if (this.buf.length > 0) {
      this.list.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.list;
  }
}

class WordLexer {
  private readonly chars: string[];
  private pos = 0;
  private readonly escape: string;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  /** Names looked up other than through `-`/`+` (with or without `:`), whose value the result depends on. */
  private readonly bare = new Set<string>();
  private rawEscapes = false;
  private nesting = 0;

  constructor(
    word: string,
    private readonly env: VariableLookup,
    private readonly options: ExpandOptions,
  ) {
    this.chars = Array.from(word);
    this.escape = options.escapeChar ?? '\\';
  }

  private peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos]! : EOF;
  }

  private next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++]! : EOF;
  }

  processStopOn(stopChar: string, rawEscapes: boolean): { text: string; words: string[] } {
    if (this.nesting >= MAX_NESTING) throw new ExpandError(`substitutions nested more than ${MAX_NESTING} deep`);
    const savedRaw = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    this.nesting++;
    try {
      let result = '';
      const words = new Words();
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return { text: result, words: words.finish() };
        }
        if (ch === '$') {
          const value = this.processDollar();
          result += value;
          words.addString(value);
        } else if (ch === '<') {
          const value = this.processPossibleHeredoc();
          result += value;
          words.addRaw(value);
        } else if (!this.options.skipQuotes && ch === "'") {
          const value = this.processSingleQuote();
          result += value;
          words.addRaw(value);
        } else if (!this.options.skipQuotes && ch === '"') {
          const value = this.processDoubleQuote();
          result += value;
          words.addRaw(value);
        } else {
          let c = this.next();
          if (c === this.escape) {
            if (this.rawEscapes) {
              words.addRaw(c);
              result += c;
            }
            c = this.next();
            if (c === EOF) break;
            words.addRaw(c);
          } else {
            words.addChar(c);
          }
          result += c;
        }
      }
      if (stopChar !== EOF) {
        throw new ExpandError(`unexpected end of statement while looking for matching ${stopChar}`);
      }
      return { text: result, words: words.finish() };
    } finally {
      this.rawEscapes = savedRaw;
      this.nesting--;
    }
  }

  private processSingleQuote(): string {
    this.next();
    let result = '';
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new ExpandError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    this.next();
    let result = '';
    for (;;) {
      const ch = this.peek();
      if (ch === EOF) throw new ExpandError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.next();
        return result;
      }
      if (ch === '$') {
        result += this.processDollar();
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (this.rawEscapes) result += c;
        const following = this.peek();
        if (following === EOF) continue;
        if (following === '"' || following === '$' || following === this.escape) c = this.next();
      }
      result += c;
    }
  }

  /** Unset names only ever read through a default or an alternative. */
  defaulted(): Set<string> {
    return new Set([...this.unmatched].filter((n) => !this.bare.has(n)));
  }

  private lookup(name: string, withDefault = false): string | undefined {
    if (!withDefault) this.bare.add(name);
    const value = this.env.get(name);
    if (value !== undefined) this.matched.add(name);
    else this.unmatched.add(name);
    return value;
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && SPECIAL_PARAMS.has(ch)) return this.next();
      if (!isNameChar(ch)) break;
      name += this.next();
    }
    return name;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.lookup(name);
      if (value === undefined && this.options.keepUnset) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ExpandError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ExpandError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let modifier = ch;
    let nullIsUnset = false;
    switch (ch) {
      case '}': {
        const value = this.lookup(name);
        if (value === undefined && this.options.keepUnset) return `\${${name}}`;
        return value ?? '';
      }
      case ':':
      case '+':
      case '-':
      case '?':
      case '#':
      case '%': {
        if (ch === ':') {
          nullIsUnset = true;
          ch = this.next();
          modifier += ch;
        }
        const raw = ch === '#' || ch === '%';
        if (nullIsUnset && raw) throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
        if (!['+', '-', '?', '#', '%'].includes(ch)) {
          throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
        }
        let word: string;
        try {
          word = this.processStopOn('}', raw).text;
        } catch (err) {
          if (this.peek() === EOF) throw new ExpandError("syntax error: missing '}'");
          throw err;
        }
        const value = this.lookup(name, ch === '-' || ch === '+');
        if (value === undefined && this.options.keepUnset) return `\${${name}${modifier}${word}}`;
        const unsetOrNull = value === undefined || (nullIsUnset && value === '');
        switch (ch) {
          case '-':
            return unsetOrNull ? word : value!;
          case '+':
            return unsetOrNull ? '' : word;
          case '?':
            if (value === undefined) throw new ExpandError(`${name}: ${word || 'is not allowed to be unset'}`);
            if (nullIsUnset && value === '') throw new ExpandError(`${name}: ${word || 'is not allowed to be empty'}`);
            return value;
          default: {
            let pattern = word;
            const greedy = pattern.startsWith(ch);
            if (greedy) pattern = pattern.slice(1);
            return ch === '%' ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
          }
        }
      }
      case '/': {
        const replaceAll = this.peek() === '/';
        if (replaceAll) this.next();
        let pattern: string;
        let replacement: string;
        try {
          pattern = this.processStopOn('/', true).text;
        } catch (err) {
          if (this.peek() === EOF) throw new ExpandError("syntax error: missing '/' in ${}");
          throw err;
        }
        try {
          replacement = this.processStopOn('}', true).text;
        } catch (err) {
          if (this.peek() === EOF) throw new ExpandError("syntax error: missing '}'");
          throw err;
        }
        const value = this.lookup(name);
        if (value === undefined && this.options.keepUnset) return `\${${name}/${pattern}/${replacement}}`;
        const re = shellPatternToRegex(pattern, true, false, replaceAll);
        return (value ?? '').replace(re, () => replacement);
      }
      default:
        throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let space = '';
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\r') space += this.next();
    return '<<' + space;
  }
}

function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const star = greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i]!;
    if (tok === '*') out += star;
    else if (tok === '?') out += '[\\s\\S]';
    else if (tok === '\\') {
      const following = chars[i + 1];
      if (following === '}' || following === '/') continue;
      if (following !== '*' && following !== '?' && following !== '\\') {
        throw new ExpandError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${following ?? ''}'`);
      }
      out += '\\' + following;
      i++;
    } else out += tok.replace(/[[\]{}.+()|^$]/g, (c) => '\\' + c);
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = shellPatternToRegex(pattern, greedy, true).exec(value);
  return match ? value.slice(match[0].length) : value;
}

function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = chars[i]!;
    if (tok === '\\' && i !== last) {
      out[last - i - 1] = tok;
      out[last - i] = chars[i + 1]!;
      i += 2;
    } else {
      out[last - i] = tok;
      i++;
    }
  }
  return out.join('');
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const reversed = Array.from(value).reverse().join('');
  return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy)).reverse().join('');
}
