import { copySourcesNeedDirDestination } from '../../../src/lint/rules/copy-sources-need-dir-destination.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copySourcesNeedDirDestination, [
  { name: 'two sources to a file name', dockerfile: 'FROM node:20\nCOPY package.json yarn.lock app\n', expect: [{ line: 2, severity: 'error', message: 'Write `app/`' }] },
  { name: 'quoted destination', dockerfile: 'COPY foo bar "baz"\n', expect: [{ line: 1 }] },
  { name: 'exec form', dockerfile: 'COPY ["a", "b", "/dest"]\n', expect: [{ line: 1 }] },
  { name: 'ADD follows the same rule', dockerfile: 'ADD a.tar b.tar /opt\n', expect: [{ line: 1, message: 'ADD with more than 2 arguments' }] },
  { name: 'one source', dockerfile: 'COPY foo bar\n', expect: [] },
  { name: 'directory destination', dockerfile: 'COPY foo bar baz/\n', expect: [] },
  { name: 'quoted directory destination', dockerfile: 'COPY foo bar "baz/"\n', expect: [] },
  { name: 'the working directory', dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json .\n', expect: [] },
  { name: 'variable that ends with a slash', dockerfile: 'FROM node:20\nENV APP=/app/\nCOPY a b $APP\n', expect: [] },
  { name: 'unknown variable', dockerfile: 'COPY a b $DEST\n', expect: [] },
  {
    name: 'a Windows directory ending in a backslash',
    dockerfile: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.dll b.dll C:\\app\\\nCOPY c.dll d.dll \\tools\\\n',
    expect: [],
  },
  { name: 'a Windows directory with forward slashes', dockerfile: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.dll b.dll c:/app/\n', expect: [] },
  { name: 'a Windows directory in exec form', dockerfile: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY ["a.dll", "b.dll", "C:\\\\app\\\\"]\n', expect: [] },
  {
    name: 'a Windows file destination is advised in its own style',
    dockerfile: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.dll b.dll C:\\app\n',
    expect: [{ line: 3, message: 'Write `C:\\app\\`' }],
  },
  { name: 'a trailing backslash on a Linux path is a file name', dockerfile: '# escape=`\nFROM debian:12\nCOPY a b app\\\n', expect: [{ line: 3 }] },
  { name: 'ONBUILD COPY', dockerfile: 'FROM node:20\nONBUILD COPY package.json yarn.lock app\n', expect: [{ line: 2 }] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM node:20 AS foo\n# hadolint ignore=DL3023, DL3021\nCOPY --from=foo bar baz qux\n', expect: [] },
]);
