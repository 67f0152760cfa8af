import { yumCacheNotCleaned } from '../../../src/lint/rules/yum-cache-not-cleaned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(yumCacheNotCleaned, [
  { name: 'install without clean', dockerfile: 'FROM centos:7\nRUN yum install -y httpd\n', expect: [{ line: 2, message: '`yum install -y httpd`' }] },
  { name: 'clean before install does not count', dockerfile: 'FROM centos:7\nRUN yum clean all && yum install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'a second install after the clean', dockerfile: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b\n', expect: [{ line: 2, message: 'yum install -y b' }] },
  { name: 'clean in a later RUN is too late', dockerfile: 'FROM centos:7\nRUN yum install -y httpd\nRUN yum clean all\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN yum install -y httpd\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM centos:7\nONBUILD RUN yum install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'yum clean all', dockerfile: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n', expect: [] },
  { name: 'rm -rf /var/cache/yum', dockerfile: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n', expect: [] },
  { name: 'rm -rf /var/cache', dockerfile: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/*\n', expect: [] },
  { name: 'removing something else does not clean', dockerfile: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /tmp/build\n', expect: [{ line: 2 }] },
  { name: 'cache mount', dockerfile: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n', expect: [] },
  { name: 'tmpfs mount', dockerfile: 'FROM centos:7\nRUN --mount=type=tmpfs,target=/var/cache/yum yum install -y httpd\n', expect: [] },
  { name: 'a bind mount keeps nothing out', dockerfile: 'FROM centos:7\nRUN --mount=type=bind,target=/var/cache/yum yum install -y httpd\n', expect: [{ line: 2 }] },
  {
    name: 'a builder stage only copied from does not ship its cache',
    dockerfile: 'FROM centos:7 AS build\nRUN yum install -y gcc && make\nFROM centos:7\nCOPY --from=build /out /out\nRUN yum install -y httpd\n',
    expect: [{ line: 5 }],
  },
  { name: 'a parent stage ships its cache', dockerfile: 'FROM centos:7 AS base\nRUN yum install -y httpd\nFROM base\nRUN echo ok\n', expect: [{ line: 2, stage: 'base' }] },
  { name: 'the --target decides what ships', dockerfile: 'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nRUN echo ok\n', target: 'build', expect: [{ line: 2 }] },
  { name: 'suppressed', dockerfile: 'FROM centos:7\n# hadolint ignore=DL3032\nRUN yum install -y httpd\n', expect: [] },
]);
