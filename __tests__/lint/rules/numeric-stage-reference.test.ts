import { numericStageReference } from '../../../src/lint/rules/numeric-stage-reference.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(numericStageReference, [
  {
    name: 'COPY --from=0 of a named stage',
    dockerfile: 'FROM golang:1.22 AS builder\nRUN go version\nFROM scratch\nCOPY --from=0 /go/bin /bin\n',
    expect: [{ line: 4, message: '`--from=0` names stage `builder` by its position: write `--from=builder`', severity: 'info' }],
  },
  {
    name: 'RUN --mount from=1',
    dockerfile: 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine\nRUN --mount=type=bind,from=1,target=/b ls /b\n',
    expect: [{ line: 4, message: '`--mount=…,from=1` names stage `b`' }],
  },
  { name: 'by name', dockerfile: 'FROM alpine AS builder\nFROM scratch\nCOPY --from=builder /x /x\n', expect: [] },
  { name: 'an unnamed stage has only its number', dockerfile: 'FROM alpine\nFROM scratch\nCOPY --from=0 /x /x\n', expect: [] },
  { name: 'an image reference is not a stage', dockerfile: 'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /busybox\n', expect: [] },
]);
