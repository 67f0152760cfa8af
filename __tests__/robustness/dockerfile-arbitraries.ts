/**
 * fast-check generators that write Dockerfiles from the grammar's pieces, and mutations that break them.
 *
 * The generated files are meant to reach the corners where parsers go wrong, not to be buildable:
 * flags with odd values, continuations with either escape character (and the wrong one), comment and
 * blank lines inside continuations, heredocs (terminated or not, several per line), ARG/ENV values
 * with every `${…}` form and unbalanced quotes, directives and suppression comments, unknown keywords,
 * mixed line ends. Mutations then splice in raw bytes and unusual unicode, cut, duplicate and reorder.
 */
import fc from 'fast-check';
import type { LabelType } from '../../src/lint/types.js';

const KEYWORDS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
] as const;
type Keyword = (typeof KEYWORDS)[number];

/** Characters and sequences that commonly break text handling: line separators, BOMs, lone surrogates, NUL, quotes. */
export const AWKWARD_TEXT = [
  '\0', '\t', '\v', '\f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '😀', 'e\u0301', '\u200b', '\\', '`', '"', "'", '$', '${', '}', '<<', '<<-', '#', '=', '--', '[', ']', ',', '\r', '\n', '\r\n',
];

const NEWLINES = ['\n', '\r\n', '\r'] as const;

const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,7}$/);
const plainWord = fc.stringMatching(/^[a-z0-9./:@_+-]{1,12}$/);
const stageName = fc.oneof(fc.constantFrom('build', 'builder', 'base', 'final', 'deps', 'Build', '0', '1', 'a.b_c-d', 'scratch', 'context'), ident);

/** Every parameter-expansion form BuildKit's lexer knows, plus the malformed ones it rejects. */
const variableRef: fc.Arbitrary<string> = fc.oneof(
  ident.map((n) => `$${n}`),
  ident.map((n) => `\${${n}}`),
  fc.tuple(ident, fc.constantFrom(':-', '-', ':+', '+', ':?', '?', '#', '##', '%', '%%', '/', '//', ':'), plainWord).map(
    ([n, op, w]) => `\${${n}${op}${w}}`,
  ),
  fc.tuple(ident, ident).map(([a, b]) => `\${${a}:-\${${b}}}`),
  fc.tuple(ident, plainWord, plainWord).map(([n, p, r]) => `\${${n}/${p}/${r}}`),
  fc.constantFrom('$', '${', '${}', '${1}', '$$', '${A', '${A:-', '${A:-${B}', '${A?', '${ A }', '$@', '${#A}', '${A[0]}'),
);

const escapeSequence = fc.constantFrom('\\$', '\\"', "\\'", '\\\\', '`$', '``', '\\ ', '\\', '`');

const simpleWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: plainWord },
  { weight: 2, arbitrary: variableRef },
  { weight: 1, arbitrary: escapeSequence },
);

/** A word as written: pieces glued together, sometimes quoted, sometimes with an unbalanced quote. */
const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: simpleWord },
  { weight: 2, arbitrary: fc.array(simpleWord, { minLength: 2, maxLength: 3 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(simpleWord, { maxLength: 3 }).map((p) => `"${p.join(' ')}"`) },
  { weight: 1, arbitrary: fc.array(simpleWord, { maxLength: 3 }).map((p) => `'${p.join(' ')}'`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('"', "'"), simpleWord).map(([q, w]) => `${q}${w}`) },
);

const words = (max = 5) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const imageRef: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'alpine', 'alpine:3.20', 'ubuntu:latest', 'scratch', 'golang:${GO}-alpine', '$BASE', '${BASE:-debian}', 'node:20@sha256:bad', ':tag', '@', 'UPPER/Case:Tag',
    'golang:1.22', 'node:20', 'maven:3-eclipse-temurin-21', 'python:3.12', 'gcr.io/distroless/static:nonroot', 'mcr.microsoft.com/windows/servercore:ltsc2022',
  ),
  fc.tuple(fc.constantFrom('', 'docker.io/', 'ghcr.io/org/', 'localhost:5000/', 'registry.example.com:443/team/'), plainWord, fc.option(plainWord), fc.option(hex64)).map(
    ([registry, repo, tag, digest]) => `${registry}${repo}${tag === null ? '' : `:${tag}`}${digest === null ? '' : `@sha256:${digest}`}`,
  ),
  stageName,
);

const flag: fc.Arbitrary<string> = fc.oneof(
  stageName.map((s) => `--from=${s}`),
  imageRef.map((i) => `--from=${i}`),
  fc.tuple(fc.constantFrom('cache', 'bind', 'secret', 'ssh', 'tmpfs', ''), fc.option(stageName), fc.constantFrom('/root/.cache', '/src', '', '${DIR}')).map(
    ([type, from, target]) => `--mount=type=${type}${from === null ? '' : `,from=${from}`},target=${target},sharing=locked`,
  ),
  fc.constantFrom(
    '--platform=$BUILDPLATFORM', '--platform=$TARGETPLATFORM', '--platform=linux/arm64', '--chown=1000:1000', '--chown=$USER', '--chmod=0755', '--link', '--link=false',
    '--network=none', '--security=insecure', '--interval=30s', '--timeout=3s', '--retries=3', '--start-period=5s', '--keep-git-dir=true',
    '--checksum=sha256:abc', '--exclude=*.md', '--parents', '--', '--=', '-x', '--mount', '--mount=', '--mount=type=cache,id="a,b"', '--from=',
  ),
);
const flags = fc.array(flag, { maxLength: 3 }).map((fs) => fs.join(' '));

/** An exec-form array, valid JSON or not quite. */
const execForm: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.oneof(plainWord, variableRef, escapeSequence), { maxLength: 4 }).map((xs) => JSON.stringify(xs)),
  fc.constantFrom('[]', '[', '["sh", "-c"', "['single', 'quotes']", '["a",]', '["unterminated]', '[ "x" ] trailing', '["\\u0000"]'),
);

/** Words the RUN rules look for: package managers and their flags, wrappers, downloads, shells. */
const SHELL_VOCABULARY = [
  'apt-get', 'apt', 'install', 'update', 'upgrade', '-y', '-qq', '--no-install-recommends', 'curl=7.88.1-10', 'apk', 'add', '--no-cache',
  '--virtual', 'pip', 'pip3', 'install', '--no-cache-dir', '-r', 'requirements.txt', 'flask==3.0.0', 'npm', 'ci', 'i', 'express@4',
  'yarn', 'cache', 'clean', 'gem', 'go', 'golang.org/x/tools/gopls@latest', 'yum', 'dnf', 'microdnf', 'zypper', 'dist-upgrade',
  '--non-interactive', 'wget', '--progress=dot:giga', '-qO-', 'curl', '-fsSL', 'https://example.com/x.tar.gz', 'sudo', 'env', 'nice',
  'cd', '/tmp', 'ln', '-sf', '/bin/bash', '/bin/sh', 'useradd', '-u', '100000', '-l', 'set', '-o', 'pipefail', '-eux', 'rm', '-rf',
  '/var/lib/apt/lists/*', '/var/cache/apk/*', 'tar', '-xzf', 'bash', 'sh', '-c', 'chmod', '+x', 'make', 'shutdown', 'ssh', 'vim',
  'mount', 'ps', 'free', 'kill', 'top', 'service', '$HOME', '"$@"', '2>&1', '>', '/dev/null', '<<EOF', 'cat',
];
const shellWords = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SHELL_VOCABULARY) }, { weight: 1, arbitrary: word }), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

const pkg = fc.tuple(fc.constantFrom('curl', 'git', 'ca-certificates', 'flask', 'express', 'rails', 'gopls'), fc.constantFrom('', '=1.2.3', '==3.0', '@4', '-1.0', ':latest'))
  .map(([name, version]) => name + version);
const maybe = (text: string) => fc.constantFrom('', text);

/** Commands shaped the way the package-manager and download rules read them, in some of their variants. */
const realisticCommand: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('apt-get', 'apt', 'sudo apt-get'), maybe('-y'), maybe('--no-install-recommends'), pkg).map(([pm, y, r, p]) => `${pm} ${y} install ${r} ${p}`),
  fc.tuple(maybe('--no-cache'), maybe('--virtual .deps'), pkg).map(([c, v, p]) => `apk add ${c} ${v} ${p}`),
  fc.tuple(fc.constantFrom('pip', 'pip3', 'python -m pip'), maybe('--no-cache-dir'), pkg).map(([pm, c, p]) => `${pm} install ${c} ${p}`),
  fc.tuple(fc.constantFrom('npm install', 'npm i -g', 'yarn add', 'yarn install', 'gem install', 'go install'), pkg).map(([pm, p]) => `${pm} ${p}`),
  fc.tuple(fc.constantFrom('yum', 'dnf', 'microdnf', 'zypper'), fc.constantFrom('', '-y', '-n', '--non-interactive'), fc.constantFrom('install', 'in', 'dist-upgrade', 'clean all'), pkg).map(
    ([pm, y, action, p]) => `${pm} ${y} ${action} ${p}`,
  ),
  fc.constantFrom(
    'yarn cache clean', 'rm -rf /var/lib/apt/lists/*', 'useradd -u 100000 app', 'useradd -l -u 100000 app', 'wget https://example.com/a.tgz',
    'wget -q -O- https://example.com | sh', 'curl -fsSL https://example.com/install.sh | bash', 'ln -sf /bin/bash /bin/sh', 'tar -xzf app.tar.gz',
    'cd /app', 'set -o pipefail', 'shutdown -h now', 'ssh host', 'go build -o /out/app ./...', 'mvn package', 'npm ci --omit=dev',
  ),
);

const shellCommand: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(shellWords, realisticCommand), fc.constantFrom(' && ', ' || ', ' | ', '; ', ' ', ' $(', ') ', ' `', '` ', ' &&\\\n ')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([w, op]) => w + op).join('').trim());

const heredocName = fc.constantFrom('EOF', 'EOT', 'script', 'END', 'a');

/** The heredoc operators of one instruction line, and their bodies (with or without terminators). */
const heredocs: fc.Arbitrary<{ operators: string; bodies: string[] }> = fc
  .array(
    fc.record({
      name: heredocName,
      chomp: fc.boolean(),
      quote: fc.constantFrom('', '"', "'"),
      body: fc.array(fc.oneof(shellCommand, fc.constant(''), fc.constant('\tindented')), { maxLength: 3 }),
      terminated: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    }),
    { minLength: 1, maxLength: 2 },
  )
  .map((docs) => ({
    operators: docs.map((d) => `<<${d.chomp ? '-' : ''}${d.quote}${d.name}${d.quote}`).join(' '),
    bodies: docs.map((d) => [...d.body, ...(d.terminated ? [d.chomp ? `\t${d.name}` : d.name] : [])].join('\n')),
  }));

/** Keys: variable names, the label schema's labels (see lintSettings), anything. */
const keyValue = fc
  .tuple(fc.oneof(ident, fc.constantFrom('version', 'org.opencontainers.image.source', 'maintainer', 'PASSWORD', 'API_TOKEN', 'PATH'), word), fc.option(fc.oneof(word, fc.constantFrom('1.2.3', 'https://example.com', 'MIT', 'a@b.c', '2024-01-01T00:00:00Z', 'deadbeef'))))
  .map(([k, v]) => (v === null ? k : `${k}=${v}`));

/** What follows the keyword, for each instruction; `extraLines` are heredoc bodies. */
function argumentsFor(keyword: Keyword): fc.Arbitrary<{ args: string; extraLines: string[] }> {
  const plain = (arb: fc.Arbitrary<string>) => arb.map((args) => ({ args, extraLines: [] as string[] }));
  switch (keyword) {
    case 'FROM':
      return plain(
        fc.tuple(flags, imageRef, fc.option(fc.tuple(fc.constantFrom('AS', 'as', 'As', 'AS AS', ''), stageName))).map(
          ([f, image, alias]) => [f, image, alias ? alias.join(' ') : ''].filter(Boolean).join(' '),
        ),
      );
    case 'RUN':
    case 'COPY':
    case 'ADD': {
      const copyArguments = fc
        .array(fc.oneof(word, fc.constantFrom('.', './', '/', 'README.md', 'app.tar.gz', 'src/', '/app', '/usr/local/bin/', 'package*.json', '/go/bin/app')), { minLength: 1, maxLength: 4 })
        .map((ws) => ws.join(' '));
      const body = keyword === 'RUN' ? fc.oneof(shellCommand, execForm) : fc.oneof(copyArguments, execForm);
      const withHeredoc = fc.tuple(flags, heredocs, fc.option(words(2))).map(([f, docs, rest]) => ({
        args: [f, docs.operators, rest ?? ''].filter(Boolean).join(' '),
        extraLines: docs.bodies,
      }));
      return fc.oneof({ weight: 3, arbitrary: plain(fc.tuple(flags, body).map(([f, b]) => `${f} ${b}`.trim())) }, { weight: 1, arbitrary: withHeredoc });
    }
    case 'CMD':
    case 'ENTRYPOINT':
      return plain(fc.oneof(execForm, shellCommand));
    case 'SHELL':
      return plain(execForm);
    case 'ARG':
    case 'ENV':
    case 'LABEL':
      return plain(
        fc.oneof(
          fc.array(keyValue, { minLength: 1, maxLength: 3 }).map((kvs) => kvs.join(' ')),
          // The legacy `ENV KEY value with spaces` form.
          fc.tuple(ident, words(3)).map(([k, v]) => `${k} ${v}`),
        ),
      );
    case 'EXPOSE':
      return plain(
        fc.array(fc.constantFrom('80', '443/tcp', '443/TCP', '53/udp', '8000-8010', '$PORT', '0', '99999', 'http', '8080:80', '127.0.0.1:8080:80/tcp'), { minLength: 1, maxLength: 3 }).map((p) => p.join(' ')),
      );
    case 'USER':
      return plain(fc.constantFrom('root', 'app', '1000', '1000:1000', '$UID:$GID', 'nobody:', ':x'));
    case 'WORKDIR':
      return plain(fc.oneof(fc.constantFrom('/app', 'relative', '$HOME/src', '${DIR:-/srv}', '/'), word));
    case 'VOLUME':
      return plain(fc.oneof(words(3), execForm));
    case 'STOPSIGNAL':
      return plain(fc.constantFrom('SIGTERM', 'SIGKILL', '9', '$SIG', 'NOTASIGNAL'));
    case 'HEALTHCHECK':
      return plain(
        fc.oneof(
          fc.constantFrom('NONE', 'none', 'CMD', '--interval=5s'),
          fc.tuple(flags, fc.oneof(execForm, shellCommand)).map(([f, c]) => `${f} CMD ${c}`.trim()),
        ),
      );
    case 'MAINTAINER':
      return plain(words(3));
    case 'ONBUILD':
      // Triggers BuildKit forbids (FROM, ONBUILD, MAINTAINER) included; ONBUILD ONBUILD does not recurse further.
      return fc
        .constantFrom<Keyword>('RUN', 'COPY', 'ADD', 'ENV', 'FROM', 'ONBUILD', 'MAINTAINER', 'CMD')
        .chain((inner) => argumentsFor(inner === 'ONBUILD' ? 'RUN' : inner).map(({ args }) => ({ args: `${inner} ${args}`, extraLines: [] })));
  }
}

/** A keyword as someone might type it. */
const keywordSpelling = (keyword: string) => fc.constantFrom(keyword, keyword.toLowerCase(), keyword[0] + keyword.slice(1).toLowerCase());

const instruction: fc.Arbitrary<{ head: string; extraLines: string[] }> = fc.oneof(
  {
    weight: 12,
    // FROM weighs more, so most files have stages for the stage-scoped rules to walk.
    arbitrary: fc
      .oneof({ weight: 1, arbitrary: fc.constant<Keyword>('FROM') }, { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) })
      .chain((kw) => fc.tuple(keywordSpelling(kw), argumentsFor(kw)))
      .map(([spelled, { args, extraLines }]) => ({ head: args === '' ? spelled : `${spelled} ${args}`, extraLines })),
  },
  // Keywords BuildKit does not know, and instructions with no arguments.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('FOO', 'RUNN', 'COPY--from', '\\', '`', '-', '[', 'FROM:'), fc.option(words(2))).map(([k, a]) => ({ head: a ? `${k} ${a}` : k, extraLines: [] })) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS).map((kw) => ({ head: kw, extraLines: [] })) },
);

const comment: fc.Arbitrary<string> = fc.oneof(
  words(3).map((w) => `# ${w}`),
  fc.constantFrom(
    '#', '# hadolint ignore=DL3008,DL3015', '# hadolint global ignore=DL3006', '# hadolint stage ignore=DL3003', '# hadolint shell=bash',
    '# stagecraft ignore=from-as-casing', '# stagecraft global ignore=FromAsCasing', '# stagecraft stage ignore=*', '# check=skip=all',
    '# check=skip=FromAsCasing;error=true', '# check=experimental=all', '# check=error=1', '#check=bogus', '# hadolint ignore=',
    '  # indented comment',
  ),
);

const directive = fc.constantFrom(
  '# syntax=docker/dockerfile:1', '#syntax=docker/dockerfile:1.7-labs', '# escape=`', '# escape=\\', '# escape=x', '# escape=',
  '# check=skip=all', '# check=skip=StageNameCasing,FromAsCasing;error=true', '# check=experimental=InvalidDefinitionDescription',
  '# check=', '# CHECK=skip=all', '#directive=unknown',
);

/** One instruction laid out on physical lines: continuations between words, comment or blank lines between them. */
function layOut(head: string, extraLines: string[], escapeChars: string[]): fc.Arbitrary<string[]> {
  const gaps = head.split(' ');
  return fc
    .tuple(
      fc.array(fc.nat({ max: Math.max(0, gaps.length - 1) }), { maxLength: 3 }),
      fc.constantFrom(...escapeChars),
      fc.constantFrom('', ' ', '\t', '  '),
      fc.array(fc.oneof(comment, fc.constant(''), fc.constant('   ')), { maxLength: 2 }),
      fc.constantFrom('', '  ', '\t'),
      fc.boolean(),
    )
    .map(([breaks, esc, trailing, interleaved, indent, danglingEnd]) => {
      const breakAt = new Set(breaks);
      const lines: string[] = [];
      let current = '';
      gaps.forEach((part, i) => {
        current += (current === '' ? '' : ' ') + part;
        if (breakAt.has(i) && i < gaps.length - 1) {
          lines.push(`${current} ${esc}${trailing}`);
          lines.push(...interleaved);
          current = indent;
        }
      });
      lines.push(danglingEnd ? `${current} ${esc}` : current);
      return [...lines, ...extraLines.flatMap((body) => body.split('\n'))];
    });
}

/** A whole Dockerfile: directives, then instructions and comments, joined with one kind of line end or a mix. */
export const dockerfileText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(directive, { maxLength: 3 }),
    fc.array(fc.oneof({ weight: 5, arbitrary: instruction.map((i) => ({ kind: 'instruction' as const, ...i })) }, { weight: 1, arbitrary: comment.map((c) => ({ kind: 'comment' as const, head: c, extraLines: [] as string[] })) }), {
      maxLength: 14,
    }),
  )
  .chain(([directives, items]) => {
    // Mostly the escape character the directives declare, sometimes the other one: both must be survivable.
    const declared = directives.includes('# escape=`') ? '`' : '\\';
    const escapes = [declared, declared, declared === '\\' ? '`' : '\\'];
    const bodies = items.map((item) => (item.kind === 'comment' ? fc.constant([item.head]) : layOut(item.head, item.extraLines, escapes)));
    return fc.tuple(fc.constant(directives), bodies.length ? fc.tuple(...bodies) : fc.constant([] as string[][]), fc.constantFrom<string>(...NEWLINES, 'mixed'), fc.boolean(), fc.boolean());
  })
  .chain(([directives, bodies, newline, bom, finalNewline]) => {
    const lines = [...directives, ...bodies.flat()];
    const ends = newline === 'mixed' ? fc.array(fc.constantFrom(...NEWLINES), { minLength: lines.length, maxLength: lines.length }) : fc.constant(lines.map(() => newline));
    return ends.map((endings) => {
      const text = lines.map((l, i) => l + (i < lines.length - 1 || finalNewline ? endings[i] : '')).join('');
      return (bom ? '\ufeff' : '') + text;
    });
  });

