import { describe, expect, it } from 'vitest';
import { compareVersions, renderDemoJson, renderDemoText, type DemoExample } from '../../src/demo/index.js';
import type { Finding } from '../../src/lint/types.js';
import { painter } from '../../src/report/text.js';

function finding(rule: string, line: number, message = `${rule} on ${line}`, severity: Finding['severity'] = 'warning'): Finding {
  return { rule, aliases: [], severity, line, endLine: line, column: 1, message, stage: null };
}

const example: DemoExample = {
  name: 'go-service',
  title: 'a Go HTTP service',
  single: {
    path: 'examples/go-service/Dockerfile.single',
    findings: [finding('final-stage-copies-context', 6), finding('single-stage-build', 7, '`go build` runs in the image you ship'), finding('missing-dockerignore', 6)],
  },
  multi: {
    path: 'examples/go-service/Dockerfile',
    findings: [finding('missing-dockerignore', 9, 'no .dockerignore in the rewrite'), finding('apk-add-unpinned', 14, 'pin it', 'info')],
  },
};

describe('compareVersions', () => {
  it('groups rules by what the rewrite did to them', () => {
    const c = compareVersions(example.single.findings, example.multi.findings);
    expect(c.fixed.map((g) => g.rule)).toEqual(['final-stage-copies-context', 'single-stage-build']);
    expect(c.still.map((g) => g.rule)).toEqual(['missing-dockerignore']);
    expect(c.introduced.map((g) => g.rule)).toEqual(['apk-add-unpinned']);
  });

  it("lists the rewrite's findings for a rule still there", () => {
    const c = compareVersions(example.single.findings, example.multi.findings);
    expect(c.still[0]!.findings.map((f) => f.line)).toEqual([9]);
  });

  it('keeps every finding of a rule together', () => {
    const c = compareVersions([finding('a', 3), finding('b', 1), finding('a', 5)], []);
    expect(c.fixed).toEqual([
      { rule: 'b', findings: [finding('b', 1)] },
      { rule: 'a', findings: [finding('a', 3), finding('a', 5)] },
    ]);
  });

  it('a rule the single stage carried as a related line and the rewrite reports is still there, not new', () => {
    const carrier: Finding = { ...finding('single-stage-build', 4), related: [{ line: 4, rule: 'dev-dependencies-shipped', message: 'npm ci installs devDependencies' }] };
    const c = compareVersions([carrier], [finding('dev-dependencies-shipped', 17)]);
    expect(c.still.map((g) => g.rule)).toEqual(['dev-dependencies-shipped']);
    expect(c.introduced).toEqual([]);
    expect(c.fixed.map((g) => g.rule)).toEqual(['single-stage-build']);
  });

  it('a rule the rewrite carries as a related line is not fixed', () => {
    const carrier: Finding = { ...finding('single-stage-build', 9), related: [{ line: 3, rule: 'final-stage-copies-context', message: 'COPY . .' }] };
    const c = compareVersions([finding('final-stage-copies-context', 3)], [carrier]);
    expect(c.fixed).toEqual([]);
    expect(c.introduced.map((g) => g.rule)).toEqual(['single-stage-build']);
  });

  it('two clean versions compare to nothing', () => {
    expect(compareVersions([], [])).toEqual({ fixed: [], still: [], introduced: [] });
  });
});

describe('renderDemoText', () => {
  const text = renderDemoText([example]);

  it('names the example and both files', () => {
    expect(text).toContain('go-service — a Go HTTP service');
    expect(text).toContain('single stage: examples/go-service/Dockerfile.single (3 findings)');
    expect(text).toContain('multi-stage:  examples/go-service/Dockerfile (2 findings)');
  });

  it('prints the three groups in order, with the file their lines belong to', () => {
    const fixed = text.indexOf('fixed by the rewrite (2 findings, lines of Dockerfile.single)');
    const still = text.indexOf('still in the rewrite (1 finding, lines of Dockerfile)');
    const introduced = text.indexOf('new in the rewrite (1 finding, lines of Dockerfile)');
    expect(fixed).toBeGreaterThan(0);
    expect(still).toBeGreaterThan(fixed);
    expect(introduced).toBeGreaterThan(still);
  });

  it('prints each finding under its rule with line, severity and message', () => {
    expect(text).toMatch(/ {4}single-stage-build\n {6}line 7 +warning `go build` runs in the image you ship/);
    expect(text).toMatch(/ {4}apk-add-unpinned\n {6}line 14 +info +pin it/);
  });

  it('says so when a group is empty', () => {
    const clean = renderDemoText([{ ...example, multi: { path: 'examples/x/Dockerfile', findings: [] } }]);
    expect(clean).toContain('still in the rewrite (0 findings)\n    nothing: the rewrite is clean');
  });

  it('totals across examples', () => {
    expect(renderDemoText([example, example])).toContain('2 examples: 4 findings fixed by the rewrites, 2 still there, 2 new');
  });

  it('escapes control characters from messages', () => {
    const evil = { ...example, multi: { path: 'x/Dockerfile', findings: [finding('r', 1, 'bad\u001b[2Jthing')] } };
    expect(renderDemoText([evil])).toContain('bad\\x1b[2Jthing');
  });

  it('paints through the painter it is given, and only then', () => {
    expect(text).not.toContain('\u001b[');
    const colored = renderDemoText([example], painter(true));
    expect(colored).toContain('\u001b[33mwarning');
    expect(colored).toContain('\u001b[32mfixed by the rewrite');
  });
});

describe('renderDemoJson', () => {
  it('carries both versions and the comparison', () => {
    const value = JSON.parse(renderDemoJson([example]));
    expect(value.examples).toHaveLength(1);
    const [e] = value.examples;
    expect(e.name).toBe('go-service');
    expect(e.single.findings).toHaveLength(3);
    expect(e.fixed.map((g: { rule: string }) => g.rule)).toEqual(['final-stage-copies-context', 'single-stage-build']);
    expect(e.still[0]).toEqual({ rule: 'missing-dockerignore', findings: [{ rule: 'missing-dockerignore', severity: 'warning', line: 9, message: 'no .dockerignore in the rewrite', stage: null }] });
    expect(e.introduced[0].rule).toBe('apk-add-unpinned');
  });
});
