import { aptListsNotDeleted } from '../../../src/lint/rules/apt-lists-not-deleted.js';
import { describeRule } from '../../helpers/rule-cases.js';

const install = 'apt-get update && apt-get install -y curl';

describeRule(aptListsNotDeleted, [
  { name: 'update without cleanup', dockerfile: `FROM debian:12\nRUN ${install}\n`, expect: [{ line: 2, severity: 'info', message: '`apt-get update`' }] },
  { name: 'rm -rf of the lists', dockerfile: `FROM debian:12\nRUN ${install} && rm -rf /var/lib/apt/lists/*\n`, expect: [] },
  { name: 'rm of the lists directory itself', dockerfile: `FROM debian:12\nRUN ${install} && rm -r /var/lib/apt/lists\n`, expect: [] },
  { name: 'rm with brace expansion', dockerfile: `FROM debian:12\nRUN ${install} && rm -rf /var/lib/{apt,dpkg}/lists\n`, expect: [] },
  { name: 'apt-get distclean', dockerfile: `FROM debian:13\nRUN ${install}; apt-get dist-clean\n`, expect: [] },
  { name: 'find … -delete', dockerfile: `FROM debian:12\nRUN ${install} && find /var/lib/apt/lists -type f -delete\n`, expect: [] },
  { name: 'a helper that cleans up itself', dockerfile: 'FROM bitnami/minideb\nRUN apt-get update && install_packages curl\n', expect: [] },
  { name: 'apt-get clean is not enough', dockerfile: `FROM debian:12\nRUN ${install} && apt-get clean\n`, expect: [{ line: 2 }] },
  { name: 'cleanup of something else', dockerfile: `FROM debian:12\nRUN ${install} && rm -rf /tmp/*\n`, expect: [{ line: 2 }] },
  { name: 'cleanup in a later RUN is too late', dockerfile: `FROM debian:12\nRUN ${install}\nRUN rm -rf /var/lib/apt/lists/*\n`, expect: [{ line: 2 }] },
  { name: 'apt update', dockerfile: 'FROM debian:12\nRUN apt update && apt install -y curl\n', expect: [{ line: 2, message: '`apt update`' }] },
  { name: 'aptitude update', dockerfile: 'FROM debian:12\nRUN aptitude update && aptitude install -y curl\n', expect: [{ line: 2 }] },
  { name: 'install without update', dockerfile: 'FROM debian:12\nRUN apt-get install -y curl\n', expect: [] },
  { name: 'cache mount on the lists', dockerfile: `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists ${install}\n`, expect: [] },
  {
    name: 'cache mounts on /var/lib/apt and /var/cache/apt',
    dockerfile: `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    ${install}\n`,
    expect: [],
  },
  { name: 'tmpfs mounts on both', dockerfile: `FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt ${install}\n`, expect: [] },
  { name: 'cache mount on /var/cache/apt only', dockerfile: `FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt ${install}\n`, expect: [{ line: 2 }] },
  { name: 'cache mount on /var/lib/apt only', dockerfile: `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt ${install}\n`, expect: [{ line: 2 }] },
  { name: 'a secret mount keeps nothing out of the layer', dockerfile: `FROM debian:12\nRUN --mount=type=secret,id=netrc,target=/root/.netrc ${install}\n`, expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: `RUN ${install}\n`, expect: [{ line: 1 }] },
  {
    name: 'build stage whose files never ship',
    dockerfile: `FROM debian:12 AS build\nRUN ${install}\nFROM scratch\nCOPY --from=build /bin/true /true\n`,
    expect: [],
  },
  {
    name: 'stage the target is built FROM ships',
    dockerfile: `FROM debian:12 AS base\nRUN ${install}\nFROM base\nRUN echo done\n`,
    expect: [{ line: 2, stage: 'base' }],
  },
  {
    name: 'a chosen target ships its own stage only',
    dockerfile: `FROM debian:12 AS dev\nRUN ${install}\nFROM debian:12 AS prod\nRUN echo done\n`,
    target: 'prod',
    expect: [],
  },
  {
    name: 'building the build stage as target',
    dockerfile: `FROM debian:12 AS dev\nRUN ${install}\nFROM debian:12 AS prod\nRUN echo done\n`,
    target: 'dev',
    expect: [{ line: 2, stage: 'dev' }],
  },
  {
    name: 'ONBUILD trigger in any stage: it runs in images built from it',
    dockerfile: `FROM debian:12 AS base\nONBUILD RUN ${install}\nFROM scratch\nCOPY --from=base /etc/hostname /h\n`,
    expect: [{ line: 2, message: 'every image built FROM this one' }],
  },
  { name: 'suppressed', dockerfile: `FROM debian:12\n# hadolint ignore=DL3009\nRUN ${install}\n`, expect: [] },
]);
