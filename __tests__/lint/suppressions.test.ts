import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import type { Rule } from '../../src/lint/types.js';

/** Reports every RUN, so tests can see which ones a suppression removes. */
const everyRun: Rule = {
  id: 'every-run',
  title: 'test rule',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL9999', 'EveryRun'],
  checkFile(ctx) {
    for (const ins of ctx.dockerfile.instructions) if ((ins.trigger ?? ins).keyword === 'RUN') ctx.reportAt(ins, 'run');
  },
};
const otherRule: Rule = { ...everyRun, id: 'other-rule', aliases: ['DL9998'] };

function linesOf(text: string, rules: Rule[] = [everyRun], ignore: string[] = []): number[] {
  const config = resolveConfig([{ source: 't', ignore }], 'Dockerfile');
  return lintText(text, 'Dockerfile', { rules, config }).findings.map((f) => f.line);
}

describe('inline suppressions', () => {
  it.each([
    ['stagecraft ignore by id', '# stagecraft ignore=every-run'],
    ['stagecraft ignore by alias', '# stagecraft ignore=DL9999'],
    ['hadolint ignore', '# hadolint ignore=DL9999'],
    ['hadolint ignore, list with spaces', '# hadolint ignore=DL3008, DL9999'],
    ['BuildKit check comment', '# check=skip=EveryRun'],
    ['case-insensitive', '# stagecraft ignore=dl9999'],
  ])('%s silences only the next instruction', (_name, comment) => {
    expect(linesOf(`FROM alpine\n${comment}\nRUN a\nRUN b\n`)).toEqual([4]);
  });

  it('covers every line of a multi-line instruction, through comments between', () => {
    expect(linesOf('FROM alpine\n# hadolint ignore=DL9999\n# why: vendor script\nRUN a \\\n  && b\nRUN c\n')).toEqual([6]);
  });

  it('does not jump over another instruction', () => {
    expect(linesOf('FROM alpine\n# hadolint ignore=DL9999\nENV A=1\nRUN a\n')).toEqual([4]);
  });

  it('ignores an unrelated code', () => {
    expect(linesOf('FROM alpine\n# hadolint ignore=DL3008\nRUN a\n')).toEqual([3]);
  });

  it.each([
    ['stagecraft global', 'FROM alpine\nRUN a\n# stagecraft global ignore=every-run\nRUN b\n'],
    ['hadolint global', '# hadolint global ignore=DL9999\nFROM alpine\nRUN a\nRUN b\n'],
    ['check directive', '# check=skip=EveryRun\nFROM alpine\nRUN a\nRUN b\n'],
    ['check skip=all', '# check=skip=all\nFROM alpine\nRUN a\nRUN b\n'],
  ])('%s silences the whole file', (_name, text) => {
    expect(linesOf(text)).toEqual([]);
  });

  it('check=skip=all silences only BuildKit checks', () => {
    const hadolintOnly: Rule = { ...everyRun, id: 'dl-only', aliases: ['DL9997'] };
    expect(linesOf('# check=skip=all\nFROM alpine\nRUN a\n', [hadolintOnly])).toEqual([3]);
  });

  it('stage ignore lasts until the next FROM', () => {
    const text = 'FROM alpine AS a\nRUN a\n# hadolint stage ignore=DL9999\nFROM alpine AS b\nRUN b\nRUN c\nFROM alpine\nRUN d\n';
    expect(linesOf(text)).toEqual([2, 8]);
  });

  it('a pragma inside a continuation or heredoc body is not a suppression', () => {
    expect(linesOf('FROM alpine\nRUN a \\\n  # hadolint ignore=DL9999\n  && b\nRUN c\n')).toEqual([2, 5]);
    expect(linesOf('FROM alpine\nRUN <<EOF\n# hadolint ignore=DL9999\nEOF\nRUN c\n')).toEqual([2, 5]);
  });

  it('suppresses ONBUILD triggers too', () => {
    expect(linesOf('FROM alpine\n# hadolint ignore=DL9999\nONBUILD RUN a\nONBUILD RUN b\n')).toEqual([4]);
  });

  it('only the named rule is silenced', () => {
    const found = lintText('FROM alpine\n# hadolint ignore=DL9999\nRUN a\n', 'Dockerfile', { rules: [everyRun, otherRule] }).findings;
    expect(found.map((f) => f.rule)).toEqual(['other-rule']);
  });
});

