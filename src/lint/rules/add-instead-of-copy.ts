import { instructionToCheck, expandWord, scopeLookup, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { copyArgs, isArchiveName, stripQuotes } from './shared/copy-args.js';

/** What only ADD can do with a source: download it (`http(s)://`), or clone it (`git@…`, `ssh://…`). */
function isRemote(source: string): boolean {
  return /^(https?:\/\/|git@|ssh:\/\/)/i.test(stripQuotes(source));
}

function resolve(ins: Instruction, word: string, escapeChar: string): string | null {
  const exp = expandWord(word, scopeLookup(ins.scope), { escapeChar });
  return exp.error || exp.unmatched.size > 0 ? null : exp.result;
}

export const addInsteadOfCopy: Rule = {
  id: 'add-instead-of-copy',
  title: 'Use COPY instead of ADD for files and folders',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3020'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const add = instructionToCheck(ins);
      if (add.keyword !== 'ADD') continue;
      const args = copyArgs(add, df.escapeChar);
      if (!args) continue;
      const plain = args.sources.filter((source) => {
        // `ADD $URL …`: judge the value when the stage defines it; an unknown one is most likely a URL.
        const value = source.includes('$') ? resolve(add, source, df.escapeChar) : source;
        return value !== null && !isArchiveName(value) && !isRemote(value);
      });
      if (plain.length === 0) continue;
      const shown = plain.length === 1 ? `\`${plain[0]}\` is` : `${plain.map((s) => `\`${s}\``).join(', ')} are`;
      ctx.reportAt(
        ins,
        `Use COPY instead of ADD for files and folders: ${shown} neither a URL nor a tar archive, so ADD only copies — ` +
          `with its URL-fetching and auto-extracting behaviour waiting to surprise the next reader. Write \`COPY\` instead of \`${add.rawKeyword}\``,
      );
    }
  },
};
