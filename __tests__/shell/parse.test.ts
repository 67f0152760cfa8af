import { describe, expect, it } from 'vitest';
import { flagValues, hasFlag, operands, parseShell, subcommand, unwrap } from '../../src/shell/index.js';

const names = (script: string) => parseShell(script).commands.map((c) => c.name);
const argsOf = (script: string, i = 0) => parseShell(script).commands[i]!.args.map((a) => a.value);

describe('parseShell: which commands run', () => {
  it.each([
    ['simple', 'apt-get update', ['apt-get']],
    ['and-list', 'apt-get update && apt-get install -y curl', ['apt-get', 'apt-get']],
    ['or, semicolon, background', 'a || b; c & d', ['a', 'b', 'c', 'd']],
    ['pipeline', 'curl -s x | sh', ['curl', 'sh']],
    ['newlines', 'a\nb\n\nc', ['a', 'b', 'c']],
    ['subshell and group', '(cd /x && make) && { echo a; echo b; }', ['cd', 'make', 'echo', 'echo']],
    ['if', 'if [ -f x ]; then rm x; elif true; then :; else echo no; fi', ['[', 'rm', 'true', ':', 'echo']],
    ['while', 'while read l; do echo "$l"; done < f', ['read', 'echo']],
    ['for loop header is not a command', 'for p in a b c; do pip install "$p"; done', ['pip']],
    ['case', 'case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac; echo $arch', ['uname', '', '', 'echo']],
    ['command substitution', 'echo $(uname -m) `id -u`', ['echo', 'uname', 'id']],
    ['case inside a substitution', 'curl -o x https://go.dev/go-$(case $(uname -m) in x86_64) echo amd64 ;; aarch64) echo arm64 ;; esac).tgz | tar xz', ['curl', 'uname', 'echo', 'echo', 'tar']],
    ['nested substitution in quotes', 'X="$(dpkg --print-architecture)"', ['', 'dpkg']],
    ['assignment prefix', 'DEBIAN_FRONTEND=noninteractive apt-get install -y x', ['apt-get']],
    ['comment', 'echo a # apt-get install x\necho b', ['echo', 'echo']],
    ['function definition', 'f() { make; }; f', ['make', 'f']],
    ['negation', '! grep -q x f', ['grep']],
    ['arithmetic is not a command', 'echo $((1 + 2))', ['echo']],
    ['shell heredoc body is data', 'cat <<EOF > /etc/x\napt-get install y\nEOF\necho done', ['cat', 'echo']],
    ['here-string', 'read a <<< "x"', ['read']],
    ['redirection with descriptor', 'make 2>/dev/null', ['make']],
    ['line continuation inside script', 'apt-get install \\\n  curl', ['apt-get']],
  ])('%s', (_name, script, expected) => {
    expect(names(script)).toEqual(expected);
  });
});

