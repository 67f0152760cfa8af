import { describe, expect, it } from 'vitest';
import { closestName, closestNameIgnoringCase, editDistance, isOneTypoApart } from '../../src/lint/suggest.js';

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

describe('closestNameIgnoringCase', () => {
  it('compares in any case and answers with the option as spelled', () => {
    expect(closestNameIgnoringCase('fromascasng', ['FromAsCasing', 'DL3008'])).toBe('FromAsCasing');
    expect(closestNameIgnoringCase('BUILDER', ['builder'])).toBeNull();
  });
});

describe('isOneTypoApart', () => {
  it.each([
    ['a swapped pair', 'biulder', 'builder', true],
    ['a dropped letter', 'buildr', 'builder', true],
    ['an added letter', 'builders', 'builder', true],
    ['a replaced letter', 'bujlder', 'builder', true],
    ['two slips', 'bilder2', 'builder', false],
    ['a swap of letters apart', 'rbildeu', 'builder', false],
    ['the same name', 'builder', 'builder', false],
  ])('%s', (_name, a, b, expected) => {
    expect(isOneTypoApart(a, b)).toBe(expected);
  });
});
