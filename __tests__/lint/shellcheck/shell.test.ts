import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { isNonPosixShell, runShells, shellName } from '../../../src/lint/shellcheck/index.js';

/** The shell argv of each RUN / ONBUILD RUN, by line. */
function shellsByLine(text: string): Record<number, string> {
  const df = parseDockerfile(text, { path: 'Dockerfile' });
  const out: Record<number, string> = {};
  for (const [ins, shell] of runShells(df)) out[ins.line] = shell.argv.join(' ');
  return out;
}

describe('runShells', () => {
  it.each([
    ['default', 'FROM debian\nRUN a\n', { 2: '/bin/sh -c' }],
    ['SHELL from its line on', 'FROM debian\nRUN a\nSHELL ["/bin/bash", "-c"]\nRUN b\n', { 2: '/bin/sh -c', 4: '/bin/bash -c' }],
    ['ONBUILD RUN too', 'FROM debian\nSHELL ["/bin/bash", "-c"]\nONBUILD RUN a\n', { 3: '/bin/bash -c' }],
    ['inherited through FROM <stage>', 'FROM debian AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN a\n', { 4: '/bin/bash -c' }],
    ['a stage from an image starts over', 'FROM debian AS base\nSHELL ["/bin/bash", "-c"]\nFROM debian\nRUN a\n', { 4: '/bin/sh -c' }],
    ['before any FROM (fragments)', 'SHELL ["/bin/bash", "-c"]\nRUN a\n', { 2: '/bin/bash -c' }],
    ['a SHELL before FROM does not reach the stages', 'SHELL ["/bin/bash", "-c"]\nFROM debian\nRUN a\n', { 3: '/bin/sh -c' }],
    ['pragma before FROM: every stage', '# hadolint shell=pwsh\nFROM a\nRUN x\nFROM b\nRUN y\n', { 3: 'pwsh', 5: 'pwsh' }],
    ['pragma in a stage: from there on', 'FROM a\nRUN x\n# hadolint shell = powershell.exe\nRUN y\n', { 2: '/bin/sh -c', 4: 'powershell.exe' }],
    ['Windows image: cmd', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n', { 2: 'cmd /S /C' }],
    ['Windows by the escape directive', '# escape=`\nFROM $BASE\nRUN dir\n', { 3: 'cmd /S /C' }],
    ['Windows by platform', 'FROM --platform=windows/amd64 example/app\nRUN dir\n', { 2: 'cmd /S /C' }],
  ])('%s', (_name, text, expected) => {
    expect(shellsByLine(text)).toEqual(expected);
  });
});

describe('shell names', () => {
  it.each([
    [['/usr/bin/bash', '-c'], 'bash', false],
    [['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', '-command'], 'powershell', true],
    [['pwsh', '-c'], 'pwsh', true],
    [['cmd.exe', '/c'], 'cmd', true],
  ])('%j', (argv, name, nonPosix) => {
    expect(shellName(argv)).toBe(name);
    expect(isNonPosixShell(argv)).toBe(nonPosix);
  });
});
