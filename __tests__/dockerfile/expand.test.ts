import { describe, expect, it } from 'vitest';
import { expandWord, mapLookup } from '../../src/dockerfile/index.js';

const env = mapLookup(new Map([['A', 'alpha'], ['EMPTY', ''], ['PATH', '/usr/bin'], ['FILE', 'archive.tar.gz']]));

describe('expandWord (BuildKit lexer semantics)', () => {
  it.each([
    ['$A', 'alpha', ['A'], []],
    ['${A}-x', 'alpha-x', ['A'], []],
    ['$MISSING', '', [], ['MISSING']],
    ['${MISSING:-def}', 'def', [], ['MISSING']],
    ['${EMPTY:-def}', 'def', ['EMPTY'], []],
    ['${EMPTY-def}', '', ['EMPTY'], []],
    ['${A:+set}', 'set', ['A'], []],
    ['${MISSING+set}', '', [], ['MISSING']],
    ["'$A'", '$A', [], []],
    ['"$A b"', 'alpha b', ['A'], []],
    ['\\$A', '$A', [], []],
    ['${FILE%.gz}', 'archive.tar', ['FILE'], []],
    ['${FILE%%.*}', 'archive', ['FILE'], []],
    ['${FILE#*.}', 'tar.gz', ['FILE'], []],
    ['${FILE##*.}', 'gz', ['FILE'], []],
    ['${FILE/tar/zip}', 'archive.zip.gz', ['FILE'], []],
    ['${PATH//\\//:}', ':usr:bin', ['PATH'], []],
    ['$1', '', [], ['1']],
    ['cost $', 'cost $', [], []],
  ])('%s', (word, result, matched, unmatched) => {
    const out = expandWord(word, env);
    expect(out.error).toBeNull();
    expect(out.result).toBe(result);
    expect([...out.matched]).toEqual(matched);
    expect([...out.unmatched]).toEqual(unmatched);
  });

  it.each([['${'], ['${A'], ['${:}'], ['"open'], ["'open"], ['${MISSING?must be set}'], ['${A:%x}']])('reports %s as an error without throwing', (word) => {
    expect(expandWord(word, env).error).not.toBeNull();
  });

  it('keepUnset leaves unknown variables as written', () => {
    expect(expandWord('$A/$B/${C:-x}', env, { keepUnset: true }).result).toBe('alpha/$B/${C:-x}');
  });

  it('splits words after expansion, keeping quoted spaces', () => {
    expect(expandWord('a "b c" $A', env).words).toEqual(['a', 'b c', 'alpha']);
  });

  it('honours the backtick escape character', () => {
    expect(expandWord('`$A', env, { escapeChar: '`' }).result).toBe('$A');
  });
});
