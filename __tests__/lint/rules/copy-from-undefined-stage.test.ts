import { copyFromUndefinedStage } from '../../../src/lint/rules/copy-from-undefined-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copyFromUndefinedStage, [
  {
    name: 'a typo of a stage name fails the build: an error',
    dockerfile: 'FROM golang:1.22 AS builder\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=biulder /app /app\n',
    expect: [{ line: 4, severity: 'error', message: 'no stage is named `biulder` — did you mean `builder`? As written, the build fails pulling `docker.io/library/biulder`' }],
  },
  {
    name: 'a letter missing is a typo too',
    dockerfile: 'FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=buildr /app /app\n',
    expect: [{ line: 3, severity: 'error', message: 'did you mean `builder`?' }],
  },
  {
    name: 'two edits away: a guess, a warning',
    dockerfile: 'FROM node:20 AS assets\nFROM nginx:1.27\nCOPY --from=asets2 /dist /usr/share/nginx/html\n',
    expect: [{ line: 3, severity: 'warning', message: 'did you mean `assets`?' }],
  },
  {
    name: 'a severity set in config still wins over the typo error',
    dockerfile: 'FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=biulder /app /app\n',
    config: { severity: { DL3022: 'warning' } },
    expect: [{ line: 3, severity: 'warning' }],
  },
  {
    name: 'shortened stage name: a guess, a warning',
    dockerfile: 'FROM golang:1.22 AS license-set\nFROM scratch\nCOPY --from=set /out /\n',
    expect: [{ line: 3, severity: 'warning', message: 'did you mean `license-set`?' }],
  },
  {
    name: 'stage defined after the COPY',
    dockerfile: 'FROM scratch\nCOPY --from=build foo .\nFROM node:20 AS build\nRUN make\n',
    expect: [{ line: 2, message: 'stage `build` is defined after this line (line 3)' }],
  },
  { name: 'nothing defined, no FROM', dockerfile: 'COPY --from=foo bar .\n', expect: [{ line: 1, severity: 'warning', message: '--build-context foo=' }] },
  { name: 'stage index out of range', dockerfile: 'FROM node:20\nCOPY --from=3 foo .\n', expect: [{ line: 2, message: 'no stage 3 before this one' }] },
  { name: 'stage index without any stage', dockerfile: 'COPY --from=0 bar .\n', expect: [{ line: 1 }] },
  {
    name: 'ARG default names no stage',
    dockerfile: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nARG SRC=bild\nCOPY --from=$SRC /app /app\n',
    expect: [{ line: 4, severity: 'error', message: '(`$SRC` resolves to `bild`) — did you mean `build`? As written, the build fails' }],
  },
  { name: 'defined stage', dockerfile: 'FROM scratch AS build\nRUN foo\nFROM node:20\nCOPY --from=build foo .\n', expect: [] },
  { name: 'stage names are case-insensitive', dockerfile: 'FROM scratch AS Build\nFROM node:20\nCOPY --from=build foo .\n', expect: [] },
  { name: 'stage index', dockerfile: 'FROM scratch\nRUN foo\nFROM node:20\nCOPY --from=0 foo .\n', expect: [] },
  { name: 'image with a tag', dockerfile: 'COPY --from=haskell:latest bar .\n', expect: [] },
  { name: 'image with a registry path', dockerfile: 'FROM alpine:3.20\nCOPY --from=docker/buildx-bin /buildx /usr/bin/\n', expect: [] },
  { name: 'ARG default naming a stage', dockerfile: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nARG SRC=build\nCOPY --from=$SRC /app /app\n', expect: [] },
  { name: 'ARG without a default', dockerfile: 'FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /app /app\n', expect: [] },
  { name: 'its own stage is copy-from-own-stage', dockerfile: 'FROM node:20 AS foo\nCOPY --from=foo bar .\n', expect: [] },
  { name: 'ONBUILD COPY runs in another build', dockerfile: 'FROM node:20\nONBUILD COPY --from=assets /x /x\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3022\nCOPY --from=foo bar .\n', expect: [] },
]);
