import { consistentInstructionCasing } from '../../../src/lint/rules/consistent-instruction-casing.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(consistentInstructionCasing, [
  {
    name: 'one lower-case instruction among upper-case ones',
    dockerfile: 'FROM alpine\nRUN true\nworkdir /app\nCMD ["sh"]\n',
    expect: [{ line: 3, message: "Command 'workdir' should match the case of the command majority (uppercase): write `WORKDIR`" }],
  },
  {
    name: 'lower-case majority',
    dockerfile: 'from alpine\nrun true\nENV A=1\ncmd ["sh"]\n',
    expect: [{ line: 3, message: '(lowercase): write `env`' }],
  },
  {
    name: 'mixed case is always reported, and does not vote',
    dockerfile: 'From alpine\nrun true\n',
    expect: [{ line: 1, message: "'From' should match the case of the command majority (lowercase)" }],
  },
  { name: 'a tie goes to upper case', dockerfile: 'FROM alpine\nrun true\n', expect: [{ line: 2, message: '(uppercase)' }] },
  { name: 'all upper case', dockerfile: 'FROM alpine\nRUN true\n', expect: [] },
  { name: 'all lower case', dockerfile: 'from alpine\nrun true\n', expect: [] },
  { name: 'global ARGs neither vote nor get reported', dockerfile: 'arg V=1\narg W=2\nFROM alpine\nRUN true\n', expect: [] },
  { name: 'heredoc bodies are not instructions', dockerfile: 'FROM alpine\nRUN <<EOT\nset -e\nenv\nEOT\n', expect: [] },
  { name: 'ONBUILD counts by its own keyword', dockerfile: 'FROM alpine\nONBUILD run true\nRUN true\n', expect: [] },
  { name: 'every stage counts', dockerfile: 'FROM alpine AS a\nRUN true\nfrom a\n', expect: [{ line: 3 }] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=ConsistentInstructionCasing\nFROM alpine\nrun true\nRUN x\n', expect: [] },
]);