/** Small, realistic files to mutate, so mutations start from something the parser mostly accepts. */
export const SEED_DOCKERFILES = [
  [
    '# syntax=docker/dockerfile:1',
    'ARG GO=1.22',
    'FROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS build',
    'WORKDIR /src',
    'RUN --mount=type=cache,target=/root/.cache/go-build \\',
    '    # build it',
    '    go build -o /out/app ./cmd/app',
    'FROM gcr.io/distroless/static:nonroot',
    'COPY --from=build /out/app /app',
    'USER nonroot:nonroot',
    'ENTRYPOINT ["/app"]',
    '',
  ].join('\n'),
  [
    '# escape=`',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'SHELL ["powershell", "-Command"]',
    'RUN Write-Host `',
    '    "hello"',
    'ENV A="x y" B=${A:-z}',
    'LABEL org.opencontainers.image.source="https://example.com" version=1.0',
    '',
  ].join('\r\n'),
  [
    'FROM debian:bookworm AS base',
    'RUN <<EOF',
    'apt-get update',
    'apt-get install -y curl',
    'EOF',
    'COPY <<-"CONF" /etc/app.conf',
    '\tkey=value',
    '\tCONF',
    'ONBUILD COPY . /app',
    'HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1',
    '# hadolint ignore=DL3008',
    'FROM base',
    'EXPOSE 80/tcp',
    'CMD ["nginx", "-g", "daemon off;"]',
  ].join('\n'),
];

