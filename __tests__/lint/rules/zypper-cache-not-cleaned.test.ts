import { zypperCacheNotCleaned } from '../../../src/lint/rules/zypper-cache-not-cleaned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(zypperCacheNotCleaned, [
  { name: 'install without clean', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y httpd\n', expect: [{ line: 2, message: '`zypper install -y httpd`' }] },
  { name: 'clean before install', dockerfile: 'FROM opensuse/leap\nRUN zypper clean && zypper install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN zypper in -y httpd\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM opensuse/leap\nONBUILD RUN zypper install -y httpd\n', expect: [{ line: 2 }] },
  { name: 'zypper clean', dockerfile: 'FROM opensuse/leap\nRUN zypper install -y httpd && zypper clean --all\n', expect: [] },
  { name: 'zypper cc', dockerfile: 'FROM opensuse/leap\nRUN zypper -n in httpd && zypper cc -a\n', expect: [] },
  { name: 'global option before clean', dockerfile: 'FROM opensuse/leap\nRUN zypper -n in httpd && zypper --non-interactive clean\n', expect: [] },
  { name: 'rm of the cache', dockerfile: 'FROM opensuse/leap\nRUN zypper -n in httpd && rm -rf /var/cache/zypp/*\n', expect: [] },
  { name: 'cache mount', dockerfile: 'FROM opensuse/leap\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y httpd\n', expect: [] },
  { name: 'tmpfs mount, ONBUILD', dockerfile: 'FROM opensuse/leap\nONBUILD RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y httpd\n', expect: [] },
  { name: 'builder stage', dockerfile: 'FROM opensuse/leap AS build\nRUN zypper -n in gcc\nFROM scratch\nCOPY --from=build /o /o\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM opensuse/leap\n# hadolint ignore=DL3036\nRUN zypper install -y httpd\n', expect: [] },
]);
