import { describe, expect, it } from 'vitest';
import { findTarget, lineOfArgsOffset, parseDockerfile, reachableFrom } from '../../src/dockerfile/index.js';
import { runCommands, runScripts } from '../../src/shell/index.js';

const parse = (text: string) => parseDockerfile(text, { path: 'Dockerfile' });

describe('stages', () => {
  const df = parse(
    [
      'ARG GO=1.22',
      'FROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS Build',
      'RUN go build -o /app',
      'FROM scratch',
      'COPY --from=build /app /app',
      'FROM registry.example.com:5000/team/base@sha256:' + 'a'.repeat(64) + ' AS final',
      'COPY --from=1 /app /app',
    ].join('\n'),
  );

  it('names, ids and indexes', () => {
    expect(df.stages.map((s) => [s.index, s.name, s.id])).toEqual([
      [0, 'Build', 'build'],
      [1, null, '1'],
      [2, 'final', 'final'],
    ]);
  });

  it('splits external images after substituting global ARG defaults', () => {
    const base = df.stages[0]!.base;
    expect(base.kind).toBe('image');
    if (base.kind !== 'image') return;
    expect(base.expanded).toBe('golang:1.22-alpine');
    expect(base.image).toMatchObject({ registry: 'docker.io', repository: 'library/golang', familiar: 'golang', tag: '1.22-alpine', digest: null });
    const last = df.stages[2]!.base;
    expect(last.kind === 'image' && last.image).toMatchObject({ registry: 'registry.example.com:5000', repository: 'team/base', tag: null, digest: 'sha256:' + 'a'.repeat(64) });
  });

  it('knows scratch, --platform and line ranges', () => {
    expect(df.stages[1]!.base.kind).toBe('scratch');
    expect(df.stages[0]!.platform).toBe('$BUILDPLATFORM');
    expect(df.stages.map((s) => [s.from.line, s.endLine])).toEqual([
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
  });

  it('resolves COPY --from by name (case-insensitively) and by index', () => {
    expect(df.stages[1]!.dependencies.map((d) => [d.kind, d.source])).toEqual([['copy', { kind: 'stage', stage: 0 }]]);
    expect(df.stages[2]!.dependencies.find((d) => d.kind === 'copy')!.source).toEqual({ kind: 'stage', stage: 1 });
  });

  it('default target, reachability and ancestry', () => {
    const target = findTarget(df)!;
    expect(target.index).toBe(2);
    expect([...reachableFrom(df, target)].sort()).toEqual([0, 1, 2]);
    expect(findTarget(df, 'BUILD')!.index).toBe(0);
    expect(findTarget(df, 'nope')).toBeNull();
  });
});

describe('dependencies', () => {
  it('FROM a stage, COPY --from an image, RUN --mount from a stage, ARG-resolved --from', () => {
    const df = parse(
      [
        'FROM alpine AS deps',
        'FROM deps AS build',
        'ARG SRC=deps',
        'RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=deps,source=/x,target=/x make',
        'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
        'COPY --from=$SRC /a /a',
        'ARG UNSET',
        'COPY --from=$UNSET /b /b',
      ].join('\n'),
    );
    const deps = df.stages[1]!.dependencies.map((d) => ({ kind: d.kind, source: d.source.kind, stage: d.source.kind === 'stage' ? d.source.stage : undefined, mount: d.mountType }));
    expect(deps).toEqual([
      { kind: 'from', source: 'stage', stage: 0, mount: undefined },
      { kind: 'mount', source: 'stage', stage: 0, mount: 'bind' },
      { kind: 'copy', source: 'image', stage: undefined, mount: undefined },
      { kind: 'copy', source: 'stage', stage: 0, mount: undefined },
      { kind: 'copy', source: 'unknown', stage: undefined, mount: undefined },
    ]);
  });

  it('a stage reached only through a mount is reachable; an unused one is not', () => {
    const df = parse('FROM alpine AS a\nFROM alpine AS unused\nFROM alpine\nRUN --mount=from=a,target=/a true\n');
    expect([...reachableFrom(df, findTarget(df)!)].sort()).toEqual([0, 2]);
  });
});

describe('ARG scope and inherited state', () => {
  const df = parse(
    [
      'ARG VERSION=1.0',
      'ARG NODEFAULT',
      'FROM alpine AS base',
      'ENV APP_HOME=/srv/app PATH=/srv/bin:$PATH',
      'WORKDIR $APP_HOME',
      'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
      'USER app',
      'ARG VERSION',
      'ARG LOCAL=x-$VERSION',
      'RUN echo $VERSION',
      'FROM base AS child',
      'WORKDIR sub',
      'RUN echo $LOCAL',
    ].join('\n'),
  );
  const [base, child] = df.stages;

  it('global ARGs are recorded with resolved defaults', () => {
    expect(df.globalArgs.map((a) => [a.name, a.resolvedDefault])).toEqual([
      ['VERSION', '1.0'],
      ['NODEFAULT', null],
    ]);
  });

  it('a re-declared ARG takes the global default; later ARGs expand earlier ones', () => {
    const run = base!.instructions.find((i) => i.keyword === 'RUN')!;
    expect(Object.fromEntries(run.scope.args)).toEqual({ VERSION: '1.0', LOCAL: 'x-1.0' });
    expect(run.scope.env.get('APP_HOME')).toBe('/srv/app');
  });

  it('a child stage inherits ENV, SHELL, WORKDIR and USER but not ARGs', () => {
    expect(child!.initial).toBe(base!.final);
    expect(child!.final.shell).toEqual(['/bin/ash', '-eo', 'pipefail', '-c']);
    expect(child!.final.shellLine).toBe(6);
    expect(child!.final.workdir).toBe('/srv/app/sub');
    expect(child!.final.user).toBe('app');
    const run = child!.instructions.find((i) => i.keyword === 'RUN')!;
    expect(run.scope.args.size).toBe(0);
    expect(run.scope.env.get('APP_HOME')).toBe('/srv/app');
  });

  it('a stage on an external image starts with unknown WORKDIR and USER, the default shell', () => {
    expect(base!.initial).toMatchObject({ shell: ['/bin/sh', '-c'], workdir: null, user: null });
    expect(parse('FROM scratch\n').stages[0]!.initial.workdir).toBe('/');
  });
});

describe('instruction text', () => {
  it('joins continuations like BuildKit: comment and blank lines dropped, escape removed', () => {
    const df = parse('FROM alpine\nRUN apk add \\\n  # the client\n  curl \\\n\n  jq\n');
    const run = df.instructions[1]!;
    expect(run.args).toBe('apk add   curl   jq');
    expect([run.line, run.endLine]).toEqual([2, 6]);
    expect(df.comments).toEqual([{ line: 3, text: 'the client', embedded: true }]);
    expect(lineOfArgsOffset(run, run.args.indexOf('jq'))).toBe(6);
    expect(lineOfArgsOffset(run, run.args.indexOf('curl'))).toBe(4);
  });

  it('honours the escape directive (Windows)', () => {
    const df = parse('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\nWORKDIR C:\\app\n');
    expect(df.escapeChar).toBe('`');
    expect(df.directives).toEqual([{ name: 'escape', value: '`', line: 1 }]);
    expect(df.instructions[1]!.args).toBe('powershell -Command     Write-Host hi');
    expect(df.stages[0]!.final.workdir).toBe('C:\\app');
  });

  it('reads parser directives only at the top', () => {
    const df = parse('# syntax=docker/dockerfile:1.7\n# check=skip=JSONArgsRecommended;error=true\n# not=directive\n# syntax=ignored\nFROM alpine\n');
    expect(df.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['check', 'skip=JSONArgsRecommended;error=true'],
    ]);
  });

  it('exec form, flags, key/value pairs, heredocs', () => {
    const df = parse(
      [
        'FROM alpine',
        'CMD ["node", "server.js"]',
        'COPY --chown=app:app --chmod=755 a b /dst/',
        'ENV A=1 B="two words" C',
        'ENV LEGACY value with spaces',
        'LABEL "org.opencontainers.image.title"="x y"',
        'RUN <<EOF',
        'apk add curl',
        'EOF',
        'COPY <<-"CONF" /etc/app.conf',
        '\tkey=value',
        '\tCONF',
      ].join('\n'),
    );
    const [, cmd, copy, env, legacy, label, run, copyHeredoc] = df.instructions;
    expect(cmd!.execForm).toEqual(['node', 'server.js']);
    expect(copy!.flags.map((f) => [f.name, f.value])).toEqual([
      ['chown', 'app:app'],
      ['chmod', '755'],
    ]);
    expect(copy!.args).toBe('a b /dst/');
    expect(env!.pairs.map((p) => [p.key, p.value, p.equals])).toEqual([
      ['A', '1', true],
      ['B', 'two words', true],
      ['C', null, true],
    ]);
    expect(legacy!.pairs).toEqual([{ key: 'LEGACY', value: 'value with spaces', rawValue: 'value with spaces', equals: false }]);
    expect(label!.pairs[0]).toMatchObject({ key: 'org.opencontainers.image.title', value: 'x y' });
    expect(run!.heredocs).toEqual([{ name: 'EOF', content: 'apk add curl', line: 8, chomp: false, quoted: false }]);
    expect([run!.line, run!.endLine]).toEqual([7, 9]);
    expect(copyHeredoc!.heredocs[0]).toMatchObject({ name: 'CONF', chomp: true, quoted: true, content: '\tkey=value' });
    expect(runCommands(run!).map((c) => c.name)).toEqual(['apk']);
  });

  it('a here-string is not a heredoc', () => {
    const df = parse('FROM alpine\nRUN grep -q x <<< "$V"\n\nRUN echo next\n');
    expect(df.instructions[1]!.heredocs).toEqual([]);
    expect(df.instructions[1]!.endLine).toBe(2);
    expect(df.instructions).toHaveLength(3);
  });

  it('ONBUILD carries its trigger', () => {
    const df = parse('FROM alpine\nONBUILD RUN --mount=type=cache,target=/c make install\n');
    const trigger = df.instructions[1]!.trigger!;
    expect(trigger.keyword).toBe('RUN');
    expect(trigger.args).toBe('make install');
    expect(trigger.flags.map((f) => f.name)).toEqual(['mount']);
    expect(trigger.onbuildParent).toBe(df.instructions[1]);
    expect(runCommands(df.instructions[1]!).map((c) => c.name)).toEqual(['make']);
  });

  it('exec-form RUN through a shell is read as its script', () => {
    const df = parse('FROM alpine\nRUN ["/bin/sh", "-c", "apk add curl && rm -rf /var/cache/apk/*"]\nRUN ["make", "-j4"]\n');
    expect(runCommands(df.instructions[1]!).map((c) => c.name)).toEqual(['apk', 'rm']);
    expect(runScripts(df.instructions[2]!)[0]!.parsed.commands[0]!.args.map((a) => a.value)).toEqual(['-j4']);
  });

  it('a heredoc fed to a non-shell program is not a script', () => {
    const df = parse('FROM python\nRUN python3 <<EOF\nimport os\nEOF\nRUN bash <<EOF\nset -e\nmake\nEOF\n');
    expect(runCommands(df.instructions[1]!).map((c) => c.name)).toEqual(['python3']);
    expect(runCommands(df.instructions[2]!).map((c) => c.name)).toEqual(['bash', 'set', 'make']);
    const heredocScript = runScripts(df.instructions[2]!)[1]!;
    expect(heredocScript.lineAt(heredocScript.text.indexOf('make'))).toBe(7);
  });
});

describe('problems are reported, never thrown', () => {
  it.each([
    ['empty file', '', /no instructions/],
    ['only comments', '# nothing\n# here\n', /no instructions/],
    ['unknown instruction', 'FROM alpine\nRUNN x\n', /unknown instruction: RUNN/],
    ['no FROM', 'ARG X=1\n', /no FROM/],
    ['missing arguments', 'FROM alpine\nRUN\n', /RUN requires at least one argument/],
    ['unterminated heredoc', 'FROM alpine\nRUN <<EOF\necho\n', /unterminated heredoc/],
    ['bad FROM', 'FROM alpine builder\n', /FROM takes an image/],
    ['duplicate directive', '# syntax=a\n# syntax=b\nFROM alpine\n', /only one syntax/],
    ['ONBUILD without a trigger', 'FROM alpine\nONBUILD\n', /ONBUILD needs an instruction/],
  ])('%s', (_name, text, message) => {
    const df = parse(text);
    expect(df.problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('CRLF line ends parse like LF', () => {
    const crlf = parse('FROM alpine AS a\r\nRUN echo \\\r\n  hi\r\n');
    expect(crlf.instructions[1]!.args).toBe('echo   hi');
    expect(crlf.stages[0]!.name).toBe('a');
    expect(crlf.problems).toEqual([]);
  });

  it('a byte-order mark is ignored', () => {
    expect(parse('\uFEFFFROM alpine\n').stages[0]!.base.kind).toBe('image');
  });

  it('a megabyte of continuation lines is one instruction', () => {
    const text = 'FROM alpine\nRUN echo start \\\n' + '  && echo more \\\n'.repeat(60_000) + '  && echo end\n';
    expect(text.length).toBeGreaterThan(1_000_000);
    const df = parse(text);
    expect(df.instructions).toHaveLength(2);
    expect(df.instructions[1]!.endLine).toBe(60_003);
    expect(runCommands(df.instructions[1]!)).toHaveLength(60_002);
  });
});
