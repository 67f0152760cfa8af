/**
 * Where instructions start and end, and what the build refuses, as BuildKit's parser decides it
 * (`frontend/dockerfile/parser/parser.go`, `instructions/parse.go`, `dockerfile2llb/convert_expose.go`).
 * Each case here was read differently before: an instruction swallowed, a heredoc that is none, a file
 * that builds reported as broken, or a refused one reported as fine.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintText } from '../../src/lint/engine.js';

const parse = (text: string) => parseDockerfile(text, { path: 'Dockerfile' });
const spans = (text: string) => parse(text).instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`);
const problems = (text: string) => parse(text).problems.map((p) => p.message);

describe('line continuation', () => {
  it('an escaped escape at the end of a line does not continue it', () => {
    const df = parse('FROM alpine\nRUN echo a\\\\\nRUN sudo ls\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-2', 'RUN 3-3']);
    expect(df.instructions[1]!.args).toBe('echo a\\\\');
    expect(df.instructions[2]!.args).toBe('sudo ls');
  });

  it('the same with a backtick under `# escape=`', () => {
    expect(spans('# escape=`\nFROM alpine\nRUN echo a``\nRUN sudo ls\n')).toEqual(['FROM 2-2', 'RUN 3-3', 'RUN 4-4']);
  });

  it('three escapes do not continue either (BuildKit\'s continuation pattern looks at one character before)', () => {
    expect(spans('FROM alpine\nRUN echo a\\\\\\\nRUN ls\n')).toEqual(['FROM 1-1', 'RUN 2-2', 'RUN 3-3']);
  });

  it('a single escape continues, also after blank space and through comment and blank lines', () => {
    expect(spans('FROM alpine\nRUN echo a \\  \n# note\n\n  b\nRUN ls\n')).toEqual(['FROM 1-1', 'RUN 2-5', 'RUN 6-6']);
  });

  it('a line that is only the escape character continues', () => {
    const df = parse('FROM alpine\nRUN a \\\n\\\n  b\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-4']);
    expect(df.instructions[1]!.args).toBe('a   b');
  });

  it('an instruction may start after leading white space; its column says where', () => {
    const df = parse('FROM alpine\n   RUN ls\n');
    expect(df.instructions[1]).toMatchObject({ keyword: 'RUN', line: 2, column: 4, args: 'ls' });
  });
});

describe('heredocs', () => {
  it('`<<EOF` inside quotes is not a heredoc', () => {
    const df = parse('FROM alpine\nRUN echo "a <<EOF"\nRUN sudo ls\nCMD ["x"]\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-2', 'RUN 3-3', 'CMD 4-4']);
    expect(df.instructions[1]!.heredocs).toEqual([]);
    expect(df.problems).toEqual([]);
  });

  it('`<<EOF` inside an exec-form JSON array is not a heredoc', () => {
    const df = parse('FROM alpine\nRUN ["sh", "-c", "cat <<EOF"]\nRUN sudo ls\nCOPY ["<<EOF", "/x"]\nCMD ["x"]\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-2', 'RUN 3-3', 'COPY 4-4', 'CMD 5-5']);
    expect(df.problems).toEqual([]);
  });

  it('a file-descriptor prefix (`3<<EOF`) is a heredoc', () => {
    const df = parse('FROM alpine\nRUN cat 3<<EOF\nhello\nEOF\nRUN ls\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-4', 'RUN 5-5']);
    expect(df.instructions[1]!.heredocs).toEqual([{ name: 'EOF', content: 'hello', line: 3, chomp: false, quoted: false }]);
    expect(df.problems).toEqual([]);
  });

  it('an ONBUILD RUN heredoc belongs to the ONBUILD, and its trigger carries it', () => {
    const df = parse('FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\nRUN ls\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'ONBUILD 2-4', 'RUN 5-5']);
    expect(df.instructions[1]!.trigger!.heredocs.map((h) => h.content)).toEqual(['echo hi']);
    expect(df.instructions[1]!.trigger!.endLine).toBe(4);
    expect(df.problems).toEqual([]);
  });

  it('two heredocs on one line are read one after the other; `<<-` strips tabs before the terminator', () => {
    const df = parse('FROM alpine\nCOPY <<A <<-B /dst/\na\nA\n\tb\n\tB\nRUN ls\n');
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'COPY 2-6', 'RUN 7-7']);
    expect(df.instructions[1]!.heredocs.map((h) => [h.name, h.line, h.chomp])).toEqual([
      ['A', 3, false],
      ['B', 5, true],
    ]);
  });

  it('a marker glued to the word before it is no heredoc for BuildKit (it splits words on white space only)', () => {
    const df = parse('FROM alpine\nRUN cat<<EOF\nEOF\n');
    expect(df.instructions[1]!.heredocs).toEqual([]);
    expect(df.problems.map((p) => p.message)).toEqual(['unknown instruction: EOF']);
  });

  it('a quoted marker turns off expansion; only RUN, COPY and ADD take heredocs', () => {
    const df = parse("FROM alpine\nRUN <<'EOF'\necho $HOME\nEOF\nCMD <<EOF\n");
    expect(df.instructions[1]!.heredocs[0]).toMatchObject({ name: 'EOF', quoted: true });
    expect(df.instructions.map((i) => `${i.keyword} ${i.line}-${i.endLine}`)).toEqual(['FROM 1-1', 'RUN 2-4', 'CMD 5-5']);
  });
});

describe('parser directives', () => {
  it('may be indented, as BuildKit strips leading white space before reading them', () => {
    const df = parse('  # escape=`\nFROM alpine\nRUN echo a `\n  b\n');
    expect(df.escapeChar).toBe('`');
    expect(df.instructions[1]!.args).toBe('echo a   b');
  });

  it('end at the first line that is not one, blank lines included', () => {
    const df = parse('\n# escape=`\nFROM alpine\nRUN echo a `\nRUN ls\n');
    expect(df.escapeChar).toBe('\\');
    expect(df.directives).toEqual([]);
  });
});

describe('what BuildKit refuses is a problem', () => {
  it.each([
    ['ENV mixing key=value and the legacy form', 'FROM alpine\nENV A=1 B 2\n', /ENV mixes .*"B" has no "="/],
    ['LABEL mixing the forms', 'FROM alpine\nLABEL a=1 b\n', /LABEL mixes .*"b" has no "="/],
    ['an ENV trigger mixing the forms', 'FROM alpine\nONBUILD ENV A=1 B 2\n', /ENV mixes/],
    ['a legacy ENV without a value', 'FROM alpine\nENV A\n', /ENV A needs a value/],
    ['an unknown EXPOSE protocol', 'FROM alpine\nEXPOSE 80/HTTP\n', /invalid protocol "HTTP" in EXPOSE 80\/HTTP: .*`EXPOSE 80\/tcp`/],
    ['an unknown protocol after expansion', 'FROM alpine\nENV P=443/https\nEXPOSE $P\n', /invalid protocol "https"/],
    ['an unknown protocol in a trigger', 'FROM alpine\nONBUILD EXPOSE 80/http\n', /images built FROM this one/],
    ['a stage referred to with capitals', 'FROM alpine AS builder\nFROM Builder\n', /failed to parse stage name "Builder".*write `FROM builder`/],
    ['scratch with capitals', 'FROM Scratch\n', /failed to parse stage name "Scratch".*write `FROM scratch`/],
    ['an image with capitals', 'FROM Ubuntu:22.04\n', /failed to parse stage name "Ubuntu:22.04": repository name "Ubuntu" must be lowercase/],
    ['a JSON array with something else than strings', 'FROM alpine\nCMD ["a", 1]\n', /JSON array .* only strings/],
    ['a carriage return without a line feed', 'FROM alpine\rRUN ls\n', /carriage return without a line feed/],
  ])('%s', (_name, text, message) => {
    expect(problems(text).join('\n')).toMatch(message);
  });

  it.each([
    ['CRLF line ends, and carriage returns before the final line end', 'FROM alpine\r\nRUN ls\r\r\n'],
    ['ENV in either form', 'FROM alpine\nENV A=1 B="x y"\nENV C d e\nLABEL a=b\n'],
    ['any protocol casing BuildKit accepts', 'FROM alpine\nEXPOSE 80/TCP 53/udp 9/SCTP 8080 8081/\n'],
    ['a protocol that depends on a build argument', 'FROM alpine\nARG PROTO\nEXPOSE 80/$PROTO\n'],
    ['a stage referred to by its lower-case name', 'FROM alpine AS Builder\nFROM builder\nCOPY --from=BUILDER /a /a\n'],
    ['a reference that depends on a build argument', 'ARG IMAGE=Alpine\nFROM $IMAGE\n'],
    ["a Podman transport (the file is Podman's)", 'FROM oci-archive:./out.ociarchive\n'],
  ])('%s builds', (_name, text) => {
    expect(problems(text)).toEqual([]);
  });

  it('a capitalised FROM is not a stage reference: it names an image, as in BuildKit', () => {
    const df = parse('FROM alpine AS builder\nFROM Builder\n');
    expect(df.stages[1]!.base.kind).toBe('image');
    expect(df.stages[1]!.dependencies.map((d) => d.source.kind)).toEqual(['image']);
  });

  it('is reported once, as a parse-error, not as an ARG default problem', () => {
    const { findings } = lintText('FROM alpine:3.20 AS builder\nFROM Builder\n', 'Dockerfile');
    expect(findings.filter((f) => f.line === 2).map((f) => f.rule)).toEqual(['parse-error']);
  });
});
