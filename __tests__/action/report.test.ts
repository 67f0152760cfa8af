import { describe, expect, it } from 'vitest';
import { decideVerdict, withUnreadableFiles } from '../../src/action/report.js';
import { file, finding, report } from '../report/make-report.js';

describe('withUnreadableFiles', () => {
  it('turns each unreadable file into an error finding on that file, in path order', () => {
    const lint = { files: [file('b/Dockerfile', [])], errors: [{ path: 'a/Dockerfile', message: 'cannot read a/Dockerfile: permission denied' }] };
    expect(withUnreadableFiles(lint, 'warning')).toEqual({
      files: [
        {
          path: 'a/Dockerfile',
          failOn: 'warning',
          findings: [{ rule: 'unreadable-file', aliases: [], severity: 'error', line: 1, endLine: 1, column: 1, message: 'cannot read a/Dockerfile: permission denied', stage: null }],
        },
        file('b/Dockerfile', []),
      ],
      errors: [],
    });
    expect(withUnreadableFiles(lint, null).files[0]!.failOn).toBe('error');
  });

  it('keeps the run notices', () => {
    expect(withUnreadableFiles({ files: [], errors: [], notices: ['ShellCheck not found: SC checks skipped'] }, null).notices).toEqual(['ShellCheck not found: SC checks skipped']);
  });
});

describe('decideVerdict', () => {
  it.each([
    ['nothing found', report(file('Dockerfile', [])), 'error', false, 'Stagecraft: 0 findings in 1 Dockerfile, none at or above fail-on: error.'],
    ['a warning under fail-on error', report(file('Dockerfile', [finding()])), 'error', false, 'Stagecraft: 1 finding in 1 Dockerfile, none at or above fail-on: error.'],
    [
      'warnings at fail-on warning',
      report(file('a/Dockerfile', [finding(), finding({ severity: 'error' })], 'warning'), file('b/Dockerfile', [finding()], 'warning')),
      'warning',
      true,
      'Stagecraft: 3 findings at or above fail-on: warning (1 error, 2 warnings) in 2 Dockerfiles; see the annotations and the job summary.',
    ],
    [
      "each file's own threshold",
      report(file('a/Dockerfile', [finding()], 'warning'), file('b/Dockerfile', [finding()], 'error')),
      null,
      true,
      "Stagecraft: 1 finding at or above their file's fail-on (1 warning) in 1 Dockerfile; see the annotations and the job summary.",
    ],
    ['fail-on none', report(file('Dockerfile', [finding({ severity: 'error' })], 'none')), 'none', false, 'Stagecraft: 1 finding in 1 Dockerfile, none at or above fail-on: none.'],
  ] as const)('%s', (_name, lint, failOn, failed, message) => {
    expect(decideVerdict(lint, failOn)).toEqual({ failed, message });
  });
});
