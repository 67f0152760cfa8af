import { sudoInRun } from '../../../src/lint/rules/sudo-in-run.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM debian:12\n';

describeRule(sudoInRun, [
  { name: 'sudo', dockerfile: `${from}USER app\nRUN sudo apt-get update\n`, expect: [{ line: 3, severity: 'error', message: 'put `USER root` before this RUN' }] },
  { name: 'sudo later in the RUN', dockerfile: `${from}RUN apt-get update && sudo apt-get install -y wget\n`, expect: [{ line: 2 }] },
  { name: 'sudo -u another user', dockerfile: `${from}RUN sudo -u app bundle install\n`, expect: [{ line: 2, message: '`gosu app bundle install`' }] },
  { name: 'installing sudo', dockerfile: `${from}RUN apt-get install -y sudo\n`, expect: [] },
  { name: 'configuring sudo', dockerfile: `${from}RUN echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app\n`, expect: [] },
  { name: 'in a command substitution', dockerfile: `${from}RUN echo "$(sudo id -u)"\n`, expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN sudo make install\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN sudo make install\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM debian:12 AS build\nRUN sudo make\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3004\nRUN sudo make install\n`, expect: [] },
]);
