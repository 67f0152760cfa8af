import { invalidDefaultArgInFrom } from '../../../src/lint/rules/invalid-default-arg-in-from.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(invalidDefaultArgInFrom, [
  {
    name: 'a tag ARG without a default',
    dockerfile: 'ARG NODE_TAG\nFROM node:$NODE_TAG\n',
    expect: [{ line: 2, message: 'Default value for ARG node:$NODE_TAG results in empty or invalid base image name: with the defaults it is "node:"' }],
  },
  { name: 'the whole image from an ARG without a default', dockerfile: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS base\n', expect: [{ line: 2, message: '"" (empty image name). Give `ARG BASE_IMAGE` a default' }] },
  {
    name: 'once per ARG: later FROMs it breaks are named in the first finding',
    dockerfile: 'ARG TAG\nFROM node:$TAG AS web\nFROM python:$TAG AS api\nFROM golang:$TAG\n',
    expect: [{ line: 2, message: 'with the defaults it is "node:" (invalid tag ""); the same argument breaks the FROM on lines 3, 4. Give `ARG TAG` a default' }],
  },
  {
    name: 'the message says how to require the argument on purpose',
    dockerfile: 'ARG TAG\nFROM node:$TAG\n',
    expect: [{ line: 2, message: 'If every build must pass `--build-arg TAG=…` on purpose, say so: `# check=skip=InvalidDefaultArgInFrom` as the file\'s first line, `# stagecraft ignore=InvalidDefaultArgInFrom` above `ARG TAG`, or `ignore: [InvalidDefaultArgInFrom]` in `.stagecraft.yml`' }],
  },
  {
    name: 'a different argument is a finding of its own',
    dockerfile: 'ARG TAG\nARG BASE\nFROM node:$TAG\nFROM $BASE\nFROM python:$TAG\n',
    expect: [{ line: 3, message: 'breaks the FROM on line 5.' }, { line: 4, message: 'Give `ARG BASE` a default' }],
  },
  { name: 'required on purpose: a comment above the ARG', dockerfile: '# stagecraft ignore=InvalidDefaultArgInFrom\nARG TAG\nFROM node:$TAG\nFROM python:$TAG\n', expect: [] },
  { name: 'required on purpose: in config', dockerfile: 'ARG TAG\nFROM node:$TAG\n', config: { ignore: ['InvalidDefaultArgInFrom'] }, expect: [] },
  { name: 'a default that breaks the reference', dockerfile: 'ARG REGISTRY="my registry"\nFROM $REGISTRY/app\n', expect: [{ line: 2 }] },
  // Without variables no default is to blame: BuildKit fails on it whatever the arguments, a parse-error.
  { name: 'no variable: a parse-error, not this', dockerfile: 'FROM Ubuntu:22.04\n', expect: [] },
  { name: 'a stage named with capitals: a parse-error, not this', dockerfile: 'FROM alpine:3.20 AS builder\nFROM Builder\n', expect: [] },
  { name: 'defaults that work', dockerfile: 'ARG TAG=20-alpine\nARG VARIANT=""\nFROM node:${TAG}${VARIANT}\n', expect: [] },
  { name: 'an optional suffix', dockerfile: 'ARG SUFFIX\nFROM python:3.12${SUFFIX}\n', expect: [] },
  { name: 'a predefined argument', dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}\n', expect: [] },
  { name: 'stage references and scratch', dockerfile: 'FROM scratch AS base\nFROM base\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM node:$TAG\n', expect: [] },
]);
