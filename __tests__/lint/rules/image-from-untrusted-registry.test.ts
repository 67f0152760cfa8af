import { imageFromUntrustedRegistry } from '../../../src/lint/rules/image-from-untrusted-registry.js';
import { describeRule } from '../../helpers/rule-cases.js';

const trusted = (...registries: string[]) => ({ trustedRegistries: registries });

describeRule(imageFromUntrustedRegistry, [
  { name: 'no trusted registries configured', dockerfile: 'FROM random.com/debian:12\n', expect: [] },
  {
    name: 'registry not in the list',
    dockerfile: 'FROM random.com/debian:12\n',
    config: trusted('docker.io'),
    expect: [{ line: 1, severity: 'error', message: 'comes from random.com' }],
  },
  { name: 'registry in the list', dockerfile: 'FROM random.com/debian:12\n', config: trusted('x.com', 'random.com'), expect: [] },
  { name: 'suffix wildcard', dockerfile: 'FROM foo.random.com/debian:12\n', config: trusted('*.random.com'), expect: [] },
  { name: 'suffix wildcard, other registry', dockerfile: 'FROM x.com/debian:12\n', config: trusted('*.random.com'), expect: [{ line: 1 }] },
  { name: 'prefix wildcard', dockerfile: 'FROM registry.corp.example/app:1\n', config: trusted('registry.*'), expect: [] },
  { name: 'star trusts everything', dockerfile: 'FROM quay.io/app:1\n', config: trusted('*'), expect: [] },
  {
    name: 'every form of Docker Hub',
    dockerfile: 'FROM ubuntu:24.04 AS a\nFROM org/ubuntu:24.04 AS b\nFROM docker.io/org/ubuntu:24.04 AS c\n',
    config: trusted('docker.io'),
    expect: [],
  },
  {
    name: 'Docker Hub is distrusted when not listed',
    dockerfile: 'FROM ubuntu:24.04 AS a\nFROM org/ubuntu:24.04 AS b\nFROM docker.io/org/ubuntu:24.04 AS c\n',
    config: trusted('trusted.com'),
    expect: [{ line: 1 }, { line: 2 }, { line: 3 }],
  },
  { name: 'scratch and previous stages', dockerfile: 'FROM scratch AS a\nFROM a\n', config: trusted('trusted.com'), expect: [] },
  { name: 'image from an ARG default', dockerfile: 'ARG BASE=ghcr.io/org/base:1\nFROM $BASE\n', config: trusted('docker.io'), expect: [{ line: 2, message: '`ghcr.io/org/base:1`' }] },
  { name: 'ARG without a default', dockerfile: 'ARG BASE\nFROM $BASE\n', config: trusted('docker.io'), expect: [] },
  { name: 'COPY --from an image', dockerfile: 'COPY --from=untrusted.com/repo/image:tag /foo /bar\n', config: trusted('trusted.com'), expect: [{ line: 1, message: 'COPY --from' }] },
  { name: 'COPY --from a trusted image', dockerfile: 'COPY --from=trusted.com/repo/image:tag /foo /bar\n', config: trusted('trusted.com'), expect: [] },
  {
    name: 'RUN --mount from an image',
    dockerfile: 'FROM trusted.com/base:1\nRUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo make\n',
    config: trusted('trusted.com'),
    expect: [{ line: 2, message: 'RUN --mount' }],
  },
  { name: 'RUN --mount from a stage', dockerfile: 'FROM trusted.com/base:1 AS tools\nFROM trusted.com/base:1\nRUN --mount=from=tools,target=/t make\n', config: trusted('trusted.com'), expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3026\nFROM random.com/debian:12\n', config: trusted('docker.io'), expect: [] },
]);
