import { noEmptyContinuation } from '../../../src/lint/rules/no-empty-continuation.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(noEmptyContinuation, [
  {
    name: 'blank line inside a RUN: reported where the instruction ends',
    dockerfile: 'FROM alpine\nRUN apk add \\\n    curl \\\n\n    jq\n',
    expect: [{ line: 5, message: 'delete the blank line 4 inside this RUN' }],
  },
  {
    name: 'several blank lines listed once',
    dockerfile: 'FROM alpine\nRUN a \\\n\n  && b \\\n   \n  && c\n',
    expect: [{ line: 6, message: 'lines 3, 5' }],
  },
  { name: 'a comment line inside the continuation is fine', dockerfile: 'FROM alpine\nRUN a \\\n# note\n  && b\n', expect: [] },
  { name: 'no blank line', dockerfile: 'FROM alpine\nRUN a \\\n  && b\n', expect: [] },
  { name: 'blank line after a finished instruction', dockerfile: 'FROM alpine\nRUN a\n\nRUN b\n', expect: [] },
  {
    name: 'continuation running into the end of the file',
    dockerfile: 'FROM alpine\nRUN a \\\n\n',
    expect: [{ line: 3 }],
  },
  { name: 'a final line break after a continuation is not a blank line', dockerfile: 'FROM alpine\nRUN a \\\n', expect: [] },
  {
    name: 'heredoc body lines are not counted as the instruction end',
    dockerfile: 'FROM alpine\nCOPY <<EOF \\\n\n  /etc/motd\nhello\nEOF\n',
    expect: [{ line: 4 }],
  },
  { name: 'backtick escape', dockerfile: '# escape=`\nFROM alpine\nRUN a `\n\n  b\n', expect: [{ line: 5 }] },
  { name: 'in the global ARGs too', dockerfile: 'ARG A=1 \\\n\n  B=2\nFROM alpine\n', expect: [{ line: 3 }] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=NoEmptyContinuation\nFROM alpine\nRUN a \\\n\n  b\n', expect: [] },
]);
