import { multipleInstructionsDisallowed } from '../../../src/lint/rules/multiple-instructions-disallowed.js';
import { describe, expect, it } from 'vitest';
import { describeRule, findingsOf } from '../../helpers/rule-cases.js';

describeRule(multipleInstructionsDisallowed, [
  {
    name: 'two CMDs: the first, ineffective one is reported',
    dockerfile: 'FROM python:3.12\nCMD ["python", "-m", "http.server"]\nRUN pip install flask\nCMD ["flask", "run"]\n',
    expect: [{ line: 2, message: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used: delete this one, the CMD on line 4 replaces it' }],
  },
  {
    name: 'three ENTRYPOINTs: each earlier one',
    dockerfile: 'FROM alpine\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\n',
    expect: [{ line: 2, message: 'line 3' }, { line: 3, message: 'line 4' }],
  },
  { name: 'HEALTHCHECK NONE after a HEALTHCHECK', dockerfile: 'FROM alpine\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n', expect: [{ line: 2 }] },
  { name: 'the later keyword as written names the kind', dockerfile: 'FROM alpine\nCMD ["a"]\ncmd ["b"]\n', expect: [{ line: 2, message: 'Multiple cmd instructions' }] },
  { name: 'one of each', dockerfile: 'FROM alpine\nENTRYPOINT ["a"]\nCMD ["b"]\nHEALTHCHECK CMD true\n', expect: [] },
  { name: 'a child stage may replace its parent CMD', dockerfile: 'FROM alpine AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n', expect: [] },
  { name: 'ONBUILD CMD is a trigger, not a CMD', dockerfile: 'FROM alpine\nONBUILD CMD ["a"]\nCMD ["b"]\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=MultipleInstructionsDisallowed\nFROM alpine\nCMD ["a"]\nCMD ["b"]\n', expect: [] },
  { name: 'instructions before any FROM count as one group', dockerfile: 'CMD ["a"]\nCMD ["b"]\n', expect: [{ line: 1 }] },
  {
    name: "hadolint's suppression above the later instruction still applies",
    dockerfile: 'FROM alpine\nCMD ["a"]\n# hadolint ignore=DL4003\nCMD ["b"]\n',
    expect: [],
  },
  { name: "BuildKit's per-instruction skip above the later instruction", dockerfile: 'FROM alpine\nCMD ["a"]\n# check=skip=MultipleInstructionsDisallowed\nCMD ["b"]\n', expect: [] },
  { name: "each finding answers to its own hadolint code", dockerfile: 'FROM alpine\nCMD ["a"]\n# hadolint ignore=DL3012\nCMD ["b"]\n', expect: [{ line: 2 }] },
  { name: 'config can ignore one kind by its hadolint code', dockerfile: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["x"]\nENTRYPOINT ["y"]\n', config: { ignore: ['DL4003'] }, expect: [{ line: 4, message: 'ENTRYPOINT' }] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md): they all run, in
  // order, in each image built FROM this one, so among themselves the last one wins.
  { name: 'two ONBUILD CMD triggers', dockerfile: 'FROM alpine\nONBUILD CMD ["a"]\nONBUILD CMD ["b"]\n', expect: [{ line: 2, message: 'Multiple CMD instructions' }] },
]);

describe('codes per finding', () => {
  it('a CMD finding carries DL4003, an ENTRYPOINT one DL4004, a HEALTHCHECK one DL3012', () => {
    const found = findingsOf(multipleInstructionsDisallowed, 'FROM alpine\nCMD a\nCMD b\nENTRYPOINT a\nENTRYPOINT b\nHEALTHCHECK NONE\nHEALTHCHECK NONE\n');
    expect(found.map((f) => f.aliases)).toEqual([
      ['MultipleInstructionsDisallowed', 'DL4003'],
      ['MultipleInstructionsDisallowed', 'DL4004'],
      ['MultipleInstructionsDisallowed', 'DL3012'],
    ]);
  });
});
