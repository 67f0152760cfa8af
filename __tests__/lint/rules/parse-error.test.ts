import { parseError } from '../../../src/lint/rules/parse-error.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(parseError, [
  { name: 'a well-formed file', dockerfile: 'FROM alpine\nRUN true\n', expect: [] },
  { name: 'an empty file', dockerfile: '', expect: [{ line: 1, message: 'the file has no instructions' }] },
  { name: 'an unknown instruction, with its column', dockerfile: 'FROM alpine\n  RUNN apk add curl\n', expect: [{ line: 2, column: 3, message: 'unknown instruction: RUNN' }] },
  { name: 'several problems, each on its line', dockerfile: 'FROM alpine\nRUN\nCOPY\n', expect: [{ line: 2, message: 'RUN requires' }, { line: 3, message: 'COPY requires' }] },
  { name: 'an unterminated heredoc spans to the last line', dockerfile: 'FROM alpine\nRUN <<EOF\necho hi\n', expect: [{ line: 2, endLine: 3, message: 'unterminated heredoc <<EOF' }] },
  { name: 'an invalid escape directive', dockerfile: '# escape=x\nFROM alpine\n', expect: [{ line: 1, message: 'invalid escape character "x"' }] },
  { name: 'can be ignored like any rule', dockerfile: 'FROM alpine\n# stagecraft ignore=parse-error\nRUNN x\n', expect: [] },
]);
