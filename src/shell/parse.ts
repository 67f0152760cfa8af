/**
 * A small POSIX-shell reader for RUN scripts: enough structure to find every command that would run
 * (through `&&`, `||`, `;`, pipes, subshells, `{ }`, `if`/`while`/`for`/`case` bodies, functions,
 * `$( )` and backticks) with its words, quotes removed. It is not an interpreter: expansions stay as
 * written (`$HOME`, `$(uname -m)`), and a script it cannot follow yields the commands it could read
 * rather than an error — a linter must not crash on a creative RUN line.
 */

export interface ShellWord {
  /** The word with quotes and escapes removed; expansions kept as written. */
  value: string;
  /** The word as written. */
  raw: string;
  /** Offset of the word in the script. */
  offset: number;
  /** Whether any part was quoted (a quoted `*` is not a glob). */
  quoted: boolean;
  /** Whether the word contains an expansion (`$x`, `$(…)`, backticks). */
  dynamic: boolean;
}

export interface Assignment {
  name: string;
  value: string;
}

export type Separator = '&&' | '||' | ';' | '&' | '|' | null;

export interface ShellCommand {
  /** The command word as written (`apt-get`, `/usr/bin/pip3`); '' for a bare assignment. */
  name: string;
  /** The command word's last path component (`pip3`). */
  base: string;
  /** Words after the command name. */
  args: ShellWord[];
  /** `NAME=value` words before the command name. */
  assignments: Assignment[];
  /** Where the command starts in the script. */
  offset: number;
  /** The operator that joined this command to the previous one in its list (null for the first). */
  before: Separator;
  /** Whether stdout goes into a pipe. */
  piped: boolean;
  /** Redirection targets, e.g. `>` `/dev/null`. */
  redirects: { op: string; target: string }[];
  /** Nesting: 0 at top level; inside `$( )`, backticks, subshells and compound bodies it is deeper. */
  depth: number;
  /** Inside `$( )` or backticks: its output is used as a value, not run for its effects alone. */
  substitution: boolean;
  /**
   * Inside a `$( )` or backticks whose exit status nothing reads: an argument (`echo "$(a | b)"`), a
   * `for` or `case` word, a redirection target, a command name. Only a bare assignment (`x=$(a | b)`)
   * passes a substitution's status on. Absent means false.
   */
  statusIgnored?: boolean;
}

export interface ParsedScript {
  source: string;
  /** Every command, in the order it appears. */
  commands: ShellCommand[];
  /** Whether any pipeline has more than one command. */
  hasPipes: boolean;
  /** Reading stopped early at an unbalanced quote or bracket; what came before is in `commands`. */
  incomplete: boolean;
}

const MAX_SUBSTITUTION_DEPTH = 32;

const RESERVED_OPENERS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_CLOSERS = new Set(['fi', 'done', 'esac', '}']);
/** Openers whose body ends at a closer; `then`/`do`/`else` continue a body already opened. */
const COMPOUND_OPENERS = new Set(['if', 'while', 'until', '{']);

type Token =
  | { kind: 'word'; word: ShellWord }
  | { kind: 'op'; op: string; offset: number }
  | { kind: 'newline'; offset: number };

class Lexer {
  pos = 0;
  incomplete = false;
  /** Commands found inside `$( )` and backticks while reading words. */
  readonly nested: ShellCommand[] = [];
  private pendingHeredocs: { delimiter: string; strip: boolean }[] = [];

  constructor(
    private readonly src: string,
    private readonly depth: number,
  ) {}

  private peek(n = 0): string {
    return this.src[this.pos + n] ?? '';
  }

