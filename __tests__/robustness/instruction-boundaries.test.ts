/**
 * Guards where the model's instructions start and end: an independent scanner of BuildKit's line rules
 * (`buildkit-line-scanner.ts`) reads each file a second way, and every instruction must have the same
 * keyword, first and last line in both. Run over hand-written fixtures of the tricky cases, the
 * Dockerfiles of the conformance cases, and — when one is on the machine — the corpus in
 * STAGECRAFT_CORPUS (default /tmp/stagecraft-corpus/public; every file but `*.json` metadata).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesPath, loadCases } from '../../scripts/conformance-lib.js';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { readDockerfileText } from '../../src/files/read.js';
import { scanInstructions } from './buildkit-line-scanner.js';

/** One line per instruction on which the scanner and the model disagree; [] when they agree. */
function boundaryDifferences(text: string): string[] {
  const scanned = scanInstructions(text).map((s) => `${s.keyword} ${s.line}-${s.endLine}`);
  const modelled = parseDockerfile(text).instructions.map((i) => `${i.rawKeyword.toUpperCase()} ${i.line}-${i.endLine}`);
  const differences: string[] = [];
  for (let i = 0; i < Math.max(scanned.length, modelled.length); i++) {
    if (scanned[i] !== modelled[i]) differences.push(`instruction ${i + 1}: BuildKit's rules read ${scanned[i] ?? 'nothing'}, the model ${modelled[i] ?? 'nothing'}`);
  }
  return differences;
}

const FIXTURES: Record<string, string> = {
  'escaped escape at a line end': 'FROM alpine\nRUN echo a\\\\\nRUN sudo ls\n',
  'escaped backtick under escape=`': '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a``\nRUN dir `\n  C:\\\n',
  'three escapes': 'FROM alpine\nRUN echo a\\\\\\\nRUN ls\n',
  'continuation through comments and blank lines': 'FROM alpine\nRUN apk add \\\n  # a comment \\\n\n  curl \\ \t\n  jq\nCMD ["sh"]\n',
  'a lone escape line': 'FROM alpine\nRUN a \\\n\\\n  b\nRUN c\n',
  'a continuation running off the end': 'FROM alpine\nRUN a \\\n\n# done\n',
  'heredoc marker in quotes': 'FROM alpine\nRUN echo "a <<EOF"\nRUN sudo ls\nCMD x\n',
  'heredoc marker in single quotes': "FROM alpine\nRUN echo 'cat <<EOF'\nRUN ls\n",
  'heredoc marker in an exec form': 'FROM alpine\nRUN ["sh", "-c", "cat <<EOF"]\nRUN sudo ls\n',
  'file-descriptor heredoc': 'FROM alpine\nRUN cat 3<<EOF\nhello\nEOF\nRUN ls\n',
  'ONBUILD heredoc': 'FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\nRUN ls\n',
  'two heredocs and a chomped one': 'FROM alpine\nCOPY <<A <<-B /dst/\na\nA\n\tb\n\tB\nRUN ls\n',
  'heredoc after flags and a continuation': 'FROM alpine\nRUN --mount=type=cache,target=/c \\\n  sh <<"EOF"\nset -e\nEOF\nRUN ls\n',
  'glued marker': 'FROM alpine\nRUN cat<<EOF\nEOF\n',
  'here-string': 'FROM alpine\nRUN grep x <<< "$V"\nRUN ls\n',
  'heredoc on a CMD is none': 'FROM alpine\nCMD cat <<EOF\nRUN ls\n',
  'unterminated heredoc': 'FROM alpine\nRUN <<EOF\necho\n',
  'indented directive and instructions': '  # escape=`\nFROM alpine\n  RUN echo a `\n  b\n',
  'directives end at a blank line': '\n# escape=`\nFROM alpine\nRUN echo a `\nRUN ls\n',
  'CRLF and a byte-order mark': '\uFEFFFROM alpine\r\nRUN echo \\\r\n  hi\r\nRUN ls\r\n',
};

describe('instruction boundaries: the model against an independent reading of BuildKit\'s line rules', () => {
  it.each(Object.entries(FIXTURES))('%s', (_name, text) => {
    expect(boundaryDifferences(text)).toEqual([]);
  });

  const cases = loadCases(casesPath());
  it.skipIf(cases === null)('the Dockerfiles of the conformance cases', () => {
    const differences = cases!.flatMap((c, i) => boundaryDifferences(c.dockerfile).map((d) => `case ${c.case_id ?? i} (${c.rule}): ${d}`));
    expect(differences).toEqual([]);
  });
});

const CORPUS = process.env.STAGECRAFT_CORPUS ?? '/tmp/stagecraft-corpus/public';
const corpusPresent = existsSync(CORPUS) && statSync(CORPUS).isDirectory();
if (!corpusPresent) {
  console.info(`instruction-boundaries corpus guard skipped: no corpus at ${CORPUS} (set STAGECRAFT_CORPUS to a folder of Dockerfiles)`);
}

describe.skipIf(!corpusPresent)(`instruction boundaries in the corpus at ${CORPUS}`, () => {
  it(
    'every file reads the same both ways',
    () => {
      const names = readdirSync(CORPUS, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
        .map((entry) => entry.name)
        .sort();
      expect(names.length).toBeGreaterThan(0);
      // Read and decoded as the linter reads them; a file it cannot read is the corpus test's concern.
      const differences = names.flatMap((name) => {
        const read = readDockerfileText(join(CORPUS, name));
        return read.ok ? boundaryDifferences(read.text).map((d) => `${name}: ${d}`) : [];
      });
      expect(differences).toEqual([]);
    },
    120_000,
  );
});
