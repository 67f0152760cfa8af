import { describe, expect, it } from 'vitest';
import { isEmail, isGitHash, isRfc3339, isSemver, isSpdxExpression, isUrl } from '../../../../src/lint/rules/shared/label-values.js';

describe('label value formats', () => {
  it.each([
    ['https://github.com/org/repo', true],
    ['mailto:dev@example.com', true],
    ['http://example.com/a%20b', true],
    ['example.com', false],
    ['http://exa mple.com', false],
    ['http://example.com/%zz', false],
  ])('url %s → %s', (value, ok) => expect(isUrl(value)).toBe(ok));

  it.each([
    ['2024-05-01T12:00:00Z', true],
    ['2024-05-01t12:00:00.123+02:00', true],
    ['2024-02-30T12:00:00Z', false],
    ['2024-05-01T25:00:00Z', false],
    ['2024-05-01', false],
    ['2024-05-01T12:00:00', false],
  ])('rfc3339 %s → %s', (value, ok) => expect(isRfc3339(value)).toBe(ok));

  it.each([
    ['MIT', true],
    ['mit', true],
    ['GPL-2.0', true],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', true],
    ['(MIT AND BSD-3-Clause) OR Apache-2.0', true],
    ['LicenseRef-Proprietary', true],
    ['Apache-2.0+', true],
    ['MIT OR', false],
    ['(MIT', false],
    ['Not-A-License', false],
  ])('spdx %s → %s', (value, ok) => expect(isSpdxExpression(value)).toBe(ok));

  it.each([
    ['2dbfae9', true],
    ['43c572f1272b6b3171dd1db9e41b7027128ce080', true],
    ['2dbfae', false],
    ['2DBFAE9', false],
    ['g2dbfae9', false],
  ])('git hash %s → %s', (value, ok) => expect(isGitHash(value)).toBe(ok));

  it.each([
    ['1.0.0', true],
    ['1.0.0-alpha.1+build.5', true],
    ['01.0.0', false],
    ['1.0', false],
    ['v1.0.0', false],
  ])('semver %s → %s', (value, ok) => expect(isSemver(value)).toBe(ok));

  it.each([
    ['dev@example.com', true],
    ['first.last+tag@sub.example.org', true],
    ['Tianon Gravi <admwiggin@gmail.com> (@tianon)', true],
    ['"quoted local"@example.com', true],
    ['HashiCorp', false],
    ['a@', false],
    ['a@b@c', false],
  ])('email %s → %s', (value, ok) => expect(isEmail(value)).toBe(ok));
});
