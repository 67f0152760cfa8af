import { wgetWithoutProgress } from '../../../src/lint/rules/wget-without-progress.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(wgetWithoutProgress, [
  { name: 'plain wget', dockerfile: 'FROM node AS foo\nRUN wget my.xyz\n', expect: [{ line: 2, severity: 'info', message: '`wget my.xyz`' }] },
  { name: 'wget with -O only', dockerfile: 'FROM debian\nRUN wget -O /tmp/x https://example.com/x\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN wget my.xyz\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM node AS foo\nONBUILD RUN wget my.xyz\n', expect: [{ line: 2 }] },
  { name: 'Alpine with GNU wget installed', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget my.xyz\n', expect: [{ line: 3 }] },
  { name: 'GNU wget installed earlier in the same RUN', dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache wget~1.24 && wget my.xyz\n', expect: [{ line: 2, message: '`wget my.xyz`' }] },
  {
    name: 'GNU wget installed in the same RUN through a package list',
    dockerfile: "FROM alpine:3.20\nRUN deps='ca-certificates wget'; apk add --no-cache --virtual .fetch $deps; wget my.xyz; apk del .fetch\n",
    expect: [{ line: 2 }],
  },
  { name: 'GNU wget installed with apt-get in an earlier RUN', dockerfile: 'FROM busybox:1.36\nRUN apt-get install -y wget=1.21.3-1+b2\nRUN wget my.xyz\n', expect: [{ line: 3 }] },
  { name: 'wget that runs before GNU wget is installed is BusyBox\'s', dockerfile: 'FROM alpine:3.20\nRUN wget my.xyz && apk add --no-cache wget\n', expect: [] },
  { name: 'a simulated install leaves BusyBox wget', dockerfile: 'FROM busybox:1.36\nRUN apt-get install -s wget && wget my.xyz\n', expect: [] },
  { name: '--progress', dockerfile: 'FROM node\nRUN wget --progress=dot:giga my.xyz\n', expect: [] },
  { name: '-q', dockerfile: 'FROM node\nRUN wget -q my.xyz\n', expect: [] },
  { name: '-qO-', dockerfile: 'FROM node\nRUN wget -qO- my.xyz | tar x\n', expect: [] },
  { name: '--quiet', dockerfile: 'FROM node\nRUN wget --quiet my.xyz\n', expect: [] },
  { name: '-nv', dockerfile: 'FROM node\nRUN wget -nv my.xyz\n', expect: [] },
  { name: '--no-verbose', dockerfile: 'FROM node\nRUN wget --no-verbose my.xyz\n', expect: [] },
  { name: 'log to a file', dockerfile: 'FROM node\nRUN wget -o /tmp/wget.log my.xyz && wget --output-file=/tmp/l my.xyz\n', expect: [] },
  { name: 'append to a file', dockerfile: 'FROM node\nRUN wget -a /tmp/wget.log my.xyz && wget --append-output=/tmp/l my.xyz\n', expect: [] },
  { name: 'BusyBox wget on Alpine', dockerfile: 'FROM alpine:3.20\nRUN wget https://example.com/x\n', expect: [] },
  { name: 'BusyBox wget in a child of an Alpine stage', dockerfile: 'FROM node:22-alpine AS base\nFROM base\nRUN wget https://example.com/x\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM node\n# hadolint ignore=DL3047\nRUN wget my.xyz\n', expect: [] },
]);
