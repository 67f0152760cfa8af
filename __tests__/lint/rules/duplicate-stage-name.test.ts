import { duplicateStageName } from '../../../src/lint/rules/duplicate-stage-name.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(duplicateStageName, [
  {
    name: 'second stage with the same name',
    dockerfile: 'FROM golang AS build\nRUN go build\nFROM node AS build\nRUN npm ci\n',
    expect: [{ line: 3, message: 'Duplicate stage name "build", stage names should be unique: the stage on line 1 has it too' }],
  },
  { name: 'names compare case-insensitively', dockerfile: 'FROM alpine AS Tools\nFROM alpine AS tools\n', expect: [{ line: 2, message: '"tools"' }] },
  { name: 'every repeat is reported', dockerfile: 'FROM a AS x\nFROM b AS x\nFROM c AS x\n', expect: [{ line: 2 }, { line: 3 }] },
  { name: 'distinct names', dockerfile: 'FROM alpine AS build\nFROM alpine AS test\n', expect: [] },
  { name: 'unnamed stages', dockerfile: 'FROM alpine\nFROM alpine\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=DuplicateStageName\nFROM a AS x\nFROM b AS x\n', expect: [] },
]);
