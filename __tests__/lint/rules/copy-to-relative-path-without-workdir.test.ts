import { copyToRelativePathWithoutWorkdir } from '../../../src/lint/rules/copy-to-relative-path-without-workdir.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copyToRelativePathWithoutWorkdir, [
  { name: 'relative destination', dockerfile: 'FROM node:20\nCOPY package.json .\n', expect: [{ line: 2, severity: 'warning', message: 'wherever `node:20` sets' }] },
  { name: 'quoted relative destination, no FROM', dockerfile: 'COPY bla.sh "blubb.sh"\n', expect: [{ line: 1 }] },
  { name: 'single-character paths', dockerfile: 'COPY a b\n', expect: [{ line: 1 }] },
  { name: 'COPY --from too', dockerfile: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app app\n', expect: [{ line: 3 }] },
  { name: 'absolute destination', dockerfile: 'FROM node:20\nCOPY bla.sh "/usr/local/bin/blubb.sh"\n', expect: [] },
  { name: 'Windows destinations', dockerfile: 'COPY a c:\\system32\\a\nCOPY b "d:\\x\\b"\nCOPY c c:/x/c\n', expect: [] },
  { name: 'variable destination', dockerfile: 'COPY src.sh ${DEST}\nCOPY src.sh "$DEST"\n', expect: [] },
  { name: 'WORKDIR set before', dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY . .\n', expect: [] },
  { name: 'WORKDIR set after', dockerfile: 'FROM node:20\nCOPY . .\nWORKDIR /app\n', expect: [{ line: 2 }] },
  {
    name: 'WORKDIR in a parent stage counts',
    dockerfile: 'FROM node:20 AS base1\nWORKDIR /app\nFROM base1 AS base2\nRUN true\nFROM base2\nCOPY . .\n',
    expect: [],
  },
  {
    name: 'WORKDIR in an unrelated stage does not',
    dockerfile: 'FROM debian:12 AS stage1\nWORKDIR /usr\nFROM debian:12\nCOPY foo bar\n',
    expect: [{ line: 4, stage: 1 }],
  },
  { name: 'a chain FROM scratch works in /', dockerfile: 'FROM scratch AS out\nCOPY app app\nFROM out\nCOPY b b\n', expect: [] },
  { name: 'ONBUILD COPY runs in the child image', dockerfile: 'FROM debian:12\nONBUILD COPY foo bar\n', expect: [] },
  { name: 'ADD is not judged', dockerfile: 'FROM debian:12\nADD foo.tar bar\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM node:20\n# hadolint ignore=DL3045\nCOPY . .\n', expect: [] },
]);
