import { aptGetInstallWithoutYes } from '../../../src/lint/rules/apt-get-install-without-yes.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(aptGetInstallWithoutYes, [
  { name: 'no -y', dockerfile: 'FROM debian:12\nRUN apt-get install wget\n', expect: [{ line: 2, severity: 'warning', message: '`apt-get -y install wget`' }] },
  { name: '-y after install', dockerfile: 'FROM debian:12\nRUN apt-get install -y wget\n', expect: [] },
  { name: '-y before install', dockerfile: 'FROM debian:12\nRUN apt-get -y install wget\n', expect: [] },
  { name: '-y in a flag cluster', dockerfile: 'FROM debian:12\nRUN apt-get install -qy wget\n', expect: [] },
  { name: '--yes', dockerfile: 'FROM debian:12\nRUN apt-get install --yes wget\n', expect: [] },
  { name: '--assume-yes', dockerfile: 'FROM debian:12\nRUN apt-get --assume-yes install wget\n', expect: [] },
  { name: 'quiet level 2 implies yes: -qq', dockerfile: 'FROM debian:12\nRUN apt-get -qq install wget\n', expect: [] },
  { name: 'quiet level 2 implies yes: -q -q', dockerfile: 'FROM debian:12\nRUN apt-get -q -q install wget\n', expect: [] },
  { name: 'quiet level 2 implies yes: -q=2', dockerfile: 'FROM debian:12\nRUN apt-get -q=2 install wget\n', expect: [] },
  { name: 'quiet level 2 implies yes: --quiet --quiet', dockerfile: 'FROM debian:12\nRUN apt-get --quiet --quiet install wget\n', expect: [] },
  { name: 'quiet level 1 does not', dockerfile: 'FROM debian:12\nRUN apt-get -q install wget\n', expect: [{ line: 2 }] },
  { name: '-o APT::Get::Assume-Yes=true', dockerfile: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install wget\n', expect: [] },
  {
    name: 'Assume-Yes written to apt.conf.d earlier (also in a parent stage)',
    dockerfile: 'FROM debian:12 AS base\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nFROM base\nRUN apt-get install wget\n',
    expect: [],
  },
  { name: 'yes piped in', dockerfile: 'FROM debian:12\nRUN yes | apt-get install wget\n', expect: [] },
  { name: 'a simulation asks nothing', dockerfile: 'FROM debian:12\nRUN apt-get install --dry-run wget && apt-get -s install curl\n', expect: [] },
  { name: 'apt-get update needs no -y', dockerfile: 'FROM debian:12\nRUN apt-get update\n', expect: [] },
  { name: 'one finding per RUN', dockerfile: 'FROM debian:12\nRUN apt-get install wget && apt-get install curl\n', expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apt-get install wget\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install wget\n', expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM debian:12 AS build\nRUN apt-get install gcc\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get install wget\n', expect: [] },
]);
