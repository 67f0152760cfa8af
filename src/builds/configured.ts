import { posix } from 'node:path';
import { describeBuild, folderOf, isRemoteContext, resolveInRepo } from './place.js';
import type { BuildDiscovery, ConfiguredBuild } from './types.js';

/**
 * The `builds:` of one `.stagecraft.yml` as definitions. Paths are relative to the folder of that file
 * (`folder`: by default that of `configFile`, repository-relative), like its `overrides` globs; a context left out is the Dockerfile's
 * own folder, as `docker build -f <file> <its folder>` would be. An entry naming a path outside the
 * repository is a notice, not a definition.
 */
export function configuredDefinitions(builds: readonly ConfiguredBuild[], configFile: string, folder: string = folderOf(configFile)): BuildDiscovery {
  const out: BuildDiscovery = { definitions: [], notices: [] };
  for (const build of builds) {
    const source = { file: configFile, line: build.line, kind: 'stagecraft' as const };
    const skip = (why: string) => out.notices.push({ file: configFile, line: build.line, message: `${describeBuild('stagecraft', build.name)} ${why}: not read` });
    const dockerfile = resolveInRepo(folder, build.dockerfile);
    if (dockerfile === null || dockerfile === '') {
      skip(`names the Dockerfile ${build.dockerfile}, outside the repository`);
      continue;
    }
    let context = folderOf(dockerfile);
    if (build.context !== undefined) {
      if (isRemoteContext(build.context)) {
        skip(`builds from the remote context ${build.context}`);
        continue;
      }
      const resolved = resolveInRepo(folder, build.context);
      if (resolved === null) {
        skip(`builds from ${build.context}, outside the repository`);
        continue;
      }
      context = resolved;
    }
    out.definitions.push({
      dockerfile: posix.normalize(dockerfile),
      context,
      targets: [...build.targets],
      args: { ...build.args },
      source,
      ...(build.name === undefined ? {} : { name: build.name }),
    });
  }
  return out;
}