type Mutation =
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'lineEnds'; to: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.constantFrom(...AWKWARD_TEXT) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 6 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 6 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('lineEnds' as const), to: fc.constantFrom(...NEWLINES, '\n\n', ' \\\n') }),
);

export function applyMutation(text: string, m: Mutation): string {
  const pos = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'splice':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'duplicate': {
      const at = pos(m.at);
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'lineEnds':
      return text.replace(/\r\n|\r|\n/g, m.to);
  }
}

/** A realistic or generated Dockerfile with a few mutations applied. */
export const mutatedDockerfileText: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...SEED_DOCKERFILES), dockerfileText), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([text, mutations]) => mutations.reduce(applyMutation, text));

/** Text with Dockerfile-ish tokens and anything else, with no structure at all. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD_TEXT, ...KEYWORDS, ' ', 'AS', '\\\n', '`\n', '\n'), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Lint options a run may be given: a target (existing or not), rule settings, a `.dockerignore`. */
export const lintSettings = fc.record({
  target: fc.option(stageName, { nil: undefined }),
  dockerignore: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('', '*\n!src\n', 'node_modules\n**/*.md\n.git', '!')),
  trustedRegistries: fc.array(fc.constantFrom('docker.io', 'ghcr.io', 'registry.example.com:443', '*.example.com', ''), { maxLength: 2 }),
  labelSchema: fc.dictionary(fc.constantFrom('version', 'org.opencontainers.image.source', 'maintainer', 'a'), fc.constantFrom<LabelType>('text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'), { maxKeys: 3 }),
  strictLabels: fc.boolean(),
});
export type LintSettings = typeof lintSettings extends fc.Arbitrary<infer T> ? T : never;
