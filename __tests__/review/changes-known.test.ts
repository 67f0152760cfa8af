import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRepository, type GitRepository } from '../../src/git/repository.js';
import { walkFiles } from '../../src/files/discover.js';
import { reviewChange, type ReviewEdges, type ReviewRequest } from '../../src/review/review-change.js';
import { planReviewBuilds, type ChangedDockerfiles } from '../../src/docker/review-builds.js';
import { gitFixture, type GitFixture } from '../helpers/git-fixture.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function repository(): GitFixture {
  const repo = gitFixture();
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** The review's edges on a real checkout, recording when the base's files are read. */
function edgesFor(repo: GitFixture, events: string[], seen: ChangedDockerfiles[]): ReviewEdges {
  const real = openRepository(repo.dir)!;
  const git: GitRepository = Object.assign(Object.create(Object.getPrototypeOf(real)) as GitRepository, real, {
    readFile: (sha: string, path: string) => {
      events.push(`read ${path}`);
      return real.readFile(sha, path);
    },
  });
  const temp = mkdtempSync(join(tmpdir(), 'stagecraft-changes-known-'));
  cleanups.push(() => rmSync(temp, { recursive: true, force: true }));
  return {
    root: repo.dir,
    git,
    github: null,
    listFiles: (dir) => walkFiles(dir),
    tempDir: temp,
    notice: () => {},
    info: () => {},
    changesKnown: (changes) => {
      events.push('changes known');
      seen.push(changes);
    },
  };
}

function request(repo: GitFixture, baseSha: string, headSha: string): ReviewRequest {
  return {
    event: 'pull_request',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'topic' },
    pullRequest: null,
    workingDirectory: repo.dir,
    patterns: { include: [], exclude: [] },
    config: null,
    failOn: null,
    changedOnly: null,
    failOnScope: 'new',
  };
}

describe('reviewChange tells which Dockerfiles changed before it lints them', () => {
  it('hands over the changed Dockerfiles and the head build definitions once, before any base file is read', async () => {
    const repo = repository();
    const base = repo.commit({
      'api/Dockerfile': 'FROM alpine:3.20\nRUN echo api\n',
      'web/Dockerfile': 'FROM alpine:3.20\nRUN echo web\n',
      'old/Dockerfile': 'FROM alpine:3.20\n',
      'same/Dockerfile': 'FROM alpine:3.20\n',
    });
    const head = repo.commit({
      'api/Dockerfile': 'FROM alpine:3.20\nRUN echo api v2\n',
      'web/Dockerfile': null,
      'site/Dockerfile': 'FROM alpine:3.20\nRUN echo web\n',
      'old/Dockerfile': null,
      'new/Dockerfile': 'FROM alpine:3.20 AS build\nFROM alpine:3.20 AS prod\n',
      'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: api/Dockerfile\n      target: prod\n      args:\n        MODE: fast\n',
    });
    const events: string[] = [];
    const seen: ChangedDockerfiles[] = [];
    const report = await reviewChange(request(repo, base, head), edgesFor(repo, events, seen));

    expect(seen).toHaveLength(1);
    const byPath = new Map(seen[0]!.changed.map((c) => [c.path, c]));
    expect(byPath.get('api/Dockerfile')).toMatchObject({ status: 'modified', basePath: 'api/Dockerfile' });
    expect(byPath.get('site/Dockerfile')).toMatchObject({ status: 'renamed', basePath: 'web/Dockerfile' });
    expect(byPath.get('old/Dockerfile')).toMatchObject({ status: 'removed', basePath: 'old/Dockerfile' });
    expect(byPath.get('new/Dockerfile')).toMatchObject({ status: 'added', basePath: null });
    expect(byPath.has('same/Dockerfile')).toBe(false);
    // Handed over before the base versions are read: the lint of both sides comes after.
    const knownAt = events.indexOf('changes known');
    expect(knownAt).toBeGreaterThanOrEqual(0);
    expect(events.slice(0, knownAt).filter((e) => e.endsWith('Dockerfile'))).toEqual([]);
    expect(events.slice(knownAt).some((e) => e === 'read api/Dockerfile')).toBe(true);
    // What the builds are planned from is what the lint judged.
    const plans = new Map(planReviewBuilds(seen[0]!, {}).map((b) => [b.path, b]));
    const linted = report.files.find((f) => f.path === 'api/Dockerfile')!.build!;
    expect(plans.get('api/Dockerfile')!.headPlan).toEqual({ context: linted.context, target: 'prod', args: { MODE: 'fast' } });
    expect(plans.get('api/Dockerfile')!.headPlan!.context).toBe('');
    expect(plans.get('old/Dockerfile')).toMatchObject({ inHead: false, headPlan: null, basePlan: { context: 'old', target: null } });
    expect(plans.get('new/Dockerfile')).toMatchObject({ inHead: true, basePlan: null, headPlan: { context: 'new' } });
    expect(plans.get('site/Dockerfile')).toMatchObject({ basePath: 'web/Dockerfile', basePlan: { context: 'web' }, headPlan: { context: 'site' } });
  });

  it('the user’s target and build args win over the definitions on both sides, as the lint judges them', () => {
    const changes: ChangedDockerfiles = {
      changed: [
        { path: 'a/Dockerfile', status: 'renamed', basePath: 'b/Dockerfile', because: [] },
        { path: 'c/Dockerfile', status: 'unchanged', basePath: 'c/Dockerfile', because: [] },
      ],
      headBuilds: { definitions: [], notices: [] },
    };
    const plans = planReviewBuilds(changes, { target: 'debug', args: { V: '2' } });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ basePlan: { context: 'b', target: 'debug', args: { V: '2' } }, headPlan: { context: 'a', target: 'debug', args: { V: '2' } }, targets: ['debug'] });
  });
});
