import { pipeWithoutPipefail } from '../../../src/lint/rules/pipe-without-pipefail.js';
import { describeRule } from '../../helpers/rule-cases.js';

const PIPE = 'RUN wget -O - https://some.site | wc -l > /number\n';

describeRule(pipeWithoutPipefail, [
  { name: 'pipe under the default shell', dockerfile: `FROM scratch\n${PIPE}`, expect: [{ line: 2, message: '`wget -O - https://some.site`' }] },
  { name: 'pipe inside a command substitution', dockerfile: 'FROM debian\nRUN echo "$(curl -s x | sha256sum)" > /sum\n', expect: [{ line: 2, message: 'curl' }] },
  { name: 'sh ignores -o pipefail', dockerfile: `FROM debian\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\n${PIPE}`, expect: [{ line: 3 }] },
  { name: 'a later SHELL drops pipefail', dockerfile: `FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}SHELL ["/bin/sh", "-c"]\n${PIPE}`, expect: [{ line: 5 }] },
  { name: 'a new stage from an image starts over', dockerfile: `FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}FROM debian AS b\n${PIPE}`, expect: [{ line: 5, stage: 'b' }] },
  { name: 'set -o pipefail after the pipe is too late', dockerfile: 'FROM debian\nRUN curl -s x | sh; set -o pipefail\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: PIPE, expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `FROM debian\nONBUILD ${PIPE}`, expect: [{ line: 2 }] },
  { name: 'exec form running sh -c', dockerfile: 'FROM debian\nRUN ["/bin/sh", "-c", "curl -s x | sh"]\n', expect: [{ line: 2 }] },
  { name: 'no pipe', dockerfile: 'FROM scratch\nRUN wget -O - https://some.site && wc -l file > /number\n', expect: [] },
  { name: 'bash -eo pipefail', dockerfile: `FROM debian\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${PIPE}`, expect: [] },
  { name: 'bash -o errexit -o pipefail', dockerfile: `FROM debian\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\n${PIPE}`, expect: [] },
  { name: 'bash at another path', dockerfile: `FROM debian\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\n${PIPE}`, expect: [] },
  { name: 'zsh', dockerfile: `FROM debian\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\n${PIPE}`, expect: [] },
  { name: 'ash on Alpine', dockerfile: `FROM alpine\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\n${PIPE}`, expect: [] },
  { name: 'SHELL in the parent stage applies', dockerfile: `FROM debian AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\n${PIPE}`, expect: [] },
  { name: 'set -o pipefail in the script', dockerfile: 'FROM debian\nRUN set -eux -o pipefail; curl -s x | sh\n', expect: [] },
  { name: 'set -euo pipefail in a heredoc script', dockerfile: 'FROM debian\nRUN <<EOF\nset -euo pipefail\ncurl -s x | sh\nEOF\n', expect: [] },
  { name: 'exec form of bash with pipefail', dockerfile: 'FROM debian\nRUN ["/bin/bash", "-o", "pipefail", "-c", "curl -s x | sh"]\n', expect: [] },
  { name: 'echo cannot fail', dockerfile: 'FROM debian\nRUN echo "$SHA  file.tgz" | sha256sum -c -\n', expect: [] },
  { name: 'yes ends on SIGPIPE', dockerfile: 'FROM debian\nRUN yes | apt-get install foo\n', expect: [] },
  { name: 'a quoted pipe is not a pipe', dockerfile: "FROM debian\nRUN yq eval '.a | explode(.)' /x.yml > /y\n", expect: [] },
  { name: 'PowerShell', dockerfile: 'FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n', expect: [] },
  { name: 'powershell.exe by full path', dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-command"]\nRUN Get-ChildItem | Select-Object Name\n', expect: [] },
  { name: 'cmd, the default shell of Windows images', dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo\n', expect: [] },
  { name: 'shell pragma', dockerfile: '# hadolint shell=pwsh\nFROM debian\nRUN Get-Item x | Remove-Item\n', expect: [] },
  { name: 'suppressed', dockerfile: `FROM debian\n# hadolint ignore=DL4006\n${PIPE}`, expect: [] },
]);
