import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { shellcheckScripts } from '../../../src/lint/shellcheck/index.js';

const scriptsOf = (text: string) => shellcheckScripts(parseDockerfile(text, { path: 'Dockerfile' }));
/** The script body ShellCheck reads, without the shebang and the export lines. */
const bodyOf = (content: string) => content.split('\n').filter((l, i) => i > 0 && !l.startsWith('export ')).join('\n').trim();

describe('shellcheckScripts: what is checked, under which shell', () => {
  it('a shell-form RUN under sh, with the variables in scope exported', () => {
    const [script] = scriptsOf('FROM example/app\nARG version=1\nENV home=/x\nRUN echo "$version" "$home"\n');
    expect(script!.dialect).toBe('sh');
    expect(script!.content.split('\n')[0]).toBe('#!/bin/sh');
    expect(script!.content).toContain('export version=1\n');
    expect(script!.content).toContain('export home=1\n');
    expect(script!.content).toContain('export http_proxy=1\n');
    expect(bodyOf(script!.content)).toBe('echo "$version" "$home"');
  });

  it('the SHELL in effect decides the dialect', () => {
    expect(scriptsOf('FROM example/app\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo $RANDOM\n')[0]!.dialect).toBe('bash');
    expect(scriptsOf('FROM example/app\nSHELL ["/bin/ash", "-c"]\nRUN echo\n')[0]!.dialect).toBe('ash');
  });

  it('/bin/sh follows the base image when it says which sh it is', () => {
    expect(scriptsOf('FROM fedora:40\nRUN echo\n')[0]!.dialect).toBe('bash');
    expect(scriptsOf('FROM debian:bookworm\nRUN echo\n')[0]!.dialect).toBe('dash');
    expect(scriptsOf('FROM eclipse-temurin:21-jammy\nRUN echo\n')[0]!.dialect).toBe('dash');
    expect(scriptsOf('FROM node:22-alpine AS a\nFROM a\nRUN echo\n')[0]!.dialect).toBe('ash');
  });

  it('leaves out shells ShellCheck cannot read and exec forms that start no shell', () => {
    expect(scriptsOf('FROM a\nSHELL ["pwsh", "-c"]\nRUN Get-Item x\n')).toEqual([]);
    expect(scriptsOf('FROM a\nSHELL ["/bin/zsh", "-c"]\nRUN echo\n')).toEqual([]);
    expect(scriptsOf('FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir\n')).toEqual([]);
    expect(scriptsOf('FROM a\nRUN ["foobar", "$f"]\n')).toEqual([]);
  });

  it('checks the -c script of an exec form under the shell it starts', () => {
    const [script] = scriptsOf('FROM a\nRUN ["/bin/bash", "-c", "echo $x"]\n');
    expect(script!.dialect).toBe('bash');
    expect(bodyOf(script!.content)).toBe('echo $x');
    expect(script!.locate(99, 3)).toEqual({ line: 2, column: 1 });
  });

  it('an ONBUILD trigger sees ENV but not this build’s ARGs', () => {
    const [script] = scriptsOf('FROM a\nARG build_only=1\nENV kept=1\nONBUILD RUN echo "$build_only" "$kept"\n');
    expect(script!.content).toContain('export kept=1');
    expect(script!.content).not.toContain('export build_only=1');
  });

  it('before any FROM, the ARGs and ENVs written so far count', () => {
    const [script] = scriptsOf('ARG foo=bar\nENV baz=1\nRUN echo "$foo"\n');
    expect(script!.content).toContain('export foo=1');
    expect(script!.content).toContain('export baz=1');
  });

  it('heredoc scripts are checked on their own, under their shebang or launcher', () => {
    expect(scriptsOf('FROM a\nRUN <<EOF\necho $x\nEOF\n').map((s) => [s.dialect, bodyOf(s.content)])).toEqual([['sh', 'echo $x']]);
    expect(scriptsOf('FROM a\nRUN bash <<EOF\necho $x\nEOF\n').map((s) => s.dialect)).toEqual(['bash']);
    const [own] = scriptsOf('FROM a\nRUN <<EOF\n#!/usr/bin/env bash\necho $x\nEOF\n');
    expect(own!.dialect).toBe('bash');
    expect(own!.content.split('\n')[0]).toBe('#!/usr/bin/env bash');
    expect(scriptsOf('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n')).toEqual([]);
  });

  it('heredoc data stays part of the script that reads it', () => {
    const [script] = scriptsOf('FROM a\nRUN cat <<EOF > /etc/x\nvalue=$HOME\nEOF\n');
    expect(bodyOf(script!.content)).toBe('cat <<EOF > /etc/x\nvalue=$HOME\nEOF');
  });

  it('a here-string is not a heredoc', () => {
    const scripts = scriptsOf('FROM a\nRUN grep -q x <<< "$V"\n\nRUN echo next\n');
    expect(bodyOf(scripts[0]!.content)).toBe('grep -q x <<< "$V"');
  });
});

describe('shellcheckScripts: positions back in the Dockerfile', () => {
  it('maps a column on a continuation line to that line', () => {
    const text = 'FROM a\nRUN set -e; \\\n    echo $x && \\\n\techo $y\n';
    const [script] = scriptsOf(text);
    const lines = script!.content.split('\n');
    const bodyLine = lines.findIndex((l) => l.startsWith('set -e')) + 1;
    const body = lines[bodyLine - 1]!;
    expect(script!.locate(bodyLine, body.indexOf('$x') + 1)).toEqual({ line: 3, column: 10 });
    expect(script!.locate(bodyLine, body.indexOf('$y') + 1)).toEqual({ line: 4, column: 7 });
    expect(script!.locate(bodyLine, 1)).toEqual({ line: 2, column: 5 });
  });

  it('maps heredoc lines to the body lines', () => {
    const [script] = scriptsOf('FROM a\nRUN <<EOF\necho a\n  echo $b\nEOF\n');
    const lines = script!.content.split('\n');
    const at = lines.indexOf('  echo $b') + 1;
    expect(script!.locate(at, 8)).toEqual({ line: 4, column: 8 });
  });

  it('maps the header lines to the instruction', () => {
    const [script] = scriptsOf('FROM a\n\nRUN echo\n');
    expect(script!.locate(1, 1)).toEqual({ line: 3, column: 1 });
  });
});
