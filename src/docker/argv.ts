/**
 * `docker buildx build` argument lists, from what to build and the action's inputs (modelled on
 * docker/build-push-action, whose inputs mirror buildx's flags). Pure: no Docker, no disk.
 */

/** One variant to build: the Dockerfile, its context, its target and build args (from its build definition). */
export interface BuildRequest {
  /** Absolute. */
  dockerfile: string;
  /** Absolute. */
  context: string;
  /** null: the last stage. */
  target: string | null;
  args: Record<string, string>;
}

/** The inputs that shape every build; the override inputs win over a definition's target and args. */
export interface BuildSettings {
  target: string | null;
  buildArgs: Record<string, string>;
  /** `name=path-or-image`, as `--build-context` takes them. */
  buildContexts: string[];
  /** `--secret` specs (`id=…,src=…` or `id=…,env=…`), made by the caller from the `secrets` input without values on the command line. */
  secretSpecs: string[];
  /** The secrets' values: replaced by `***` in every build log line and failure log tail kept. */
  secretValues?: string[];
  ssh: string[];
  platforms: string[];
  network: string | null;
  builder: string | null;
  noCache: boolean;
  cacheFrom: string[];
  cacheTo: string[];
  /** Per build; null: no limit. */
  timeoutMs: number | null;
  /** Also build and measure each stage the target reaches. */
  stageSizes?: boolean;
}

export const DEFAULT_BUILD_SETTINGS: BuildSettings = {
  target: null,
  buildArgs: {},
  buildContexts: [],
  secretSpecs: [],
  ssh: [],
  platforms: [],
  network: null,
  builder: null,
  noCache: false,
  cacheFrom: [],
  cacheTo: [],
  timeoutMs: null,
};

/** Where the image goes: loaded into the image store under a tag, or exported as an OCI layout tarball. */
export type BuildOutput = { kind: 'load'; tag: string } | { kind: 'oci'; dest: string };

/** What the builder accepts, from detection (src/docker/detect.ts). */
export interface BuilderAbilities {
  /** Cache export (`--cache-to`): not with the `docker` driver on the classic store (inline only). */
  cacheExport: boolean;
}

/**
 * The arguments after `docker`. Always `--provenance=false --sbom=false` (attestations change digests
 * and keep the docker driver from loading) and `--metadata-file`. Cache exports the builder refuses are
 * left out (the caller says so once); an `inline` cache export is kept, every driver takes it.
 */
export function buildxArgs(request: BuildRequest, settings: BuildSettings, output: BuildOutput, metadataFile: string, abilities: BuilderAbilities): string[] {
  const args = ['buildx', 'build'];
  if (settings.builder) args.push('--builder', settings.builder);
  args.push('--file', request.dockerfile);
  const target = settings.target ?? request.target;
  if (target) args.push('--target', target);
  const buildArgs = { ...request.args, ...settings.buildArgs };
  for (const name of Object.keys(buildArgs).sort()) args.push('--build-arg', `${name}=${buildArgs[name]}`);
  for (const context of settings.buildContexts) args.push('--build-context', context);
  for (const secret of settings.secretSpecs) args.push('--secret', secret);
  for (const ssh of settings.ssh) args.push('--ssh', ssh);
  const platforms = output.kind === 'load' ? settings.platforms.slice(0, 1) : settings.platforms;
  if (platforms.length > 0) args.push('--platform', platforms.join(','));
  if (settings.network) args.push(`--network=${settings.network}`);
  if (settings.noCache) args.push('--no-cache');
  for (const from of settings.cacheFrom) args.push('--cache-from', from);
  for (const to of keptCacheExports(settings.cacheTo, abilities)) args.push('--cache-to', to);
  args.push('--provenance=false', '--sbom=false', '--metadata-file', metadataFile, '--progress=plain');
  if (output.kind === 'load') args.push('--tag', output.tag, '--load');
  else args.push('--output', `type=oci,dest=${output.dest}`);
  args.push(request.context);
  return args;
}

/** The `--cache-to` values the builder takes. */
export function keptCacheExports(cacheTo: readonly string[], abilities: BuilderAbilities): string[] {
  return abilities.cacheExport ? [...cacheTo] : cacheTo.filter((spec) => /(^|,)type=inline(,|$)/.test(spec));
}