  tokens(): Token[] {
    const out: Token[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.pos >= this.src.length) break;
      const ch = this.peek();
      if (ch === '#') {
        while (this.pos < this.src.length && this.peek() !== '\n') this.pos++;
        continue;
      }
      if (ch === '\n') {
        out.push({ kind: 'newline', offset: this.pos });
        this.pos++;
        this.readPendingHeredocs();
        continue;
      }
      const op = this.readOperator();
      if (op) {
        out.push({ kind: 'op', op, offset: this.pos - op.length });
        if (op === '<<' || op === '<<-') {
          this.skipBlanks();
          const start = this.pos;
          const word = this.readWord();
          if (word) {
            out.push({ kind: 'word', word });
            this.pendingHeredocs.push({ delimiter: word.value, strip: op === '<<-' });
          } else this.pos = start;
        }
        continue;
      }
      const word = this.readWord();
      // `2>/dev/null`: the descriptor number belongs to the redirection, not to the command's words.
      if (word && /^\d+$/.test(word.raw) && (this.peek() === '>' || this.peek() === '<')) continue;
      if (word) out.push({ kind: 'word', word });
      else this.pos++; // a stray character: skip it rather than loop
    }
    return out;
  }

  private skipBlanks(): void {
    for (;;) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t' || ch === '\r') this.pos++;
      else if (ch === '\\' && this.peek(1) === '\n') this.pos += 2;
      else break;
    }
  }

  private readPendingHeredocs(): void {
    for (const { delimiter, strip } of this.pendingHeredocs) {
      for (;;) {
        if (this.pos >= this.src.length) return;
        const end = this.src.indexOf('\n', this.pos);
        const line = this.src.slice(this.pos, end < 0 ? this.src.length : end);
        this.pos = end < 0 ? this.src.length : end + 1;
        if ((strip ? line.replace(/^\t+/, '') : line) === delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  private readOperator(): string | null {
    const three = this.src.slice(this.pos, this.pos + 3);
    for (const op of ['<<-', '&>>']) {
      if (three === op) {
        this.pos += 3;
        return op;
      }
    }
    const two = this.src.slice(this.pos, this.pos + 2);
    if (['&&', '||', ';;', '<<', '>>', '>&', '<&', '>|', '&>', '<>'].includes(two)) {
      // `<<<` is a here-string: treat like a redirection of the following word.
      if (two === '<<' && this.peek(2) === '<') {
        this.pos += 3;
        return '<<<';
      }
      this.pos += 2;
      return two;
    }
    const one = this.peek();
    if ('|&;()<>'.includes(one)) {
      this.pos++;
      return one;
    }
    return null;
  }

  /** Reads one word (quotes, escapes, expansions); null at an operator or blank. */
  private readWord(): ShellWord | null {
    const start = this.pos;
    let value = '';
    let quoted = false;
    let dynamic = false;
    while (this.pos < this.src.length) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || '|&;()<>'.includes(ch)) {
        // `2>` and `<(`: a digit before a redirection belongs to the operator, not the word.
        break;
      }
      if (ch === '\\') {
        if (this.peek(1) === '\n') {
          this.pos += 2;
          continue;
        }
        value += this.peek(1);
        quoted = true;
        this.pos += 2;
        continue;
      }
      if (ch === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) {
          this.incomplete = true;
          value += this.src.slice(this.pos + 1);
          this.pos = this.src.length;
          break;
        }
        value += this.src.slice(this.pos + 1, end);
        quoted = true;
        this.pos = end + 1;
        continue;
      }
      if (ch === '"') {
        quoted = true;
        this.pos++;
        const inner = this.readDoubleQuoted();
        value += inner.value;
        dynamic ||= inner.dynamic;
        continue;
      }
      const expansion = this.readExpansion();
      if (expansion !== null) {
        value += expansion;
        dynamic = true;
        continue;
      }
      value += ch;
      this.pos++;
    }
    if (this.pos === start) return null;
    return { value, raw: this.src.slice(start, this.pos), offset: start, quoted, dynamic };
  }

  private readDoubleQuoted(): { value: string; dynamic: boolean } {
    let value = '';
    let dynamic = false;
    while (this.pos < this.src.length) {
      const ch = this.peek();
      if (ch === '"') {
        this.pos++;
        return { value, dynamic };
      }
      if (ch === '\\' && '"\\$`\n'.includes(this.peek(1))) {
        if (this.peek(1) !== '\n') value += this.peek(1);
        this.pos += 2;
        continue;
      }
      const expansion = this.readExpansion();
      if (expansion !== null) {
        value += expansion;
        dynamic = true;
        continue;
      }
      value += ch;
      this.pos++;
    }
    this.incomplete = true;
    return { value, dynamic };
  }

  /** A `$…` or backtick expansion at the cursor, as written; null when the cursor is on neither. */
  private readExpansion(): string | null {
    const ch = this.peek();
    if (ch === '$') return this.readDollar();
    if (ch === '`') return this.readBackticks();
    return null;
  }

  /** `$x`, `${…}`, `$(…)`, `$((…))`, `$'…'`: returns the text as written, parsing `$( )` for its commands. */
  private readDollar(): string {
    const start = this.pos;
    this.pos++;
    const ch = this.peek();
    if (ch === '(' && this.peek(1) === '(') {
      this.skipBalanced('((', '))');
    } else if (ch === '(') {
      this.pos++;
      const innerStart = this.pos;
      const innerEnd = this.findClosingParen();
      const inner = this.src.slice(innerStart, innerEnd);
      this.collectNested(inner, innerStart);
      this.pos = Math.min(this.src.length, innerEnd + 1);
    } else if (ch === '{') {
      this.skipBalanced('{', '}');
    } else if (ch === "'") {
      const end = this.src.indexOf("'", this.pos + 1);
      this.pos = end < 0 ? this.src.length : end + 1;
      if (end < 0) this.incomplete = true;
      return this.src.slice(start + 2, end < 0 ? undefined : end);
    } else if (/[A-Za-z_]/.test(ch)) {
      while (/[A-Za-z0-9_]/.test(this.peek())) this.pos++;
    } else if (/[0-9@*#?$!-]/.test(ch)) {
      this.pos++;
    }
    return this.src.slice(start, this.pos);
  }

  private readBackticks(): string {
    const start = this.pos;
    let i = this.pos + 1;
    while (i < this.src.length && this.src[i] !== '`') i += this.src[i] === '\\' ? 2 : 1;
    if (i >= this.src.length) this.incomplete = true;
    this.collectNested(this.src.slice(start + 1, i).replace(/\\([`$\\])/g, '$1'), start + 1);
    this.pos = Math.min(this.src.length, i + 1);
    return this.src.slice(start, this.pos);
  }

  private collectNested(inner: string, offset: number): void {
    // Substitutions nest by recursion: past a sane depth, leave the inner text unread.
    if (this.depth >= MAX_SUBSTITUTION_DEPTH) {
      this.incomplete = true;
      return;
    }
    const parsed = parseShellAt(inner, this.depth + 1);
    for (const c of parsed.commands) this.nested.push({ ...c, offset: c.offset + offset, substitution: true });
    if (parsed.incomplete) this.incomplete = true;
  }

  /**
   * Position of the `)` closing a `$(` whose body starts at this.pos, honouring quotes, nesting, and the
   * unbalanced `)` that ends each pattern of a `case` inside the substitution.
   */
  private findClosingParen(): number {
    let depth = 1;
    const caseDepths: number[] = [];
    let i = this.pos;
    while (i < this.src.length) {
      const ch = this.src[i]!;
      const atWordStart = i === this.pos || /[\s;(|&]/.test(this.src[i - 1]!);
      if (atWordStart && /^case\s/.test(this.src.slice(i, i + 5))) {
        caseDepths.push(depth);
        i += 4;
        continue;
      }
      if (atWordStart && /^esac(?![\w-])/.test(this.src.slice(i, i + 5)) && caseDepths.length > 0) {
        caseDepths.pop();
        i += 4;
        continue;
      }
      if (ch === ')' && caseDepths[caseDepths.length - 1] === depth) {
        i++;
        continue;
      }
      if (ch === '\\') i += 2;
      else if (ch === "'") {
        const end = this.src.indexOf("'", i + 1);
        i = end < 0 ? this.src.length : end + 1;
      } else if (ch === '"') {
        i++;
        while (i < this.src.length && this.src[i] !== '"') i += this.src[i] === '\\' ? 2 : 1;
        i++;
      } else if (ch === '(') {
        depth++;
        i++;
      } else if (ch === ')') {
        depth--;
        if (depth === 0) return i;
        i++;
      } else i++;
    }
    this.incomplete = true;
    return this.src.length;
  }

  private skipBalanced(open: string, close: string): void {
    let depth = 0;
    while (this.pos < this.src.length) {
      if (this.src.startsWith(open, this.pos)) {
        depth++;
        this.pos += open.length;
      } else if (this.src.startsWith(close, this.pos)) {
        depth--;
        this.pos += close.length;
        if (depth === 0) return;
      } else if (this.peek() === '\\') this.pos += 2;
      else this.pos++;
    }
    this.incomplete = true;
  }
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)([\s\S]*)$/;
const REDIRECTION_OPS = new Set(['<', '>', '>>', '>&', '<&', '>|', '&>', '&>>', '<>', '<<', '<<-', '<<<']);

/** Parses a script; never throws. */
export function parseShell(source: string): ParsedScript {
  return parseShellAt(source, 0);
}

function parseShellAt(source: string, depth: number): ParsedScript {
  const lexer = new Lexer(source, depth);
  const tokens = lexer.tokens();
  const commands: ShellCommand[] = [];
  let hasPipes = false;

  let current: ShellCommand | null = null;
  let nextBefore: Separator = null;
  let nesting = 0;
  // if/while/until/for/case/{ } bodies: their commands are one level deeper, like a subshell's.
  let compound = 0;
  let expectName = true;
  // `for x in a b c`, `case $x in`: words that are not commands until `do`/`in` ends the header.
  let skipUntil: string | null = null;
  let caseDepth = 0;
  let awaitingCasePattern = false;
  // Where each command's `NAME=value` words are: a bare assignment passes on the status of its substitutions.
  const assignmentWords = new Map<ShellCommand, [number, number][]>();

  const finish = (sep: Separator) => {
    if (current && (current.name !== '' || current.assignments.length > 0)) {
      current.piped = sep === '|';
      if (sep === '|') hasPipes = true;
      commands.push(current);
    }
    current = null;
    expectName = true;
    nextBefore = sep;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'newline') {
      if (current) finish(';');
      else if (nextBefore === null || nextBefore === ';') nextBefore = ';';
      if (skipUntil === 'in-case') skipUntil = null;
      continue;
    }
    if (token.kind === 'op') {
      const op = token.op;
      if (REDIRECTION_OPS.has(op)) {
        const next = tokens[i + 1];
        if (next && next.kind === 'word') {
          if (current) current.redirects.push({ op, target: next.word.value });
          i++;
        }
        continue;
      }
      if (op === '(' || op === ')') {
        if (op === '(' && awaitingCasePattern) continue;
        if (op === ')' && caseDepth > 0 && awaitingCasePattern) {
          awaitingCasePattern = false;
          expectName = true;
          continue;
        }
        if (current && op === '(' && current.name !== '' && current.args.length === 0) {
          // `name() { …; }`: a function definition; its body's commands follow.
          current = null;
          const close = tokens[i + 1];
          if (close && close.kind === 'op' && close.op === ')') i++;
          expectName = true;
          continue;
        }
        finish(op === ')' ? ';' : nextBefore);
        nesting += op === '(' ? 1 : -1;
        continue;
      }
      if (op === ';;') {
        finish(';');
        awaitingCasePattern = true;
        continue;
      }
      finish(op === '&&' || op === '||' || op === '|' || op === '&' || op === ';' ? op : ';');
      continue;
    }

    const word = token.word;
    if (skipUntil) {
      if (skipUntil === 'do' && word.value === 'do') {
        skipUntil = null;
        expectName = true;
        compound++;
      } else if (skipUntil === 'in-case' && word.value === 'in') {
        skipUntil = null;
        awaitingCasePattern = true;
      }
      continue;
    }
    if (awaitingCasePattern) {
      if (word.value === 'esac') {
        awaitingCasePattern = false;
        caseDepth--;
        compound = Math.max(0, compound - 1);
      }
      continue;
    }
    if (!current && expectName) {
      if (RESERVED_OPENERS.has(word.value)) {
        if (COMPOUND_OPENERS.has(word.value)) compound++;
        continue;
      }
      if (RESERVED_CLOSERS.has(word.value)) {
        if (word.value === 'esac') caseDepth = Math.max(0, caseDepth - 1);
        compound = Math.max(0, compound - 1);
        continue;
      }
      if (word.value === 'for' || word.value === 'select') {
        skipUntil = 'do';
        continue;
      }
      if (word.value === 'case') {
        skipUntil = 'in-case';
        caseDepth++;
        compound++;
        continue;
      }
      if (word.value === 'function') continue;
    }
    if (!current) {
      current = {
        name: '',
        base: '',
        args: [],
        assignments: [],
        offset: word.offset,
        before: nextBefore,
        piped: false,
        redirects: [],
        depth: depth + nesting + compound,
        substitution: false,
      };
    }
    if (current.name === '') {
      const m = ASSIGNMENT.exec(word.value);
      if (m && !word.raw.startsWith('"') && !word.raw.startsWith("'")) {
        current.assignments.push({ name: m[1]!, value: m[3]! });
        (assignmentWords.get(current) ?? assignmentWords.set(current, []).get(current)!).push([word.offset, word.offset + word.raw.length]);
        continue;
      }
      current.name = word.value;
      current.base = word.value.slice(word.value.lastIndexOf('/') + 1);
      expectName = false;
      continue;
    }
    current.args.push(word);
  }
  finish(null);

  const statusCarriers = commands.filter((c) => c.name === '').flatMap((c) => assignmentWords.get(c) ?? []);
  for (const nested of lexer.nested) {
    if (!statusCarriers.some(([start, end]) => nested.offset >= start && nested.offset < end)) nested.statusIgnored = true;
  }
  // Commands inside substitutions run too: list them after their host, in source order.
  const all = [...commands, ...lexer.nested].sort((a, b) => a.offset - b.offset);
  return { source, commands: all, hasPipes: hasPipes || lexer.nested.some((c) => c.piped), incomplete: lexer.incomplete };
}
