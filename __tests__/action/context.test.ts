import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { DEFAULT_DOCS_BASE } from '../../src/lint/docs.js';

const RUNNER_ENV = {
  GITHUB_WORKSPACE: '/w/shop',
  RUNNER_TEMP: '/w/_temp',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTION_REPOSITORY: 'stagecraft-dev/stagecraft',
  GITHUB_ACTION_REF: 'v1.2.0',
};

describe('readContext', () => {
  it('reads the runner: workspace, temp, docs at the action version, line links at the commit', () => {
    const context = readContext(RUNNER_ENV, '/elsewhere');
    expect(context.workspace).toBe('/w/shop');
    expect(context.runnerTemp).toBe('/w/_temp');
    expect(context.docsBase).toBe('https://github.com/stagecraft-dev/stagecraft/blob/v1.2.0');
    expect(context.lineUrl!('dir with space/Dockerfile', 3, 5)).toBe(`https://github.com/acme/shop/blob/${RUNNER_ENV.GITHUB_SHA}/dir%20with%20space/Dockerfile#L3-L5`);
    expect(context.lineUrl!('Dockerfile', 3, 3)).toBe(`https://github.com/acme/shop/blob/${RUNNER_ENV.GITHUB_SHA}/Dockerfile#L3`);
  });

  it('links lines at another commit (a head read as data, a published report), and never at something that is not a commit id', () => {
    const context = readContext(RUNNER_ENV, '/elsewhere');
    const head = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';
    expect(context.lineUrlAt(head)!('Dockerfile', 2, 4)).toBe(`https://github.com/acme/shop/blob/${head}/Dockerfile#L2-L4`);
    expect(context.lineUrlAt('WORKTREE')).toBeNull();
    expect(context.lineUrlAt('main/../../evil')).toBeNull();
    expect(readContext({}, '/here').lineUrlAt(head)).toBeNull();
  });

  it('works on GitHub Enterprise Server', () => {
    const context = readContext({ ...RUNNER_ENV, GITHUB_SERVER_URL: 'https://ghe.example.com/' }, '/');
    expect(context.docsBase).toBe('https://ghe.example.com/stagecraft-dev/stagecraft/blob/v1.2.0');
    expect(context.lineUrl!('Dockerfile', 1, 1)).toMatch(/^https:\/\/ghe\.example\.com\/acme\/shop\/blob\//);
  });

  it('falls back outside Actions, or with a local action (uses: ./)', () => {
    const context = readContext({}, '/here');
    expect(context.workspace).toBe('/here');
    expect(context.docsBase).toBe(DEFAULT_DOCS_BASE);
    expect(context.lineUrl).toBeNull();
  });
});
