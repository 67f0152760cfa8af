import { yumInstallUnpinned } from '../../../src/lint/rules/yum-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(yumInstallUnpinned, [
  { name: 'unpinned package', dockerfile: 'FROM centos:7\nRUN yum install -y tomcat && yum clean all\n', expect: [{ line: 2, message: '`tomcat` is not pinned' }] },
  { name: 'a dash in the name is not a version', dockerfile: 'FROM centos:7\nRUN yum install -y rpm-sign\n', expect: [{ line: 2, message: '`rpm-sign`' }] },
  { name: 'several packages, one finding', dockerfile: 'FROM centos:7\nRUN yum install -y a b-1.0 c\n', expect: [{ line: 2, message: '`a` and `c` are not pinned' }] },
  { name: 'module without stream', dockerfile: 'FROM centos:8\nRUN yum module install -y nodejs\n', expect: [{ line: 2, message: 'module `nodejs`' }] },
  { name: 'fragment', dockerfile: 'RUN yum install -y tomcat\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM centos:7\nONBUILD RUN yum install -y tomcat\n', expect: [{ line: 2 }] },
  { name: 'undefined version variable', dockerfile: 'FROM fedora:40\nRUN yum install -y git-${VERSION}\n', expect: [{ line: 2 }] },
  {
    name: 'ENV of another, unrelated stage',
    dockerfile: 'FROM fedora:40 AS build\nENV version=2.51\nFROM fedora:40\nRUN yum -y install git-core-${version}\n',
    expect: [{ line: 4 }],
  },
  { name: 'pinned', dockerfile: 'FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all\n', expect: [] },
  { name: 'epoch', dockerfile: 'FROM centos:7\nRUN yum install -y openssl-1:1.1.1k\n', expect: [] },
  { name: 'dash and plus in the name', dockerfile: 'FROM centos:7\nRUN yum install -y gcc-c++-8.5.0 rpm-sign-4.16.1.3\n', expect: [] },
  { name: 'module with stream', dockerfile: 'FROM centos:8\nRUN yum module install -y nodejs:18\n', expect: [] },
  { name: 'local rpm file', dockerfile: 'FROM centos:7\nRUN yum install -y /tmp/package.rpm ./other.rpm\n', expect: [] },
  { name: 'remote rpm', dockerfile: 'FROM centos:7\nRUN yum install -y https://example.com/repo-release.noarch.rpm\n', expect: [] },
  { name: 'ENV version', dockerfile: 'FROM fedora:40\nENV version=2.51.0\nRUN yum -y install git-core-${version}\n', expect: [] },
  { name: 'ARG version, unbraced', dockerfile: 'FROM fedora:40\nARG version=2.51.0\nRUN yum -y install git-core-$version\n', expect: [] },
  { name: 'ARG declared in an earlier stage (passed with --build-arg)', dockerfile: 'FROM fedora:40 AS a\nARG version\nFROM fedora:40\nRUN yum -y install git-core-${version}\n', expect: [] },
  { name: 'ENV inherited from the parent stage', dockerfile: 'FROM fedora:40 AS a\nENV version=1\nFROM a\nRUN yum -y install git-core-${version}\n', expect: [] },
  { name: 'base only known at build time', dockerfile: 'ARG BASE\nFROM $BASE\nRUN yum -y install mariadb-${MARIADB_VERSION}\n', expect: [] },
  { name: 'packages listed by a command', dockerfile: 'FROM centos:7\nRUN yum install -y $(cat /tmp/packages)\n', expect: [] },
  { name: 'group install has no version', dockerfile: 'FROM centos:7\nRUN yum -y group install "Development Tools"\n', expect: [] },
  { name: 'option values are not packages', dockerfile: 'FROM centos:7\nRUN yum install -y --enablerepo epel --setopt tsflags=nodocs jq-1.6\n', expect: [] },
  { name: 'not yum', dockerfile: 'FROM centos:7\nRUN bash -c `# not yum`\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM centos:7\n# hadolint ignore=DL3033\nRUN yum install -y tomcat\n', expect: [] },
]);
