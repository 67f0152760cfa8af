import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/lint/suggest.js';

describe('closestName', () => {
  it.each([
    ['a transposition', 'PAHT', ['HOME', 'PATH'], 'PATH'],
    ['a missing letter', 'DIR_ASSET', ['DIR_BINARIES', 'DIR_ASSETS'], 'DIR_ASSETS'],
    ['the closest of several', 'ABCD', ['ABXY', 'ABCX'], 'ABCX'],
    ['the first of equals', 'ABCD', ['ABCX', 'ABCY'], 'ABCX'],
    ['nothing within two edits', 'VERSION', ['PATH', 'HOME'], null],
    ['case matters', 'path', ['PATH'], null],
    ['no hint when the name exists', 'HOME', ['HOMER', 'HOME'], null],
  ])('%s', (_name, value, options, expected) => {
    expect(closestName(value, options)).toBe(expected);
  });

  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
