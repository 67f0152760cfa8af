import { aptGetInstallUnpinned } from '../../../src/lint/rules/apt-get-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(aptGetInstallUnpinned, [
  { name: 'unpinned package', dockerfile: 'FROM debian:12\nRUN apt-get install -y curl\n', expect: [{ line: 2, message: '`curl` has no version' }] },
  {
    name: 'names every unpinned package once, one finding per RUN',
    dockerfile: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 jq \\\n && apt-get install -y jq git\n',
    expect: [{ line: 2, endLine: 3, message: '`jq` and `git` have no version' }],
  },
  { name: 'version pin', dockerfile: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n', expect: [] },
  { name: 'version pin with a wildcard', dockerfile: 'FROM debian:12\nRUN apt-get install -y curl=7.88.*\n', expect: [] },
  { name: 'release pin', dockerfile: 'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n', expect: [] },
  { name: 'local .deb file', dockerfile: 'FROM debian:12\nRUN apt-get install -y ./tool_1.0_amd64.deb\n', expect: [] },
  { name: 'target release value is not a package', dockerfile: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=8.0\n', expect: [] },
  { name: '-o value is not a package', dockerfile: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confnew install -y curl=8.0\n', expect: [] },
  { name: 'options before the subcommand', dockerfile: 'FROM debian:12\nRUN apt-get -qq -y install wget\n', expect: [{ line: 2, message: '`wget`' }] },
  { name: 'apt-get update alone', dockerfile: 'FROM debian:12\nRUN apt-get update\n', expect: [] },
  { name: 'install without packages (fix broken)', dockerfile: 'FROM debian:12\nRUN apt-get install -y -f\n', expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN apt-get install -y wget\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install -y wget\n', expect: [{ line: 2 }] },
  { name: 'through sudo', dockerfile: 'FROM debian:12\nRUN sudo apt-get install -y wget\n', expect: [{ line: 2 }] },
  { name: 'exec form', dockerfile: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "wget"]\n', expect: [{ line: 2 }] },
  { name: 'heredoc script', dockerfile: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y wget\nEOF\n', expect: [{ line: 2 }] },
  {
    name: 'every stage, including build stages',
    dockerfile: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nRUN echo hi\n',
    expect: [{ line: 2, stage: 'build' }],
  },
  { name: 'variable with a known pinned value', dockerfile: 'FROM debian:12\nARG PKGS="curl=8.0 jq=1.6"\nRUN apt-get install -y $PKGS\n', expect: [] },
  { name: 'variable with a known unpinned value', dockerfile: 'FROM debian:12\nENV PKGS="curl jq"\nRUN apt-get install -y $PKGS\n', expect: [{ line: 3, message: '`curl` and `jq`' }] },
  { name: 'variable only the build knows', dockerfile: 'FROM debian:12\nRUN apt-get install -y $(cat /packages.txt) $EXTRA\n', expect: [] },
  { name: 'apt-get as an argument', dockerfile: 'FROM debian:12\nRUN echo apt-get install curl\n', expect: [] },
  { name: 'suppressed by hadolint code', dockerfile: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', expect: [] },
  { name: 'suppressed by id', dockerfile: 'FROM debian:12\n# stagecraft ignore=apt-get-install-unpinned\nRUN apt-get install -y curl\n', expect: [] },
]);
