import { aptInsteadOfAptGet } from '../../../src/lint/rules/apt-instead-of-apt-get.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(aptInsteadOfAptGet, [
  { name: 'apt install', dockerfile: 'FROM ubuntu:24.04\nRUN apt install -y wget\n', expect: [{ line: 2, severity: 'warning', message: 'with `apt-get install`' }] },
  { name: 'apt update', dockerfile: 'FROM ubuntu:24.04\nRUN apt update\n', expect: [{ line: 2, message: '`apt-get update`' }] },
  { name: 'apt search points to apt-cache', dockerfile: 'FROM ubuntu:24.04\nRUN apt search wget\n', expect: [{ line: 2, message: '`apt-cache search`' }] },
  { name: 'apt full-upgrade', dockerfile: 'FROM ubuntu:24.04\nRUN apt full-upgrade -y\n', expect: [{ line: 2, message: '`apt-get dist-upgrade`' }] },
  { name: 'apt-get', dockerfile: 'FROM ubuntu:24.04\nRUN apt-get install -y wget\n', expect: [] },
  { name: 'apt-cache', dockerfile: 'FROM ubuntu:24.04\nRUN apt-cache policy wget\n', expect: [] },
  { name: 'apt as an argument', dockerfile: 'FROM ubuntu:24.04\nRUN echo apt install wget\n', expect: [] },
  { name: 'one finding per RUN', dockerfile: 'FROM ubuntu:24.04\nRUN apt update && apt install -y wget\n', expect: [{ line: 2 }] },
  { name: 'through sudo', dockerfile: 'FROM ubuntu:24.04\nRUN sudo apt install -y wget\n', expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apt install wget\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM ubuntu:24.04\nONBUILD RUN apt install -y wget\n', expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM ubuntu:24.04 AS build\nRUN apt install -y gcc\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: 'FROM ubuntu:24.04\n# hadolint ignore=DL3027\nRUN apt install -y wget\n', expect: [] },
]);