describe('configuration in the engine', () => {
  it("hadolint's disable-ignore-pragma: inline ignores no longer apply, BuildKit's check= still does", () => {
    const config = resolveConfig([{ source: 't', disableInlineIgnores: true }], 'Dockerfile');
    const lines = (text: string) => lintText(text, 'Dockerfile', { rules: [everyRun], config }).findings.map((f) => f.line);
    expect(lines('FROM alpine\n# hadolint ignore=DL9999\nRUN a\n# stagecraft global ignore=every-run\n')).toEqual([3]);
    expect(lines('FROM alpine\n# check=skip=EveryRun\nRUN a\n')).toEqual([]);
  });

  it('ignore by id or alias', () => {
    expect(linesOf('FROM alpine\nRUN a\n', [everyRun], ['EVERYRUN'])).toEqual([]);
  });

  it('severity overrides and off', () => {
    const config = resolveConfig([{ source: 't', severity: { DL9999: 'error', 'other-rule': 'off' } }], 'Dockerfile');
    const found = lintText('FROM alpine\nRUN a\n', 'Dockerfile', { rules: [everyRun, otherRule], config }).findings;
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['every-run', 'error']]);
  });

  it('an off-by-default rule turns on when configured', () => {
    const offRule: Rule = { ...everyRun, off: true };
    expect(linesOf('FROM alpine\nRUN a\n', [offRule])).toEqual([]);
    const config = resolveConfig([{ source: 't', severity: { 'every-run': 'info' } }], 'Dockerfile');
    expect(lintText('FROM alpine\nRUN a\n', 'Dockerfile', { rules: [offRule], config }).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('BuildKit experimental checks need check=experimental', () => {
    const experimental: Rule = { ...everyRun, experimental: true };
    expect(linesOf('FROM alpine\nRUN a\n', [experimental])).toEqual([]);
    expect(linesOf('# check=experimental=EveryRun\nFROM alpine\nRUN a\n', [experimental])).toEqual([3]);
    expect(linesOf('# check=experimental=all\nFROM alpine\nRUN a\n', [experimental])).toEqual([3]);
  });

  it('check=error=true makes BuildKit checks errors', () => {
    const found = lintText('# check=error=true\nFROM alpine\nRUN a\n', 'Dockerfile', { rules: [everyRun] }).findings;
    expect(found[0]!.severity).toBe('error');
  });

  it('relayed findings keep their own codes for suppression and config', () => {
    const relay: Rule = {
      id: 'relay',
      title: 'relay',
      severity: 'warning',
      scope: 'all',
      aliases: [],
      checkFile(ctx) {
        for (const f of ctx.externalFindings('relay')) ctx.report(f);
      },
    };
    const external = new Map([
      [
        'relay',
        [
          { line: 3, message: 'quote this', aliases: ['SC2086'], severity: 'info' as const },
          { line: 4, message: 'unused', aliases: ['SC2034'], severity: 'warning' as const },
          { line: 5, message: 'ignored by config', aliases: ['SC2154'], severity: 'warning' as const },
        ],
      ],
    ]);
    const config = resolveConfig([{ source: 't', ignore: ['SC2154'], severity: { SC2034: 'error' } }], 'Dockerfile');
    const text = 'FROM alpine\n# hadolint ignore=SC1000\nRUN a\nRUN b\nRUN c\n';
    const found = lintText(text, 'Dockerfile', { rules: [relay], externalFindings: external, config }).findings;
    expect(found.map((f) => [f.line, f.severity, f.aliases])).toEqual([
      [3, 'info', ['SC2086']],
      [4, 'error', ['SC2034']],
    ]);
    const suppressed = lintText('FROM alpine\n# hadolint ignore=SC2086\nRUN a\n', 'Dockerfile', { rules: [relay], externalFindings: external }).findings;
    expect(suppressed.map((f) => f.line)).toEqual([4, 5]);
  });

  it('a rule that throws becomes one internal-error finding and the others still run', () => {
    const broken: Rule = { ...everyRun, id: 'broken', checkFile: () => { throw new Error('boom'); } };
    const found = lintText('FROM alpine\nRUN a\n', 'Dockerfile', { rules: [broken, otherRule] }).findings;
    expect(found.map((f) => f.rule).sort()).toEqual(['internal-error', 'other-rule']);
    expect(found.find((f) => f.rule === 'internal-error')!.message).toMatch(/rule broken failed.*boom/);
  });
});

describe('names in suppressions that refer to nothing', () => {
  const warnings = (text: string) =>
    lintText(text, 'Dockerfile', { rules: [everyRun] }).findings.filter((f) => f.rule === 'config-error').map((f) => [f.line, f.severity, f.message]);

  it.each([
    ['hadolint ignore', '# hadolint ignore=DL30O2', '`# hadolint ignore=`: `DL30O2`'],
    ['stagecraft ignore', '# stagecraft ignore=every-rum', '`# stagecraft ignore=`: `every-rum`'],
    ['hadolint global ignore', '# hadolint global ignore=DL30O2', '`# hadolint global ignore=`: `DL30O2`'],
    ['stagecraft stage ignore', '# stagecraft stage ignore=DL30O2', '`# stagecraft stage ignore=`: `DL30O2`'],
    ['check comment', '# check=skip=FromAsCassing', '`# check=skip=`: `FromAsCassing`'],
  ])('%s: a warning on the comment, reported as config-error', (_name, comment, message) => {
    const found = warnings(`FROM alpine\n${comment}\nRUN a\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.slice(0, 2)).toEqual([2, 'warning']);
    expect(found[0]![2]).toContain(message);
  });

  it('says what was meant: a look-alike code, else the closest name', () => {
    expect(warnings('FROM alpine\n# hadolint ignore=DL30O2\nRUN a\n')[0]![2]).toMatch(/names no rule, alias or ShellCheck code.*did you mean `DL3002`\?/);
    expect(warnings('FROM alpine\n# hadolint ignore=SC2O86\nRUN a\n')[0]![2]).toContain('did you mean `SC2086`?');
    expect(warnings('FROM alpine\n# check=skip=FromAsCassing\nRUN a\n')[0]![2]).toContain('did you mean `FromAsCasing`?');
    expect(warnings('FROM alpine\n# stagecraft ignore=every-rum\nRUN a\n')[0]![2]).toContain('did you mean `every-run`?');
    expect(warnings('FROM alpine\n# stagecraft ignore=nothing-like-it\nRUN a\n')[0]![2]).toContain('`stagecraft rules` lists');
  });

  it('in the check directive, on its line; only the unknown codes of a list', () => {
    expect(warnings('# check=skip=JSONArgsRecommended,FromAsCasng\nFROM alpine\n').map((w) => w[0])).toEqual([1]);
    expect(warnings('FROM alpine\n# hadolint ignore=DL3008,DL9999,DL30O8\nRUN a\n').map((w) => w[2])).toEqual([expect.stringContaining('`DL30O8`')]);
  });

  it.each([
    ['rule ids and aliases in any case', '# stagecraft ignore=apt-get-install-unpinned,dl3015,fromascasing'],
    ['ShellCheck codes', '# hadolint ignore=SC2086,SC1091'],
    ["hadolint's retired codes", '# hadolint ignore=DL3005,DL3017,DL3031,DL3039'],
    ["BuildKit's skip=all", '# check=skip=all'],
    ['a BuildKit check only the build runs', '# check=skip=InvalidBaseImagePlatform'],
    ["the engine's rules as a caller gives them", '# hadolint ignore=DL9999'],
  ])('%s are not warned about', (_name, comment) => {
    expect(warnings(`FROM alpine\n${comment}\nRUN a\n`)).toEqual([]);
  });

  it("no warning when hadolint's disable-ignore-pragma turns the comments off", () => {
    const config = resolveConfig([{ source: 't', disableInlineIgnores: true }], 'Dockerfile');
    expect(lintText('FROM alpine\n# hadolint ignore=DL30O2\nRUN a\n', 'Dockerfile', { rules: [everyRun], config }).findings.map((f) => f.rule)).toEqual(['every-run']);
  });
});
