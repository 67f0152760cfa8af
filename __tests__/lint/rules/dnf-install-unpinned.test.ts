import { dnfInstallUnpinned } from '../../../src/lint/rules/dnf-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(dnfInstallUnpinned, [
  { name: 'unpinned package', dockerfile: 'FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n', expect: [{ line: 2, message: '`tomcat` is not pinned' }] },
  { name: 'microdnf', dockerfile: 'FROM ubi9-minimal\nRUN microdnf install -y rpm-sign\n', expect: [{ line: 2, message: 'microdnf install' }] },
  { name: 'module without stream', dockerfile: 'FROM fedora:40\nRUN dnf module install -y tomcat\n', expect: [{ line: 2, message: 'module `tomcat`' }] },
  { name: 'fragment', dockerfile: 'RUN dnf install -y tomcat\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM fedora:40\nONBUILD RUN dnf install -y tomcat\n', expect: [{ line: 2 }] },
  { name: 'new stage does not see the ENV', dockerfile: 'FROM fedora:40 AS build\nENV version=2\nFROM fedora:40\nRUN dnf -y install git-core-${version}\n', expect: [{ line: 4 }] },
  { name: 'pinned', dockerfile: 'FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 && dnf clean all\n', expect: [] },
  { name: 'epoch', dockerfile: 'FROM fedora:40\nRUN microdnf install -y openssl-1:1.1.1k\n', expect: [] },
  { name: 'module with stream', dockerfile: 'FROM fedora:40\nRUN dnf module install -y tomcat:9\n', expect: [] },
  { name: 'group install', dockerfile: 'FROM fedora:40\nRUN dnf -y --setopt=group_package_types=mandatory group install "Development Tools"\n', expect: [] },
  { name: 'ENV in a fragment', dockerfile: 'ENV version=2.51.0-2.fc42\nRUN dnf -y install git-core-${version}\n', expect: [] },
  { name: 'version the base image sets', dockerfile: 'FROM mariadb:11\nRUN dnf -y install MariaDB-backup-${MARIADB_VERSION}\n', expect: [] },
  { name: 'not dnf', dockerfile: 'FROM fedora:40\nRUN notdnf install tomcat\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM fedora:40\n# hadolint ignore=DL3041\nRUN dnf install -y tomcat\n', expect: [] },
]);
