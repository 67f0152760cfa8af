import { consecutiveRunInstructions } from '../../../src/lint/rules/consecutive-run-instructions.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(consecutiveRunInstructions, [
  {
    name: 'two single-command RUNs',
    dockerfile: 'FROM debian:12\nRUN /foo.sh\nRUN /bar.sh\n',
    expect: [{ line: 3, severity: 'info', message: '`RUN /foo.sh && /bar.sh`' }],
  },
  { name: 'comments between them', dockerfile: 'RUN /foo.sh\n# a comment\n# another\nRUN /bar.sh\n', expect: [{ line: 4, message: 'line 1' }] },
  { name: 'three in a row', dockerfile: 'RUN a\nRUN b\nRUN c\n', expect: [{ line: 2 }, { line: 3, message: 'line 2' }] },
  { name: 'same --mount', dockerfile: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n', expect: [{ line: 2 }] },
  { name: 'after a chained RUN, two single ones', dockerfile: 'RUN foo && bar\nRUN foo\nRUN bar\n', expect: [{ line: 3 }] },
  { name: 'one RUN', dockerfile: 'RUN /foo.sh\n', expect: [] },
  { name: 'another instruction between', dockerfile: 'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n', expect: [] },
  { name: 'different --mount flags', dockerfile: 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n', expect: [] },
  { name: 'one has flags', dockerfile: 'RUN --mount=type=cache,target=/root/.cache pip install x\nRUN /bar.sh\n', expect: [] },
  { name: 'chained with &&', dockerfile: 'RUN foobar\nRUN foo && bar\n', expect: [] },
  { name: 'chained with ;', dockerfile: 'RUN foo; bar\nRUN foobar\n', expect: [] },
  { name: 'heredoc script with several commands', dockerfile: 'RUN a\nRUN <<EOF\nb\nc\nEOF\n', expect: [] },
  {
    name: 'PowerShell scripts chained with ;',
    dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Install-Package a; Install-Package b\nRUN Install-Package c\n',
    expect: [],
  },
  {
    name: 'single PowerShell commands',
    dockerfile: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Install-Package a\nRUN Install-Package "b;c"\n',
    expect: [{ line: 4 }],
  },
  { name: 'ONBUILD RUNs are triggers, not layers', dockerfile: 'FROM debian:12\nONBUILD RUN a\nONBUILD RUN b\n', expect: [] },
  {
    name: 'a build stage nobody ships',
    dockerfile: 'FROM golang:1.22 AS build\nRUN go mod download\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    expect: [],
  },
  {
    name: 'a stage the target is built FROM',
    dockerfile: 'FROM debian:12 AS base\nRUN a\nRUN b\nFROM base\nCMD ["x"]\n',
    expect: [{ line: 3, stage: 'base' }],
  },
  {
    name: '--target picks the image',
    dockerfile: 'FROM debian:12 AS debug\nRUN a\nRUN b\nFROM debian:12\nRUN c\n',
    target: 'debug',
    expect: [{ line: 3 }],
  },
  { name: 'suppressed by hadolint pragma', dockerfile: 'RUN a\n# hadolint ignore=DL3059\nRUN b\n', expect: [] },
]);
