import { multipleInstructionsDisallowed } from '../../../src/lint/rules/multiple-instructions-disallowed.js';
import { describeRule } from '../../helpers/rule-cases.js';

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
]);
