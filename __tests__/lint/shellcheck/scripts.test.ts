import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { shellcheckScripts, type ScriptOptions } from '../../../src/lint/shellcheck/index.js';

const scriptsOf = (text: string, options?: ScriptOptions) => shellcheckScripts(parseDockerfile(text, { path: 'Dockerfile' }), options);
/** The script body ShellCheck reads, without the shebang, the shell directive and the export lines. */
const bodyOf = (content: string) =>
  content
    .split('\n')
    .filter((l, i) => i > 0 && !l.startsWith('export ') && !l.startsWith('# shellcheck shell='))
    .join('\n')
    .trim();
/** The shell the `# shellcheck shell=` directive names. */
const directiveOf = (content: string) => /^# shellcheck shell=(\S+)$/m.exec(content)?.[1];

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

  it('tells ShellCheck the shell: BusyBox ash is `busybox` from ShellCheck 0.10 on, POSIX `sh` before', () => {
    const alpine = 'FROM alpine:3.20\nRUN echo\n';
    expect(directiveOf(scriptsOf(alpine, { busybox: true })[0]!.content)).toBe('busybox');
    expect(directiveOf(scriptsOf(alpine, { busybox: false })[0]!.content)).toBe('sh');
    expect(directiveOf(scriptsOf('FROM debian:12\nRUN echo\n', { busybox: true })[0]!.content)).toBe('dash');
    expect(directiveOf(scriptsOf('FROM a\nSHELL ["/bin/bash", "-c"]\nRUN echo\n', { busybox: true })[0]!.content)).toBe('bash');
  });

  it('`sh` is the image’s /bin/sh wherever it runs a script: exec forms, launchers, shebangs', () => {
    const dialects = (text: string) => scriptsOf(text).map((s) => s.dialect);
    expect(dialects('FROM alpine\nRUN ["/bin/sh", "-c", "echo $x"]\n')).toEqual(['ash']);
    expect(dialects('FROM alpine\nRUN sh <<EOF\necho $x\nEOF\n')).toEqual(['ash']);
    expect(dialects('FROM alpine\nRUN <<EOF\n#!/bin/sh\necho $x\nEOF\n')).toEqual(['ash']);
    expect(dialects('FROM ubuntu:24.04\nRUN <<EOF\n#!/bin/sh -e\necho $x\nEOF\n')).toEqual(['dash']);
  });

  it('a secret mounted as a variable is in scope', () => {
    const [script] = scriptsOf('FROM a\nRUN --mount=type=secret,id=npm,env=npm_token --mount=type=cache,target=/x npm ci\n');
    expect(script!.content).toContain('export npm_token=1\n');
    const [onbuild] = scriptsOf('FROM a\nONBUILD RUN --mount=type=secret,id=t,env=token echo "$token"\n');
    expect(onbuild!.content).toContain('export token=1\n');
  });

  it('scripts a COPY or a RUN writes with a heredoc are checked when they start with a shebang and stand as written', () => {
    const copied = scriptsOf("FROM alpine\nENV APP=/app\nCOPY --chmod=755 <<'EOF' /entrypoint.sh\n#!/bin/sh\nexec \"$@\"\nEOF\n");
    expect(copied.map((s) => [s.instruction.keyword, s.dialect, bodyOf(s.content)])).toEqual([['COPY', 'ash', 'exec "$@"']]);
    expect(copied[0]!.content.split('\n')[0]).toBe('#!/bin/sh');
    expect(copied[0]!.content).toContain('export APP=1\n');
    expect(copied[0]!.locate(copied[0]!.content.split('\n').indexOf('exec "$@"') + 1, 6)).toEqual({ line: 5, column: 6 });
    const written = scriptsOf("FROM debian:12\nRUN cat <<'EOF' > /start.sh && chmod +x /start.sh\n#!/usr/bin/env bash\nexec app\nEOF\n");
    expect(written.map((s) => s.dialect)).toEqual(['dash', 'bash']);
    // An unquoted body is expanded while it is written: what lands in the image is not this text.
    expect(scriptsOf('FROM a\nCOPY <<EOF /run.sh\n#!/bin/sh\necho $HOME\nEOF\n')).toEqual([]);
    expect(scriptsOf('FROM a\nCOPY <<EOF /run.sh\n#!/bin/sh\necho home\nEOF\n')).toHaveLength(1);
    expect(scriptsOf("FROM a\nCOPY <<'EOF' /app.py\n#!/usr/bin/env python3\nprint(1)\nEOF\n")).toEqual([]);
    expect(scriptsOf("FROM a\nCOPY <<'EOF' /etc/motd\nhello\nEOF\n")).toEqual([]);
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
  it('keeps the Dockerfile’s own lines, each continuation a `\\` line break again', () => {
    const text = 'FROM a\nRUN set -e; \\\n    echo $x && \\\n  # a comment BuildKit drops\n\techo $y\n';
    const [script] = scriptsOf(text);
    expect(bodyOf(script!.content)).toBe('set -e; \\\n    echo $x && \\\n\techo $y');
    const lines = script!.content.split('\n');
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return script!.locate(line + 1, lines[line]!.indexOf(needle) + 1);
    };
    expect(at('$x')).toEqual({ line: 3, column: 10 });
    expect(at('$y')).toEqual({ line: 5, column: 7 });
    expect(at('set -e')).toEqual({ line: 2, column: 5 });
  });

  it('joins a continuation the shell would not remove: in single quotes, in a comment, after a backslash', () => {
    const single = scriptsOf("FROM a\nRUN echo 'a \\\n  b' && \\\n  echo \"c \\\n  d\"\n")[0]!;
    expect(bodyOf(single.content)).toBe("echo 'a   b' && \\\n  echo \"c \\\n  d\"");
    const comment = scriptsOf('FROM a\nRUN echo a # note \\\n  && echo b\n')[0]!;
    expect(bodyOf(comment.content)).toBe('echo a # note   && echo b');
    const ansi = scriptsOf("FROM a\nRUN echo $'a \\\n b'\n")[0]!;
    expect(bodyOf(ansi.content)).toBe("echo $'a  b'");
  });

  it('maps a column on a joined line back to its own line', () => {
    const [script] = scriptsOf("FROM a\nRUN echo 'a \\\n  b' $x\n");
    const lines = script!.content.split('\n');
    const line = lines.findIndex((l) => l.includes('$x'));
    expect(script!.locate(line + 1, lines[line]!.indexOf('$x') + 1)).toEqual({ line: 3, column: 6 });
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
