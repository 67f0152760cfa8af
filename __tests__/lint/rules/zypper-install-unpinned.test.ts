import { zypperInstallUnpinned } from '../../../src/lint/rules/zypper-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(zypperInstallUnpinned, [
  { name: 'unpinned', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y tomcat && zypper clean\n', expect: [{ line: 2, message: '`tomcat` is not pinned' }] },
  { name: 'short action', dockerfile: 'FROM opensuse/leap\nRUN zypper -n in curl git=2.43\n', expect: [{ line: 2, message: '`curl`' }] },
  { name: 'fragment', dockerfile: 'RUN zypper install -y tomcat\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM opensuse/leap\nONBUILD RUN zypper install -y tomcat\n', expect: [{ line: 2 }] },
  { name: 'exact version', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y tomcat=9.0.39\n', expect: [] },
  { name: 'version ranges (escaped for the shell)', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y a\\>=9.0 b\\>9 c\\<=9 d\\<9\n', expect: [] },
  { name: 'quoted range', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y "tomcat>=9.0"\n', expect: [] },
  { name: 'rpm file', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y tomcat-9.0.39-1.rpm\n', expect: [] },
  { name: 'repository option value is not a package', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y --repo oss tomcat=9\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM opensuse/leap\n# hadolint ignore=DL3037\nRUN zypper install -y tomcat\n', expect: [] },
]);
