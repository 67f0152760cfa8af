import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDockerignore } from '../../src/files/config-files.js';
import { lintText } from '../../src/lint/engine.js';

/**
 * The acceptance bar of the bundled examples: every single-stage version builds in the image it
 * ships, every rewrite does not — and the rewrites keep the tutorials' flaws (devDependencies shipped,
 * root user), which is what `stagecraft demo` is there to show.
 */
const root = join(import.meta.dirname, '..', '..', 'examples');
const apps = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function rulesFound(app: string, file: string): string[] {
  const path = join(root, app, file);
  const { findings } = lintText(readFileSync(path, 'utf8'), `examples/${app}/${file}`, { dockerignore: readDockerignore(path) });
  expect(findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
  return findings.map((f) => f.rule);
}

describe('bundled examples', () => {
  it('has at least the three apps the demo is built around', () => {
    expect(apps).toEqual(expect.arrayContaining(['go-service', 'python-api', 'web']));
  });

  describe.each(apps)('%s', (app) => {
    it('the single-stage version is a single-stage build', () => {
      expect(rulesFound(app, 'Dockerfile.single')).toContain('single-stage-build');
    });

    it('the rewrite is not', () => {
      expect(rulesFound(app, 'Dockerfile')).not.toContain('single-stage-build');
    });

    it('the rewrite still runs as root, as the tutorials left it', () => {
      expect(rulesFound(app, 'Dockerfile')).toContain('final-stage-runs-as-root');
    });
  });

  it('the web rewrite still ships devDependencies', () => {
    expect(rulesFound('web', 'Dockerfile')).toContain('dev-dependencies-shipped');
  });

  it('go-service has no .dockerignore, and both versions say so', () => {
    expect(rulesFound('go-service', 'Dockerfile.single')).toContain('missing-dockerignore');
    expect(rulesFound('go-service', 'Dockerfile')).toContain('missing-dockerignore');
  });

  it('the apps that have a .dockerignore get no missing-dockerignore', () => {
    for (const app of ['web', 'python-api']) {
      expect(rulesFound(app, 'Dockerfile.single')).not.toContain('missing-dockerignore');
      expect(rulesFound(app, 'Dockerfile')).not.toContain('missing-dockerignore');
    }
  });
});
