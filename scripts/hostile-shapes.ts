/**
 * Dockerfiles shaped to hurt a linter, each grown to a given size: enormous lines, 100k stages, deep
 * nesting, long chains, binary data. `npm run fuzz` lints each at the size limit and checks time and
 * memory; the robustness tests lint a small slice of each in the normal suite.
 */
export interface HostileShape {
  name: string;
  /** Text of about `bytes` bytes (never much more). */
  make(bytes: number): string;
}

const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const lines = (bytes: number, each: number, line: (i: number) => string) => Array.from({ length: Math.max(1, Math.floor(bytes / each)) }, (_, i) => line(i)).join('');

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'one enormous RUN line', make: (b) => `FROM alpine\nRUN echo ${fill('x', b - 20)}\n` },
  { name: 'one RUN of many words', make: (b) => `FROM alpine\nRUN echo ${fill('a ', b - 20)}\n` },
  { name: 'one enormous comment', make: (b) => `# ${fill('x', b - 20)}\nFROM alpine\n` },
  { name: 'unnamed stages', make: (b) => fill('FROM a\n', b) },
  { name: 'named stages', make: (b) => lines(b, 20, (i) => `FROM a AS s${i}\n`) },
  { name: 'stages copying from the one before', make: (b) => lines(b, 40, (i) => `FROM a AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /a\n`) },
  { name: 'stages built FROM the one before', make: (b) => `FROM a AS s0\n${lines(b, 34, (i) => `FROM s${i} AS s${i + 1}\nENV E${i}=1\n`)}` },
  { name: 'nested $( in a RUN', make: (b) => `FROM alpine\nRUN ${fill('$(', b - 20)}\n` },
  { name: 'nested ${ in a RUN', make: (b) => `FROM alpine\nRUN echo ${fill('${a:-', b - 20)}\n` },
  { name: 'nested ( in a RUN', make: (b) => `FROM alpine\nRUN ${fill('(', b - 20)}\n` },
  { name: 'nested ${ in an ENV', make: (b) => `FROM alpine\nENV A=${fill('${B:-', b - 20)}\n` },
  { name: 'line continuations', make: (b) => `FROM alpine\nRUN ${fill('a \\\n', b - 20)}\n` },
  { name: 'commands chained with &&', make: (b) => `FROM debian\nRUN ${fill('apt-get install -y x && ', b - 20)}true\n` },
  { name: 'commands piped', make: (b) => `FROM debian\nRUN ${fill('cat a | ', b - 20)}true\n` },
  { name: 'heredoc RUNs', make: (b) => `FROM alpine\n${fill('RUN <<EOF\nx\nEOF\n', b - 12)}` },
  { name: 'heredoc markers on one line', make: (b) => `FROM alpine\nRUN ${fill('<<A ', b - 20)}\n` },
  { name: 'ENV lines', make: (b) => `FROM alpine\n${lines(b, 18, (i) => `ENV V${i}=$V${i - 1}\n`)}` },
  { name: 'ARG + RUN pairs', make: (b) => `FROM alpine\n${lines(b, 28, (i) => `ARG A${i}=1\nRUN echo $A${i}\n`)}` },
  { name: 'global ARGs', make: (b) => `${lines(b / 2, 14, (i) => `ARG G${i}=1\n`)}FROM alpine\n${lines(b / 2, 10, (i) => `ARG G${i}\n`)}` },
  { name: 'key=value pairs on one ENV', make: (b) => `FROM alpine\nENV ${lines(b - 20, 10, (i) => `K${i}=v `)}\n` },
  { name: 'one JSON array', make: (b) => `FROM alpine\nRUN [${fill('"a",', b - 20)}"b"]\n` },
  { name: 'unterminated quotes', make: (b) => `FROM alpine\nRUN echo ${fill('"a', b - 20)}\n` },
  { name: 'LABEL pairs', make: (b) => `FROM alpine\nLABEL ${fill('a=b ', b - 20)}\n` },
  { name: 'ONBUILD triggers', make: (b) => `FROM alpine\n${fill('ONBUILD RUN x\n', b - 12)}` },
  { name: 'RUNs before any FROM', make: (b) => `${fill('RUN x\n', b - 8)}FROM a\n` },
  { name: 'undefined variables', make: (b) => `FROM alpine\n${lines(b, 28, (i) => `ENV X${i}=1\nRUN echo $Y${i}\n`)}` },
  { name: 'backtick escape and continuations', make: (b) => `# escape=\`\nFROM alpine\nRUN ${fill('a `\n', b - 30)}\n` },
  { name: 'CR line ends', make: (b) => fill('FROM a\rRUN x\r', b) },
  { name: 'control characters', make: (b) => Array.from({ length: b }, (_, i) => String.fromCharCode(((i * 7919) % 254) + 1)).join('') },
];
