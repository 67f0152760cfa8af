import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDockerfile } from '../../src/files/read.js';
import { buildStageGraph } from '../../src/graph/build.js';
import { diffStageGraphs } from '../../src/graph/diff.js';
import { GITHUB_MERMAID_BUDGET } from '../../src/graph/budget.js';
import { renderMermaid } from '../../src/graph/mermaid.js';
import { model } from './helpers.js';
import { mermaidParseError } from './mermaid-parser.js';

/**
 * Every Dockerfile of the public corpus, drawn and handed to the real Mermaid parser; and each file
 * diffed against the next one, which exercises the diff on unrelated pairs. A failure lists the files.
 */
const CORPUS = process.env.STAGECRAFT_CORPUS ?? '/tmp/stagecraft-corpus/public';
const present = existsSync(CORPUS) && statSync(CORPUS).isDirectory();
const files = present ? readdirSync(CORPUS).filter((f) => statSync(join(CORPUS, f)).isFile()).sort() : [];

if (!present) console.warn(`corpus graphs skipped: no corpus at ${CORPUS} (set STAGECRAFT_CORPUS to a folder of Dockerfiles)`);

describe.skipIf(!present)(`Mermaid of every corpus file (${CORPUS})`, () => {
  const texts = files.map((f) => {
    const read = decodeDockerfile(readFileSync(join(CORPUS, f)));
    return read.ok ? read.text : '';
  });

  it('each file\'s graph parses', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    let parsed = 0;
    for (const [i, file] of files.entries()) {
      const rendering = renderMermaid(buildStageGraph(model(texts[i]!)));
      const error = await mermaidParseError(rendering.text);
      if (error) failures.push(`${file}: ${error.split('\n')[0]}`);
      else parsed++;
      expect(rendering.text.length).toBeLessThanOrEqual(GITHUB_MERMAID_BUDGET.maxTextLength);
    }
    console.info(`corpus: ${parsed} of ${files.length} graphs parsed by mermaid`);
    expect(failures).toEqual([]);
  });

  it('each file diffed against the next parses', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    for (let i = 0; i + 1 < files.length; i++) {
      const rendering = renderMermaid(diffStageGraphs(model(texts[i]!), model(texts[i + 1]!)));
      const error = await mermaidParseError(rendering.text);
      if (error) failures.push(`${files[i]} → ${files[i + 1]}: ${error.split('\n')[0]}`);
    }
    expect(failures).toEqual([]);
  });
});
