import { pointlessCommandInRun } from '../../../src/lint/rules/pointless-command-in-run.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM debian:12\n';

describeRule(pointlessCommandInRun, [
  { name: 'service start', dockerfile: `${from}RUN service nginx start\n`, expect: [{ line: 2, severity: 'info', message: '`service` starts or stops a service' }] },
  { name: 'top', dockerfile: `${from}RUN top -b -n 1\n`, expect: [{ line: 2, message: '`top`' }] },
  { name: 'ps in a pipeline', dockerfile: `${from}RUN ps aux | grep nginx\n`, expect: [{ line: 2, message: '`ps`' }] },
  { name: 'ifconfig', dockerfile: `${from}RUN ifconfig -a\n`, expect: [{ line: 2 }] },
  { name: 'vim through sudo', dockerfile: `${from}RUN sudo vim /etc/hosts\n`, expect: [{ line: 2, message: '`vim`' }] },
  { name: 'installing the tools is fine', dockerfile: `${from}RUN apt-get install -y openssh-client vim procps\n`, expect: [] },
  { name: 'looking a command up is fine', dockerfile: `${from}RUN command -v ssh && which top\n`, expect: [] },
  { name: 'ssh-keygen is not ssh', dockerfile: `${from}RUN ssh-keygen -A\n`, expect: [] },
  { name: 'gpgconf --kill is not kill', dockerfile: `${from}RUN gpgconf --kill all\n`, expect: [] },
  { name: 'one finding per RUN', dockerfile: `${from}RUN service mysql start && ps aux\n`, expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN free -m\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN shutdown -h now\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM debian:12 AS build\nRUN mount\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3001\nRUN service nginx start\n`, expect: [] },
]);
