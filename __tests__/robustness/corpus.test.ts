/**
 * Lints a corpus of real-world Dockerfiles, when one is on the machine: STAGECRAFT_CORPUS names its
 * folder (default /tmp/stagecraft-corpus/public; every file in it but `*.json` metadata is a Dockerfile).
 * Nothing may crash, no rule may fail (`internal-error`), every file appears in the report exactly once
 * and every finding points inside its file. Skipped, saying why, when there is no corpus.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/files/lint-files.js';
import { readDockerfileText } from '../../src/files/read.js';
import { findingViolations } from './invariants.js';

const CORPUS = process.env.STAGECRAFT_CORPUS ?? '/tmp/stagecraft-corpus/public';
const present = existsSync(CORPUS) && statSync(CORPUS).isDirectory();

if (!present) {
  console.info(`corpus test skipped: no corpus at ${CORPUS} (set STAGECRAFT_CORPUS to a folder of Dockerfiles)`);
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
}

describe.skipIf(!present)(`the corpus at ${CORPUS}`, () => {
  it(
    'lints every file once, with no crash, no internal error, and findings inside each file',
    async () => {
      const names = corpusFiles(CORPUS);
      expect(names.length).toBeGreaterThan(0);
      // The corpus folder is its own root: no configuration above it applies.
      const report = await lintFiles(
        names.map((name) => join(CORPUS, name)),
        { root: CORPUS, displayPath: (path) => path.slice(CORPUS.length + 1) },
      );

      expect(report.errors).toEqual([]);
      expect(report.files.map((f) => f.path).sort()).toEqual(names);

      const violations: string[] = [];
      let findings = 0;
      let parseErrors = 0;
      const parseErrorFiles: string[] = [];
      for (const file of report.files) {
        findings += file.findings.length;
        const fileParseErrors = file.findings.filter((f) => f.rule === 'parse-error').length;
        parseErrors += fileParseErrors;
        if (fileParseErrors > 0) parseErrorFiles.push(file.path);
        const read = readDockerfileText(join(CORPUS, file.path));
        const text = read.ok ? read.text : '';
        for (const v of findingViolations(text, file.findings)) violations.push(`${file.path}: ${v}`);
      }
      console.info(
        `corpus: ${report.files.length} files, ${findings} findings, ${parseErrors} parse-errors in ${parseErrorFiles.length} files` +
          (parseErrorFiles.length ? ` (${parseErrorFiles.slice(0, 5).join(', ')}${parseErrorFiles.length > 5 ? ', …' : ''})` : ''),
      );
      expect(violations).toEqual([]);
    },
    // A guard against a hang, not a speed goal: ShellCheck over ~900 files takes 1–2 minutes on a busy 2-core machine.
    300_000,
  );
});
