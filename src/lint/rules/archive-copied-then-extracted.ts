import type { Instruction } from '../../dockerfile/index.js';
import { positionalArgs, runCommands, unwrap, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { copyArgs, isArchiveName, isHeredocSource, pathBasename } from './shared/copy-args.js';

const DECOMPRESSORS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

/**
 * `tar -xf`, `tar --extract`, `tar --get`, and the old bundled form `tar xzf` (its first word, without
 * a dash, is the option list).
 */
function isTarExtract(cmd: ShellCommand): boolean {
  if (cmd.base !== 'tar') return false;
  return cmd.args.some((arg, i) => {
    const v = arg.value;
    if (v === '--extract' || v === '--get') return true;
    if (/^-[A-Za-z]+$/.test(v)) return v.includes('x');
    return i === 0 && v.includes('x') && /^[AcdrtuxCfjJzZvkmOopPSwW]+$/.test(v);
  });
}

/** The basenames of the files a command unpacks (every non-flag argument of tar -x or a decompressor). */
function extractedNames(cmd: ShellCommand): string[] {
  if (!isTarExtract(cmd) && !DECOMPRESSORS.has(cmd.base)) return [];
  return positionalArgs(cmd).map(pathBasename);
}

interface CopiedArchive {
  copy: Instruction;
  name: string;
}

export const archiveCopiedThenExtracted: Rule = {
  id: 'archive-copied-then-extracted',
  title: 'Use ADD for extracting archives into an image',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3010'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    let copied: CopiedArchive[] = [];
    const extracted = new Map<CopiedArchive, number>();
    for (const ins of df.instructions) {
      if (ins.keyword === 'FROM') {
        copied = [];
        continue;
      }
      if (ins.keyword === 'COPY') {
        const args = copyArgs(ins, df.escapeChar);
        // Files copied from another stage or image are not in the build context: ADD cannot unpack them.
        if (!args || args.from !== null) continue;
        if (isArchiveName(args.destination)) copied.push({ copy: ins, name: pathBasename(args.destination) });
        else {
          const names = new Set(args.sources.filter((s) => !isHeredocSource(s) && isArchiveName(s)).map(pathBasename));
          for (const name of names) copied.push({ copy: ins, name });
        }
        continue;
      }
      if (ins.keyword !== 'RUN' || copied.length === 0) continue;
      for (const cmd of runCommands(ins).map(unwrap)) {
        const names = extractedNames(cmd);
        for (const archive of copied) {
          if (!extracted.has(archive) && names.includes(archive.name)) extracted.set(archive, ins.line);
        }
      }
    }
    for (const [archive, runLine] of extracted) {
      ctx.reportAt(
        archive.copy,
        `Use \`ADD\` for extracting archives into an image: \`${archive.name}\` is copied here and unpacked by the RUN on line ${runLine}, ` +
          'which keeps the archive in a layer. `ADD <archive> <dir>` unpacks a local tar archive in one step',
      );
    }
  },
};
