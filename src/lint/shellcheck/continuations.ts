type Context = { kind: 'code'; parens: number } | { kind: 'double' | 'single' | 'ansi' | 'backtick' | 'comment' };

/**
 * Which of a RUN's continuation points (offsets into its joined arguments, where BuildKit removed an
 * escape and a line break) can be written back as `\` and a line break, for the shell to remove just as
 * BuildKit did. Not inside single quotes or `$'…'`, where a backslash is literal; not inside a comment,
 * which a line break would end; not right after a backslash, which would escape ours. Elsewhere — plain
 * code, double quotes, `$( )`, backticks — the shell joins the lines itself.
 */
export function breakableContinuations(text: string, offsets: readonly number[]): boolean[] {
  const out: boolean[] = [];
  const stack: Context[] = [{ kind: 'code', parens: 0 }];
  let escaped = false;
  let next = 0;
  for (let i = 0; i <= text.length; i++) {
    while (next < offsets.length && offsets[next]! <= i) {
      const kind = stack[stack.length - 1]!.kind;
      out.push(!escaped && kind !== 'single' && kind !== 'ansi' && kind !== 'comment');
      next++;
    }
    if (i === text.length) break;
    const ch = text[i]!;
    if (escaped) {
      escaped = false;
      continue;
    }
    const top = stack[stack.length - 1]!;
    switch (top.kind) {
      case 'single':
        if (ch === "'") stack.pop();
        break;
      case 'ansi':
        if (ch === '\\') escaped = true;
        else if (ch === "'") stack.pop();
        break;
      case 'comment':
        break;
      case 'double':
        if (ch === '\\') escaped = true;
        else if (ch === '"') stack.pop();
        else if (ch === '`') stack.push({ kind: 'backtick' });
        else if (ch === '$' && text[i + 1] === '(') {
          stack.push({ kind: 'code', parens: 0 });
          i++;
        }
        break;
      default:
        if (ch === '\\') escaped = true;
        else if (ch === "'") stack.push({ kind: 'single' });
        else if (ch === '"') stack.push({ kind: 'double' });
        else if (ch === '`') {
          if (top.kind === 'backtick') stack.pop();
          else stack.push({ kind: 'backtick' });
        } else if (ch === '$' && (text[i + 1] === "'" || text[i + 1] === '(')) {
          stack.push(text[i + 1] === "'" ? { kind: 'ansi' } : { kind: 'code', parens: 0 });
          i++;
        } else if (ch === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1]!))) stack.push({ kind: 'comment' });
        else if (top.kind === 'code' && ch === '(') top.parens++;
        else if (top.kind === 'code' && ch === ')') {
          if (top.parens > 0) top.parens--;
          else if (stack.length > 1) stack.pop();
        }
    }
  }
  while (out.length < offsets.length) out.push(false);
  return out;
}
