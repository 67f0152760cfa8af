import { reservedStageName } from '../../../src/lint/rules/reserved-stage-name.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(reservedStageName, [
  {
    name: 'stage named scratch',
    dockerfile: 'FROM alpine AS scratch\nRUN true\n',
    expect: [{ line: 1, message: 'Stage name should not use the same name as reserved stage "scratch"' }],
  },
  { name: 'stage named context', dockerfile: 'FROM alpine\nFROM busybox AS context\n', expect: [{ line: 2, message: '"context"' }] },
  { name: 'any case', dockerfile: 'FROM alpine AS Context\n', expect: [{ line: 1, message: '"context"' }] },
  { name: 'FROM scratch without a name', dockerfile: 'FROM scratch\n', expect: [] },
  { name: 'names that only contain the word', dockerfile: 'FROM scratch AS scratch-base\nFROM alpine AS build-context\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=ReservedStageName\nFROM alpine AS scratch\n', expect: [] },
]);
