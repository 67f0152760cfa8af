import { baseImageTagDrift } from '../../../src/lint/rules/base-image-tag-drift.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(baseImageTagDrift, [
  {
    name: 'build on node 18, run on node 20',
    dockerfile: 'FROM node:18-alpine AS build\nRUN npm ci\nFROM node:20-alpine\nCOPY --from=build /app /app\n',
    expect: [{ line: 3, message: '`node` is pulled as `node:18-alpine` (line 1), `node:20-alpine` (line 3) — two different versions', severity: 'warning' }],
  },
  {
    name: 'pinned and floating',
    dockerfile: 'FROM alpine:3.20 AS a\nRUN true\nFROM alpine:latest\nCOPY --from=a /x /x\n',
    expect: [{ line: 3, message: 'a pinned version in one place and a floating tag in the other' }],
  },
  {
    name: 'one tag, two digests',
    dockerfile: `FROM alpine:3.20@sha256:${'a'.repeat(64)} AS a\nRUN true\nFROM alpine:3.20@sha256:${'b'.repeat(64)}\nCOPY --from=a /x /x\n`,
    expect: [{ line: 3, message: 'the same tag pinned to two different digests' }],
  },
  {
    name: 'COPY --from an image counts',
    dockerfile: 'FROM golang:1.22 AS build\nRUN go version\nFROM scratch\nCOPY --from=golang:1.21 /usr/local/go/lib/time/zoneinfo.zip /\nCOPY --from=build /x /x\n',
    expect: [{ line: 4 }],
  },
  { name: 'one version, two variants', dockerfile: 'FROM node:20 AS build\nRUN true\nFROM node:20-slim\nCOPY --from=build /a /a\n', expect: [] },
  { name: 'a version floating within the other', dockerfile: 'FROM python:3.12 AS build\nRUN true\nFROM python:3.12.4-slim\nCOPY --from=build /a /a\n', expect: [] },
  { name: 'variant tags without versions', dockerfile: 'FROM gcr.io/distroless/static:debug AS prep\nRUN ["/busybox/true"]\nFROM gcr.io/distroless/static\nCOPY --from=prep /x /x\n', expect: [] },
  { name: 'different repositories', dockerfile: 'FROM golang:1.22 AS build\nRUN true\nFROM alpine:3.20\nCOPY --from=build /a /a\n', expect: [] },
  { name: 'a stage the target does not need', dockerfile: 'FROM node:18 AS old\nRUN true\nFROM node:20\nCMD ["node"]\n', expect: [] },
  { name: 'one finding per repository', dockerfile: 'FROM alpine:3.18 AS a\nRUN true\nFROM alpine:3.19 AS b\nRUN true\nFROM alpine:3.20\nCOPY --from=a /a /a\nCOPY --from=b /b /b\n', expect: [{ line: 3, message: '`alpine:3.20` (line 5)' }] },
]);
