import type { Dockerfile, Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/**
 * The comments BuildKit's parser attaches to each instruction: the comment lines since the previous
 * instruction, restarted by an empty `#`. Blank lines do not break the block (unlike what BuildKit's
 * documentation says, its parser keeps comments across them); parser directives are not comments.
 */
function precedingComments(df: Dockerfile): Map<Instruction, string[]> {
  const directiveLines = new Set(df.directives.map((d) => d.line));
  const out = new Map<Instruction, string[]>();
  let from = 1;
  for (const ins of df.instructions) {
    let comments: string[] = [];
    for (let line = from; line < ins.line; line++) {
      const raw = df.lines[line - 1]!;
      if (directiveLines.has(line) || !raw.trimStart().startsWith('#')) continue;
      // BuildKit drops the first character, whatever it is, then trims.
      const text = raw.slice(1).trim();
      comments = text === '' ? [] : [...comments, text];
    }
    out.set(ins, comments);
    from = ins.endLine + 1;
  }
  return out;
}

/** The names a description may start with: a stage's (lower-cased) name, or an ARG's keys. */
function definedNames(ins: Instruction, df: Dockerfile): string[] {
  if (ins.keyword === 'ARG') return ins.pairs.map((p) => p.key);
  if (ins.keyword === 'FROM') {
    const stage = df.stages.find((s) => s.from === ins);
    return stage?.name ? [stage.id] : [];
  }
  return [];
}

export const invalidDefinitionDescription: Rule = {
  id: 'invalid-definition-description',
  title: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`',
  severity: 'warning',
  scope: 'all',
  aliases: ['InvalidDefinitionDescription'],
  experimental: true,
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const [ins, comments] of precedingComments(df)) {
      const names = definedNames(ins, df);
      if (names.length === 0 || comments.length === 0) continue;
      const firstWord = comments[comments.length - 1]!.split(' ')[0]!;
      if (names.includes(firstWord)) continue;
      const example = names.length > 1 ? '<arg_key>' : names[0]!;
      ctx.reportAt(
        ins,
        `Comment for ${ins.keyword} should follow the format: \`# ${example} <description>\`: start the comment with the name, or end the description block with an empty \`#\` line if it is not one`,
      );
    }
  },
};
