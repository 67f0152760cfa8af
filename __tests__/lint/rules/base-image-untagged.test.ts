import { baseImageUntagged } from '../../../src/lint/rules/base-image-untagged.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(baseImageUntagged, [
  { name: 'no tag', dockerfile: 'FROM debian\n', expect: [{ line: 1, severity: 'warning', message: '`debian` has no tag' }] },
  { name: 'no tag, named stage', dockerfile: 'FROM debian AS build\n', expect: [{ line: 1, stage: 'build' }] },
  { name: 'registry with a port, no tag', dockerfile: 'FROM localhost:5000/app\n', expect: [{ line: 1 }] },
  { name: 'tagged', dockerfile: 'FROM debian:12\n', expect: [] },
  { name: 'digest without tag', dockerfile: 'FROM ruby@sha256:f1dbca0f5dbc9a6f1dbca0f5dbc9a6f1dbca0f5dbc9a6f1dbca0f5dbc9a6f1db\n', expect: [] },
  { name: 'scratch', dockerfile: 'FROM scratch\n', expect: [] },
  { name: 'a previous stage', dockerfile: 'FROM golang:1.22 AS build\nFROM build AS test\n', expect: [] },
  { name: 'a stage defined later is an image', dockerfile: 'FROM build\nFROM golang:1.22 AS build\n', expect: [{ line: 1 }] },
  { name: 'ARG without a default', dockerfile: 'ARG IMAGE\nFROM ${IMAGE}\n', expect: [] },
  {
    name: 'ARG default without a tag',
    dockerfile: 'ARG BASE_IMAGE=node\nFROM $BASE_IMAGE\n',
    expect: [{ line: 2, message: 'the default of `ARG BASE_IMAGE` on line 1' }],
  },
  { name: 'ARG supplies the tag', dockerfile: 'ARG TAG=20\nFROM node:${TAG}\n', expect: [] },
  { name: 'ARG tag without a default', dockerfile: 'ARG TAG\nFROM node:$TAG\n', expect: [] },
  {
    name: 'every untagged stage, ONBUILD triggers ignored',
    dockerfile: 'FROM golang:1.22 AS build\nONBUILD RUN go build\nFROM node AS test\nONBUILD RUN npm test\nFROM alpine:3.20\n',
    expect: [{ line: 3, stage: 'test' }],
  },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3006\nFROM debian\n', expect: [] },
]);
