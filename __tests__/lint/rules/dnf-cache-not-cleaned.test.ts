import { dnfCacheNotCleaned } from '../../../src/lint/rules/dnf-cache-not-cleaned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(dnfCacheNotCleaned, [
  { name: 'install without clean', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd\n', expect: [{ line: 2, message: '`dnf install -y httpd`' }] },
  { name: 'microdnf', dockerfile: 'FROM ubi9-minimal\nRUN microdnf install -y httpd\n', expect: [{ line: 2, message: 'microdnf clean all' }] },
  { name: 'upgrade downloads too', dockerfile: 'FROM fedora:40\nRUN dnf -y upgrade\n', expect: [{ line: 2 }] },
  { name: 'short actions', dockerfile: 'FROM fedora:40\nRUN dnf -y in httpd\nRUN dnf -y up-min\nRUN dnf -y rei httpd\n', expect: [{ line: 2 }, { line: 3 }, { line: 4 }] },
  { name: 'the other tool cleaning does not count', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd && microdnf clean all\n', expect: [{ line: 2 }] },
  { name: 'clean before install', dockerfile: 'FROM fedora:40\nRUN rm -rf /var/cache/libdnf5 && dnf install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN dnf install -y httpd\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'dnf clean all', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n', expect: [] },
  { name: 'microdnf clean all', dockerfile: 'FROM ubi9-minimal\nRUN microdnf install -y httpd && microdnf clean all\n', expect: [] },
  { name: 'rm of the yum cache', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /var/cache/yum/*\n', expect: [] },
  { name: 'rm of the dnf cache', dockerfile: 'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /var/cache/dnf\n', expect: [] },
  { name: 'cache mount', dockerfile: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd\n', expect: [] },
  { name: 'cache mount of dnf4', dockerfile: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf,sharing=locked dnf install -y httpd\n', expect: [] },
  { name: 'tmpfs mount, ONBUILD', dockerfile: 'FROM fedora:40\nONBUILD RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y httpd\n', expect: [] },
  { name: 'a command merely named like dnf', dockerfile: 'FROM fedora:40\nRUN notdnf install httpd\n', expect: [] },
  {
    name: 'a builder stage does not ship its cache',
    dockerfile: 'FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM scratch\nCOPY --from=build /out /out\n',
    expect: [],
  },
  {
    name: 'an ONBUILD trigger in a builder stage still runs in images built from it',
    dockerfile: 'FROM fedora:40 AS base\nONBUILD RUN dnf install -y httpd\nFROM scratch\nCOPY --from=base /x /x\n',
    expect: [{ line: 2 }],
  },
  { name: 'suppressed', dockerfile: 'FROM fedora:40\n# hadolint ignore=DL3040\nRUN dnf install -y httpd\n', expect: [] },
]);
