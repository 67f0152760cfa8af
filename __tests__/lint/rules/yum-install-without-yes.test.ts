import { yumInstallWithoutYes } from '../../../src/lint/rules/yum-install-without-yes.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(yumInstallWithoutYes, [
  { name: 'install without -y', dockerfile: 'FROM centos:7\nRUN yum install httpd && yum clean all\n', expect: [{ line: 2, message: '`yum install httpd`' }] },
  { name: 'groupinstall without -y', dockerfile: 'FROM centos:7\nRUN yum groupinstall "Development Tools"\n', expect: [{ line: 2 }] },
  { name: 'localinstall without -y', dockerfile: 'FROM centos:7\nRUN yum localinstall /tmp/x.rpm\n', expect: [{ line: 2 }] },
  { name: 'through sudo', dockerfile: 'FROM centos:7\nRUN sudo yum install httpd\n', expect: [{ line: 2 }] },
  { name: 'fragment without FROM', dockerfile: 'RUN yum install httpd\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM centos:7\nONBUILD RUN yum install httpd\n', expect: [{ line: 2 }] },
  { name: 'one finding per RUN', dockerfile: 'FROM centos:7\nRUN yum install a && yum install b\n', expect: [{ line: 2, message: '`yum install a`' }] },
  { name: '-y', dockerfile: 'FROM centos:7\nRUN yum install -y httpd\n', expect: [] },
  { name: '-y before the action', dockerfile: 'FROM centos:7\nRUN yum -y install httpd\n', expect: [] },
  { name: 'combined short flags', dockerfile: 'FROM centos:7\nRUN yum -qy install httpd\n', expect: [] },
  { name: '--assumeyes', dockerfile: 'FROM centos:7\nRUN yum install --assumeyes httpd\n', expect: [] },
  { name: 'other yum actions', dockerfile: 'FROM centos:7\nRUN yum clean all && yum makecache\n', expect: [] },
  { name: 'not a yum command', dockerfile: 'FROM centos:7\nRUN bash -c `# not yum`\nRUN echo yum install x\n', expect: [] },
  { name: 'every stage is checked', dockerfile: 'FROM centos:7 AS build\nRUN yum install gcc\nFROM scratch\nCOPY --from=build /x /x\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed by its DL code', dockerfile: 'FROM centos:7\n# hadolint ignore=DL3030\nRUN yum install httpd\n', expect: [] },
]);