describe('parseShell: words', () => {
  it.each([
    ['quotes removed', `echo "a b" 'c d' e\\ f`, ['a b', 'c d', 'e f']],
    ['expansions kept', 'echo $HOME ${A:-b} "$X/y"', ['$HOME', '${A:-b}', '$X/y']],
    ['descriptor number not an argument', 'make install 2>&1', ['install']],
    ['redirect target not an argument', 'echo x > /tmp/f', ['x']],
    ['glob kept', 'rm -rf /var/lib/apt/lists/*', ['-rf', '/var/lib/apt/lists/*']],
  ])('%s', (_name, script, expected) => {
    expect(argsOf(script)).toEqual(expected);
  });

  it('records operators, pipes and redirects', () => {
    const parsed = parseShell('a && b | c; d > out');
    expect(parsed.hasPipes).toBe(true);
    expect(parsed.commands.map((c) => c.before)).toEqual([null, '&&', '|', ';']);
    expect(parsed.commands[1]!.piped).toBe(true);
    expect(parsed.commands[3]!.redirects).toEqual([{ op: '>', target: 'out' }]);
  });

  it.each([
    ['top level', 'cd /app && make', [0, 0]],
    ['for body', 'for d in a b; do cd $d; done; make', [1, 0]],
    ['if body', 'if true; then cd /x; fi; make', [1, 1, 0]],
    ['nested while in if', 'if a; then while b; do c; done; fi', [1, 2, 2]],
    ['case branch', 'case $x in a) cd /a ;; esac; make', [1, 0]],
    ['brace group', '{ cd /x; make; }; ls', [1, 1, 0]],
    ['subshell', '(cd /x && make) && ls', [1, 1, 0]],
  ])('depth: %s', (_name, script, depths) => {
    expect(parseShell(script).commands.map((c) => c.depth)).toEqual(depths);
  });

  it('marks commands inside substitutions', () => {
    const parsed = parseShell('echo $(id -u)');
    expect(parsed.commands.map((c) => c.substitution)).toEqual([false, true]);
  });

  it.each([
    ['an argument', true, 'echo "$(curl x | sha256sum)"'],
    ['a for list', true, 'for f in $(ls | grep y); do rm "$f"; done'],
    ['a case word', true, 'case $(uname -m | tr A-Z a-z) in x) ;; esac'],
    ['a redirection target', true, 'echo x > "$(mktemp | head -1)"'],
    ['a prefix assignment of a command', true, 'V=$(curl x | head -1) make'],
    ['an argument inside an assignment', true, 'x=$(echo "$(a | b)")'],
    ['a bare assignment', false, 'sum=$(curl x | sha256sum)'],
    ['a bare assignment in backticks', false, 'sum=`curl x | sha256sum`'],
  ])('a substitution in %s: exit status ignored: %s', (_name, ignored, script) => {
    const piped = parseShell(script).commands.filter((c) => c.piped && c.substitution);
    expect(piped).toHaveLength(1);
    expect(piped[0]!.statusIgnored ?? false).toBe(ignored);
  });

  it('survives unbalanced input and says so', () => {
    for (const script of ['echo "unterminated', "echo 'x", 'echo $(date', 'if then fi ;; )) ((', '`', '${', '\\']) {
      const parsed = parseShell(script);
      expect(Array.isArray(parsed.commands)).toBe(true);
    }
    expect(parseShell('echo "unterminated').incomplete).toBe(true);
    expect(parseShell('echo fine').incomplete).toBe(false);
  });
});

describe('command helpers', () => {
  const cmd = (script: string) => parseShell(script).commands[0]!;
  it.each([
    ['-y combined', 'apt-get install -qy curl', 'y', true],
    ['long flag with value', 'pip install --no-cache-dir=1 x', 'no-cache-dir', true],
    ['absent', 'apt-get install curl', 'y', false],
    ['double dash ends nothing in flags', 'rm -- -y', 'y', false],
  ])('hasFlag: %s', (_n, script, flag, expected) => {
    expect(hasFlag(cmd(script), flag)).toBe(expected);
  });

  it('flagValues reads every spelling', () => {
    expect(flagValues(cmd('useradd -u 1000 x'), 'u')).toEqual(['1000']);
    expect(flagValues(cmd('useradd -u1000 x'), 'u')).toEqual(['1000']);
    expect(flagValues(cmd('useradd --uid=1000 x'), 'uid')).toEqual(['1000']);
    expect(flagValues(cmd('useradd --uid 1000 x'), 'uid')).toEqual(['1000']);
  });

  it('operands skip flag values', () => {
    expect(operands(cmd('go build -o /out/app ./cmd/app'), ['o'])).toEqual(['build', './cmd/app']);
    expect(subcommand(cmd('npm --prefix /app ci'), ['prefix'])).toBe('ci');
  });

  it.each([
    ['sudo', 'sudo -u root apt-get install x', 'apt-get', ['install', 'x']],
    ['env with assignments', 'env -i A=1 npm ci', 'npm', ['ci']],
    ['nested wrappers', 'sudo nice -n 5 make all', 'make', ['all']],
    ['timeout', 'timeout 60 curl x', 'curl', ['x']],
    ['not a wrapper', 'make all', 'make', ['all']],
    ['command -v only looks up', 'command -v ssh', 'command', ['-v', 'ssh']],
    ['command runs', 'command make all', 'make', ['all']],
  ])('unwrap: %s', (_n, script, name, args) => {
    const inner = unwrap(cmd(script));
    expect(inner.name).toBe(name);
    expect(inner.args.map((a) => a.value)).toEqual(args);
  });
});
