import { baseImageUsesLatest } from '../../../src/lint/rules/base-image-uses-latest.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(baseImageUsesLatest, [
  { name: 'latest', dockerfile: 'FROM debian:latest\n', expect: [{ line: 1, severity: 'warning', message: '`debian:latest`' }] },
  { name: 'latest, named stage', dockerfile: 'FROM debian:latest AS build\n', expect: [{ line: 1, stage: 'build' }] },
  { name: 'release tag', dockerfile: 'FROM debian:bookworm\n', expect: [] },
  { name: 'no tag is base-image-untagged, not this', dockerfile: 'FROM debian\n', expect: [] },
  {
    name: 'latest pinned by a digest',
    dockerfile: 'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    expect: [],
  },
  { name: 'latest from an ARG default', dockerfile: 'ARG TAG=latest\nFROM node:${TAG}\n', expect: [{ line: 2, message: '`ARG TAG=…:<version>`' }] },
  { name: 'ARG without a default', dockerfile: 'ARG TAG\nFROM node:${TAG}\n', expect: [] },
  { name: 'each stage', dockerfile: 'FROM golang:latest AS build\nFROM alpine:latest\n', expect: [{ line: 1 }, { line: 2 }] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3007\nFROM debian:latest\n', expect: [] },
]);
