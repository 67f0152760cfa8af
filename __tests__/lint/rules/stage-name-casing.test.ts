import { stageNameCasing } from '../../../src/lint/rules/stage-name-casing.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(stageNameCasing, [
  { name: 'camel-case stage name', dockerfile: 'FROM golang:1.22 AS buildStep\n', expect: [{ line: 1, message: "Stage name 'buildStep' should be lowercase: write `AS buildstep`" }] },
  { name: 'upper-case name in a later stage', dockerfile: 'FROM alpine AS base\nFROM base AS RUNTIME\n', expect: [{ line: 2, stage: 'RUNTIME' }] },
  { name: 'lower-case name', dockerfile: 'FROM alpine AS runtime-2.x\n', expect: [] },
  { name: 'no name', dockerfile: 'FROM Alpine\n', expect: [] },
  { name: 'the AS keyword itself may be any case', dockerfile: 'FROM alpine As tools\n', expect: [] },
  { name: 'flags do not shift the words', dockerfile: 'FROM --platform=$BUILDPLATFORM alpine AS Cross\n', expect: [{ line: 1, message: "'Cross'" }] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=StageNameCasing\nFROM alpine AS Tools\n', expect: [] },
  { name: 'suppressed by a comment above the FROM', dockerfile: 'ARG X=1\n# stagecraft ignore=stage-name-casing\nFROM alpine AS Tools\n', expect: [] },
]);
