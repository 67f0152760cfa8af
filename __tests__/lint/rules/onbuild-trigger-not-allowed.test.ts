import { onbuildTriggerNotAllowed } from '../../../src/lint/rules/onbuild-trigger-not-allowed.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(onbuildTriggerNotAllowed, [
  { name: 'ONBUILD ONBUILD', dockerfile: 'FROM debian:12\nONBUILD ONBUILD RUN anything\n', expect: [{ line: 2, severity: 'error', message: '`ONBUILD ONBUILD`' }] },
  { name: 'ONBUILD FROM', dockerfile: 'ONBUILD FROM debian:buster\n', expect: [{ line: 1, message: '`ONBUILD FROM`' }] },
  { name: 'ONBUILD MAINTAINER', dockerfile: 'FROM debian:12\nONBUILD MAINTAINER me\n', expect: [{ line: 2, message: 'LABEL org.opencontainers.image.authors' }] },
  { name: 'lower-case trigger', dockerfile: 'FROM debian:12\nonbuild from debian:12\n', expect: [{ line: 2, message: '`ONBUILD from`' }] },
  { name: 'ONBUILD RUN', dockerfile: 'FROM debian:12\nONBUILD RUN anything\n', expect: [] },
  { name: 'ONBUILD USER, WORKDIR, EXPOSE, ENV, ARG, ENTRYPOINT', dockerfile: 'ONBUILD USER a\nONBUILD WORKDIR /a\nONBUILD EXPOSE 69\nONBUILD ENV A=b\nONBUILD ARG x\nONBUILD ENTRYPOINT a\n', expect: [] },
  { name: 'MAINTAINER outside ONBUILD', dockerfile: 'MAINTAINER "Some Guy"\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3043\nONBUILD FROM debian:12\n', expect: [] },
]);
