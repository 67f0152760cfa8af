import { invalidDefaultArgInFrom } from '../../../src/lint/rules/invalid-default-arg-in-from.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(invalidDefaultArgInFrom, [
  {
    name: 'a tag ARG without a default',
    dockerfile: 'ARG NODE_TAG\nFROM node:$NODE_TAG\n',
    expect: [{ line: 2, message: 'Default value for ARG node:$NODE_TAG results in empty or invalid base image name: with the defaults it is "node:"' }],
  },
  { name: 'the whole image from an ARG without a default', dockerfile: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS base\n', expect: [{ line: 2, message: '"" (empty image name); give `ARG BASE_IMAGE` a default' }] },
  { name: 'a default that breaks the reference', dockerfile: 'ARG REGISTRY="my registry"\nFROM $REGISTRY/app\n', expect: [{ line: 2 }] },
  { name: 'no variable, still not a reference', dockerfile: 'FROM Ubuntu:22.04\n', expect: [{ line: 1, message: '"Ubuntu:22.04" is not a valid image reference' }] },
  { name: 'defaults that work', dockerfile: 'ARG TAG=20-alpine\nARG VARIANT=""\nFROM node:${TAG}${VARIANT}\n', expect: [] },
  { name: 'an optional suffix', dockerfile: 'ARG SUFFIX\nFROM python:3.12${SUFFIX}\n', expect: [] },
  { name: 'a predefined argument', dockerfile: 'FROM --platform=$BUILDPLATFORM golang:1.22-${TARGETOS}\n', expect: [] },
  { name: 'stage references and scratch', dockerfile: 'FROM scratch AS base\nFROM base\n', expect: [] },
  { name: 'suppressed by check=skip', dockerfile: '# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM node:$TAG\n', expect: [] },
]);
