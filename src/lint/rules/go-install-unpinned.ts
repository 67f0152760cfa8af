import { parseMountOptions, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import type { ShellCommand, ShellWord } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { noVersion, operandWords, runSites, someEarlier, unpinnedPackages, type RunSite } from './shared/package-managers.js';

/** Build flags of `go run/install/get` that take a value (`-tags netgo`, `-o /bin/app`). */
const GO_VALUE_FLAGS = [
  'C', 'o', 'p', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'mod', 'modfile', 'overlay', 'pkgdir', 'buildmode', 'compiler',
  'exec', 'toolexec', 'installsuffix', 'pgo', 'covermode', 'coverpkg', 'buildvcs',
] as const;

/**
 * The packages a go command fetches by path: for `go run`, the package it runs (what follows is the
 * program's arguments); for `go install` and `go get`, every package named.
 */
function fetchedPackages(cmd: ShellCommand): { command: ShellCommand; verb: string; packages: ShellWord[] } | null {
  if (cmd.base !== 'go') return null;
  // Go flags are written with one dash and may be long (`-tags`): read them whole, not letter by letter.
  const words = operandWords({ ...cmd, args: cmd.args.map((a) => (/^-[a-zA-Z]{2,}$/.test(a.value) ? { ...a, value: `-${a.value}` } : a)) }, GO_VALUE_FLAGS);
  const [verb, ...rest] = words;
  if (!verb) return null;
  if (verb.value === 'run') return { command: cmd, verb: 'run', packages: rest.slice(0, 1) };
  if (verb.value === 'install' || verb.value === 'get') return { command: cmd, verb: verb.value, packages: rest.filter((w) => w.value !== 'tool') };
  return null;
}

/** `./cmd/app`, `.`, `/go/src/app`, `../x`, or a `.go` file: built from the source at hand. */
function isLocal(pkg: string): boolean {
  return pkg.startsWith('.') || pkg.startsWith('/') || pkg.endsWith('.go');
}

/**
 * `std`, `cmd`, `all`, `net/http`, `myapp/cmd/server`: a path whose first element has no dot is no
 * module to download. It is the standard library (built by the toolchain at hand) or a package of the
 * main module or GOPATH, built from the source at hand; Go refuses `@version` on it ("missing dot in
 * first path element"). Written as a variable (`$PKG/cmd`), the path is judged once read.
 */
function takesNoVersion(pkg: string): boolean {
  return /^[A-Za-z0-9_+-]+(\/|@|$)/.test(pkg);
}

/** A module version (`@v1.2.3`, `@<commit>`); `@latest` and `@none` name no fixed version. */
function isPinned(pkg: string): boolean {
  if (isLocal(pkg)) return true;
  return pkg.includes('@') && !/@(latest|none)$/.test(pkg);
}

/**
 * Whether the RUN builds inside a Go module: it mounts a `go.mod`, or the image got one from an earlier
 * COPY or ADD. There `go install pkg` and `go run pkg` without `@version` take the version go.mod
 * requires (or fail), so they are pinned.
 */
function moduleAtHand(df: Dockerfile, site: RunSite): boolean {
  const mountsGoMod = site.run.flags.some((f) => {
    if (f.name !== 'mount' || f.value === null) return false;
    const o = parseMountOptions(f.value);
    return [o.get('source'), o.get('src'), o.get('target'), o.get('dst'), o.get('destination')].some((v) => v?.endsWith('go.mod'));
  });
  if (mountsGoMod) return true;
  return someEarlier(df, site.instruction, copiesGoMod);
}

function copiesGoMod(ins: Instruction): boolean {
  return (ins.keyword === 'COPY' || ins.keyword === 'ADD') && /(^|[\s/"'])go\.(mod|\*)(\s|"|'|,|$)/.test(ins.args);
}

export const goInstallUnpinned: Rule = {
  id: 'go-install-unpinned',
  title: 'Pin versions in go install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3062'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const found = site.commands.map(fetchedPackages).filter((f) => f !== null);
      // hadolint reads the `go run` packages when a RUN has any, else those of go install and go get.
      const runs = found.filter((f) => f.verb === 'run');
      const checked = runs.some((f) => f.packages.length > 0) ? runs : found.filter((f) => f.verb !== 'run');
      if (checked.length === 0) continue;
      const inModule = moduleAtHand(ctx.dockerfile, site);
      const unpinned = checked.flatMap((f) =>
        // `go get` keeps hadolint's reading (its tests report `go get -tool foobar`): it records a requirement in go.mod, which should name a version.
        unpinnedPackages(site, f.command, f.packages, (pkg) => isPinned(pkg) || (f.verb !== 'get' && (takesNoVersion(pkg) || (inModule && !pkg.includes('@'))))),
      );
      if (unpinned.length === 0) continue;
      const verb = checked.find((f) => f.packages.some((p) => unpinned.includes(p.value)))?.verb ?? 'install';
      const bare = unpinned[0]!.replace(/@(latest|none)$/, '');
      ctx.reportAt(
        site.instruction,
        `Pin versions in go: ${noVersion(unpinned, 'no fixed version')}. ` +
          `Instead of \`go ${verb} ${unpinned[0]}\` use \`go ${verb} ${bare}@<version>\``,
      );
    }
  },
};
