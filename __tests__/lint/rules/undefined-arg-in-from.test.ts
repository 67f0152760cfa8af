import { undefinedArgInFrom } from '../../../src/lint/rules/undefined-arg-in-from.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(undefinedArgInFrom, [
  {
    name: 'undeclared variable in the image',
    dockerfile: 'FROM node:${NODE_MAJOR}-alpine\n',
    expect: [{ line: 1, message: "FROM argument 'NODE_MAJOR' is not declared: declare it with `ARG NODE_MAJOR=…` before the first FROM" }],
  },
  {
    name: 'a typo of a declared one gets a suggestion',
    dockerfile: 'ARG DEBIAN_RELEASE=bookworm\nFROM debian:$DEBIAN_RELAESE\n',
    expect: [{ line: 2, message: "FROM argument 'DEBIAN_RELAESE' is not declared (did you mean DEBIAN_RELEASE?)" }],
  },
  {
    name: 'a typo of a predefined platform argument in --platform',
    dockerfile: 'FROM --platform=$BUILDPLATFROM golang AS build\n',
    expect: [{ line: 1, message: '(did you mean BUILDPLATFORM?)' }],
  },
  { name: 'each name once per FROM', dockerfile: 'FROM --platform=$X img:$X\n', expect: [{ line: 1 }] },
  { name: 'declared with a default', dockerfile: 'ARG TAG=3.20\nFROM alpine:$TAG\n', expect: [] },
  { name: 'declared without a default', dockerfile: 'ARG TAG\nFROM alpine${TAG:+:$TAG}\n', expect: [] },
  { name: 'predefined platform arguments', dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${TARGETOS}/${TARGETARCH} alpine\n', expect: [] },
  { name: 'ARG inside a stage is not a FROM argument', dockerfile: 'FROM alpine AS a\nARG V=1\nFROM alpine:$V\n', expect: [{ line: 3 }] },
  { name: 'escaped dollar', dockerfile: 'FROM alpine\\$X\n', expect: [] },
  { name: 'suppressed by a check comment above the FROM', dockerfile: '# check=skip=UndefinedArgInFrom\nFROM alpine:$V\n', expect: [] },
]);
