import { aptGetInstallRecommends } from '../../../src/lint/rules/apt-get-install-recommends.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(aptGetInstallRecommends, [
  { name: 'recommends installed', dockerfile: 'FROM debian:12\nRUN apt-get install -y wget\n', expect: [{ line: 2, severity: 'info', message: '`apt-get install -y wget`' }] },
  { name: '--no-install-recommends', dockerfile: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends wget\n', expect: [] },
  { name: '--no-install-recommends before install', dockerfile: 'FROM debian:12\nRUN apt-get --no-install-recommends -y install wget\n', expect: [] },
  { name: '-o APT::Install-Recommends=false', dockerfile: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y wget\n', expect: [] },
  { name: '-o APT::Install-Recommends=0', dockerfile: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=0 install -y wget\n', expect: [] },
  { name: '-o APT::Install-Recommends=true', dockerfile: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y wget\n', expect: [{ line: 2 }] },
  {
    name: 'apt.conf.d setting written earlier',
    dockerfile: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/01norecommend\nRUN apt-get install -y wget\n',
    expect: [],
  },
  {
    name: 'setting written in heredoc',
    dockerfile: 'FROM debian:12\nCOPY <<EOF /etc/apt/apt.conf.d/x\nignored\nEOF\nRUN <<EOF\ncat > /etc/apt/apt.conf.d/01norec <<CONF\nAPT::Install-Recommends "false";\nCONF\nEOF\nRUN apt-get install -y wget\n',
    expect: [],
  },
  { name: 'a simulation installs nothing', dockerfile: 'FROM debian:12\nRUN apt-get install -y --simulate wget\n', expect: [] },
  { name: 'apt-get upgrade is not an install', dockerfile: 'FROM debian:12\nRUN apt-get upgrade -y\n', expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apt-get install -y wget\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install -y wget\n', expect: [{ line: 2 }] },
  {
    name: 'build stage that never ships',
    dockerfile: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /usr/bin/gcc /usr/bin/\n',
    expect: [],
  },
  {
    name: 'stage the target is built FROM',
    dockerfile: 'FROM debian:12 AS base\nRUN apt-get install -y wget\nFROM base\n',
    expect: [{ line: 2, stage: 'base' }],
  },
  { name: 'suppressed', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install -y wget\n', expect: [] },
]);
