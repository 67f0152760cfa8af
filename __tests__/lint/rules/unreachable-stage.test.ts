import { unreachableStage } from '../../../src/lint/rules/unreachable-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(unreachableStage, [
  {
    name: 'an unnamed stage nothing uses',
    dockerfile: 'FROM alpine\nRUN echo leftover\nFROM golang:1.22 AS build\nRUN go version\nFROM scratch\nCOPY --from=build /x /x\n',
    expect: [{ line: 1, message: 'Stage 0 is never used', severity: 'warning', stage: 0 }],
  },
  {
    name: 'a named stage may be a target of its own',
    dockerfile: 'FROM alpine AS test\nRUN echo test\nFROM alpine\nCMD ["true"]\n',
    expect: [],
  },
  {
    name: 'an unnamed stage used only by a named target is alive',
    dockerfile: 'FROM alpine\nRUN echo tool > /t\nFROM alpine AS debug\nCOPY --from=0 /t /t\nFROM alpine\nCMD ["true"]\n',
    expect: [],
  },
  {
    name: 'a reference through a variable may name any stage',
    dockerfile: 'ARG FROM_STAGE=0\nFROM alpine\nRUN echo a\nFROM alpine\nARG FROM_STAGE\nCOPY --from=$FROM_STAGE /a /a\n',
    expect: [],
  },
  { name: 'single stage', dockerfile: 'FROM alpine\n', expect: [] },
]);
