import { OFFICIAL_IMAGES, RETIRED_OFFICIAL_IMAGES } from './data/official-images.js';
import type { ImageRef } from './image.js';
import { ancestry } from './reach.js';
import type { Dockerfile, Stage } from './types.js';

/**
 * What Stagecraft knows about well-known base images without pulling them, in one place so that rules
 * agree: whether an image is one of Docker's official images, which shell `/bin/sh` is (and whether it
 * has `pipefail`), and the ENV keys an image's configuration sets. Facts are read from the image
 * reference alone (name and tag); an image not listed is "not known", never guessed.
 */

// ─── Official images ────────────────────────────────────────────────────────────────────────────

const DOCKER_HUB = 'docker.io';
/** Registries that mirror Docker's official images under another path: the same images. */
const OFFICIAL_MIRRORS = ['public.ecr.aws/docker/library/', 'mirror.gcr.io/library/'];

/**
 * Docker's official images, from docker-library/official-images (scripts/official-images.ts). A one-word
 * name that is not one of them (`FROM base`, `FROM myapp`) is a bake context, a local image or a typo:
 * Docker Hub would look it up under `library/`, but nothing known is there.
 */
const OFFICIAL = new Set([...OFFICIAL_IMAGES, ...RETIRED_OFFICIAL_IMAGES]);

/** The short name (`node`) of one of Docker's official images, on Docker Hub or a mirror of it; else null. */
export function officialName(image: ImageRef): string | null {
  let name: string | null = null;
  if (image.registry === DOCKER_HUB && image.repository.startsWith('library/')) name = image.repository.slice('library/'.length);
  for (const mirror of OFFICIAL_MIRRORS) {
    if (image.familiar.startsWith(mirror)) name = image.familiar.slice(mirror.length);
  }
  return name !== null && OFFICIAL.has(name) ? name : null;
}

/** Whether an image is one of Docker's official images (`node`, `docker.io/library/node`, `mirror.gcr.io/library/node`). */
export function isOfficialImage(image: ImageRef): boolean {
  return officialName(image) !== null;
}

// ─── /bin/sh ────────────────────────────────────────────────────────────────────────────────────

/** The shell `/bin/sh` is in an image, as far as its name and tag tell. */
export interface SystemShell {
  /** bash (Fedora, the RHEL family, Arch, openSUSE), dash (Debian, Ubuntu), BusyBox ash (Alpine, busybox). */
  shell: 'bash' | 'dash' | 'ash';
  /** The distribution release the tag names, for messages: `Debian 12 (bookworm)`; null when it names none. */
  release: string | null;
  /** Whether `set -o pipefail` works in `/bin/sh`; null when that depends on a release the tag does not name. */
  pipefail: boolean | null;
}

interface Release {
  distro: 'Debian' | 'Ubuntu';
  version: string;
  codename: string;
  /** dash gained `pipefail` in Debian's 0.5.12-7 (May 2024): Debian 13 and Ubuntu 24.10 on have it. */
  dashPipefail: boolean;
}

const RELEASES: readonly Release[] = [
  { distro: 'Debian', version: '8', codename: 'jessie', dashPipefail: false },
  { distro: 'Debian', version: '9', codename: 'stretch', dashPipefail: false },
  { distro: 'Debian', version: '10', codename: 'buster', dashPipefail: false },
  { distro: 'Debian', version: '11', codename: 'bullseye', dashPipefail: false },
  { distro: 'Debian', version: '12', codename: 'bookworm', dashPipefail: false },
  { distro: 'Debian', version: '13', codename: 'trixie', dashPipefail: true },
  { distro: 'Debian', version: '14', codename: 'forky', dashPipefail: true },
  { distro: 'Ubuntu', version: '16.04', codename: 'xenial', dashPipefail: false },
  { distro: 'Ubuntu', version: '18.04', codename: 'bionic', dashPipefail: false },
  { distro: 'Ubuntu', version: '20.04', codename: 'focal', dashPipefail: false },
  { distro: 'Ubuntu', version: '22.04', codename: 'jammy', dashPipefail: false },
  { distro: 'Ubuntu', version: '23.04', codename: 'lunar', dashPipefail: false },
  { distro: 'Ubuntu', version: '23.10', codename: 'mantic', dashPipefail: false },
  { distro: 'Ubuntu', version: '24.04', codename: 'noble', dashPipefail: false },
  { distro: 'Ubuntu', version: '24.10', codename: 'oracular', dashPipefail: true },
  { distro: 'Ubuntu', version: '25.04', codename: 'plucky', dashPipefail: true },
  { distro: 'Ubuntu', version: '25.10', codename: 'questing', dashPipefail: true },
  { distro: 'Ubuntu', version: '26.04', codename: 'resolute', dashPipefail: true },
];

/** Debian's development suites only move forward, and have been past dash 0.5.12-7 since mid-2024. */
const DEBIAN_DEVELOPMENT: Release = { distro: 'Debian', version: 'unstable', codename: 'sid', dashPipefail: true };
const DEBIAN_DEVELOPMENT_TAG = /^(sid|unstable|testing|experimental|rc-buggy)(?:-|$)/;

/** A release codename as one part of a tag: `node:22-bookworm-slim`, `eclipse-temurin:21-jammy`. */
const CODENAME_IN_TAG = new RegExp(`(?:^|[-_.])(${RELEASES.map((r) => r.codename).join('|')})(?:[-_.]|$)`);

function label(release: Release): string {
  return release === DEBIAN_DEVELOPMENT ? 'Debian testing/unstable' : `${release.distro} ${release.version} (${release.codename})`;
}

/** The Debian or Ubuntu release a tag names: `debian:12-slim`, `ubuntu:24.04`, `ubuntu:jammy-20240227`, `python:3.12-slim-bookworm`. */
function releaseOf(image: ImageRef): Release | null {
  const tag = image.tag ?? '';
  if (image.basename === 'debian' || image.basename === 'ubuntu') {
    const distro = image.basename === 'debian' ? 'Debian' : 'Ubuntu';
    if (distro === 'Debian' && DEBIAN_DEVELOPMENT_TAG.test(tag)) return DEBIAN_DEVELOPMENT;
    // `12`, `12.5-slim` (Debian's major version) or `24.04` (Ubuntu's year.month).
    const version = (distro === 'Debian' ? /^\d+/ : /^\d\d\.\d\d/).exec(tag)?.[0];
    const byVersion = RELEASES.find((r) => r.distro === distro && r.version === version);
    if (byVersion) return byVersion;
  }
  const codename = CODENAME_IN_TAG.exec(tag)?.[1];
  return RELEASES.find((r) => r.codename === codename) ?? null;
}

/** Distributions whose /bin/sh is bash. */
const BASH_AS_SH = /^(fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux|rhel\d*|ubi\d*(-\w+)?|archlinux|opensuse|leap|tumbleweed)$/;
/** Distributions whose /bin/sh is BusyBox ash. */
const ASH_AS_SH = /^(alpine|busybox)$/;

/**
 * Which shell `/bin/sh` is in an image: bash on Fedora and the RHEL family, dash on Debian and Ubuntu
 * (and images whose tag names one of their releases), BusyBox ash on Alpine (and `-alpine` tags);
 * null when the image does not say. A moving tag (`debian`, `ubuntu:latest`, `debian:stable`) names
 * no release, so whether its dash has pipefail stays open.
 */
export function systemShell(image: ImageRef): SystemShell | null {
  const name = image.basename;
  const tag = image.tag ?? '';
  if (BASH_AS_SH.test(name)) return { shell: 'bash', release: null, pipefail: true };
  if (ASH_AS_SH.test(name) || /alpine/.test(tag)) return { shell: 'ash', release: null, pipefail: true };
  const release = releaseOf(image);
  if (name === 'debian' || name === 'ubuntu' || release) {
    return { shell: 'dash', release: release ? label(release) : null, pipefail: release?.dashPipefail ?? null };
  }
  return null;
}

/** `/bin/sh` of a stage: that of the image its `FROM <stage>` chain starts from; null when that is not known. */
export function stageSystemShell(df: Dockerfile, stage: Stage | undefined): SystemShell | null {
  if (!stage) return null;
  const base = ancestry(df, stage).pop()!.base;
  return base.kind === 'image' && base.image ? systemShell(base.image) : null;
}

// ─── What an image starts as ────────────────────────────────────────────────────────────────────────

/** What a base image gives the stages built on it, as far as its name and tag tell; null fields are not known. */
export interface BaseImageFacts {
  /** The user a container starts as: `root`, or the non-root user the image sets. */
  defaultUser: string | null;
  /** An unprivileged user the image ships for apps to switch to (`node`, .NET 8's `app`), when it starts as root. */
  appUser: string | null;
  /** The C library binaries are linked against: `none` for `scratch` and static distroless. */
  libc: 'glibc' | 'musl' | 'none' | null;
  /** The OS package manager: null when the image has none (distroless, chiseled) or it is not known. */
  packageManager: 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum' | 'zypper' | 'pacman' | null;
  /** `/bin/sh`, when the image has one and its name tells which. */
  shell: SystemShell | null;
}

const DNF_FAMILY = /^(fedora|rockylinux|almalinux|oraclelinux)$/;
/** .NET images from 8.0 on ship an `app` user (uid 1654) and, for chiseled tags, start as it. */
const DOTNET_IMAGE = /^mcr\.microsoft\.com\/dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps|monitor|aspire-dashboard)$/;

function dotnetFacts(image: ImageRef): BaseImageFacts {
  const tag = (image.tag ?? 'latest').toLowerCase();
  const major = Number(/^(\d+)/.exec(tag)?.[1] ?? NaN);
  const hasAppUser = Number.isNaN(major) || major >= 8;
  const chiseled = /chiseled|distroless/.test(tag);
  const alpine = /alpine/.test(tag);
  const windows = /nanoserver|windowsservercore/.test(tag);
  return {
    defaultUser: windows ? null : chiseled ? 'app' : 'root',
    appUser: hasAppUser && !windows ? 'app' : null,
    libc: windows ? null : alpine ? 'musl' : 'glibc',
    packageManager: chiseled || windows ? null : alpine ? 'apk' : /cbl-mariner|azurelinux/.test(tag) ? 'dnf' : 'apt',
    shell: chiseled || windows ? null : systemShell(image) ?? (alpine ? null : { shell: 'dash', release: null, pipefail: null }),
  };
}

/**
 * What a base image starts as — its user (and the unprivileged user it ships), C library, package
 * manager and `/bin/sh` — for Docker's official images, distroless and the .NET images; null for an
 * image not known (a team's own base may set a USER of its own).
 */
export function baseImageFacts(image: ImageRef): BaseImageFacts | null {
  const tag = (image.tag ?? 'latest').toLowerCase();
  if (DOTNET_IMAGE.test(image.familiar)) return dotnetFacts(image);
  if (image.familiar.startsWith('gcr.io/distroless/')) {
    const flavour = image.familiar.slice('gcr.io/distroless/'.length);
    return {
      defaultUser: /nonroot/.test(tag) ? 'nonroot' : 'root',
      appUser: /nonroot/.test(tag) ? null : 'nonroot',
      libc: /^static/.test(flavour) ? 'none' : 'glibc',
      packageManager: null,
      shell: /debug/.test(tag) ? { shell: 'ash', release: null, pipefail: true } : null,
    };
  }
  const name = officialName(image);
  if (name === null) return null;
  const windows = /nanoserver|windowsservercore|ltsc\d{4}/.test(tag);
  if (windows) return { defaultUser: null, appUser: null, libc: null, packageManager: null, shell: null };
  const musl = name === 'alpine' || /alpine/.test(tag);
  let packageManager: BaseImageFacts['packageManager'] = musl ? 'apk' : 'apt';
  if (DNF_FAMILY.test(name)) packageManager = name === 'oraclelinux' && /^[0-7](\b|\.|-)/.test(tag) ? 'yum' : tag.includes('minimal') ? 'microdnf' : 'dnf';
  else if (name === 'amazonlinux') packageManager = /^2($|\.|-)/.test(tag) ? 'yum' : 'dnf';
  else if (name === 'centos') packageManager = 'yum';
  else if (name === 'archlinux') packageManager = 'pacman';
  else if (name === 'busybox') packageManager = null;
  else if (name === 'amazoncorretto' && !musl) packageManager = 'yum';
  return {
    defaultUser: 'root',
    appUser: name === 'node' ? 'node' : null,
    libc: musl || (name === 'busybox' && /musl/.test(tag)) ? 'musl' : name === 'busybox' ? null : 'glibc',
    packageManager,
    shell: systemShell(image),
  };
}

// ─── ENV ────────────────────────────────────────────────────────────────────────────────────────

/*
 * The ENV keys well-known base images set in their image configuration, so checks that BuildKit runs
 * against the pulled image's config (UndefinedVar) can run without pulling it.
 *
 * Each list is the union over the image's tags and variants, past and present, taken from the history
 * of the repositories that build them (docker-library/*, nodejs/docker-node, nginxinc/docker-nginx,
 * adoptium/containers, dotnet/dotnet-docker, …): a key some tag sets counts as defined, because
 * saying "defined" wrongly only costs a missed warning while saying "undefined" wrongly costs a false
 * one. Images built FROM another listed image include its keys.
 */

/** BuildKit gives every Linux image a PATH when its configuration has none. */
const ALWAYS = ['PATH'] as const;

/** Distribution images: nothing beyond PATH. */
const OS: readonly string[] = [];

const JDK = [
  'JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL', 'JAVA_TOOL_OPTIONS',
  // openjdk (deprecated) and older temurin tags.
  'JAVA_URL', 'JAVA_SHA256', 'JAVA_DEBIAN_VERSION', 'JAVA_BASE_URL', 'JAVA_URL_VERSION', 'JAVA_ALPINE_VERSION',
  'JAVA_OJDKBUILD_VERSION', 'JAVA_OJDKBUILD_ZIP', 'JAVA_OJDKBUILD_SHA256', 'CA_CERTIFICATES_JAVA_VERSION',
  'JAVA_CENTOS_VERSION', 'JAVA_ZIP_VERSION',
];

const GOLANG = [
  'GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH', 'GOLANG_DOWNLOAD_URL', 'GOLANG_DOWNLOAD_SHA256', 'GOLANG_SRC_URL',
  'GOLANG_SRC_SHA256', 'GIT_VERSION', 'GIT_TAG', 'GIT_DOWNLOAD_URL', 'GIT_DOWNLOAD_SHA256',
];

const PHP = [
  'PHPIZE_DEPS', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL',
  'PHP_ASC_URL', 'PHP_SHA256', 'PHP_MD5', 'PHP_EXTRA_CONFIGURE_ARGS', 'PHP_EXTRA_BUILD_DEPS', 'PHP_FILENAME',
  'APACHE_CONFDIR', 'APACHE_ENVVARS',
];

const PYTHON = [
  'LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_RELEASE', 'PYTHON_PIP_VERSION',
  'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_WHEEL_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256', 'PYTHONIOENCODING',
];

const DOTNET = [
  'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'ASPNETCORE_URLS', 'ASPNETCORE_VERSION', 'ASPNET_VERSION', 'DOTNET_VERSION',
  'DOTNET_SDK_VERSION', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_SYSTEM_GLOBALIZATION_INVARIANT', 'DOTNET_GENERATE_ASPNET_CERTIFICATE',
  'DOTNET_NOLOGO', 'DOTNET_USE_POLLING_FILE_WATCHER', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL',
  'DOTNET_SKIP_FIRST_TIME_EXPERIENCE', 'LANG', 'LC_ALL',
];

const GOSU = ['GOSU_VERSION'];

/** Official images by their short name (`node`, not `docker.io/library/node`). */
const KNOWN_IMAGES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['alpine', OS],
  ['busybox', OS],
  ['debian', OS],
  ['ubuntu', OS],
  ['buildpack-deps', OS],
  ['centos', OS],
  ['rockylinux', OS],
  ['almalinux', OS],
  ['amazonlinux', OS],
  ['oraclelinux', OS],
  ['golang', GOLANG],
  ['node', ['NODE_VERSION', 'YARN_VERSION', 'NPM_VERSION', 'NPM_CONFIG_LOGLEVEL', 'GPG_VERSION', 'NODE_GPG_KEYS', 'NODE_CHECKSUM', 'NODE_SHA256']],
  ['python', PYTHON],
  ['pypy', [...PYTHON, 'PYPY_VERSION', 'PYPY_SHA256SUM']],
  ['openjdk', JDK],
  ['eclipse-temurin', [...JDK, 'ProgramFiles', 'WindowsPATH']],
  ['amazoncorretto', JDK],
  ['maven', [...JDK, 'MAVEN_HOME', 'MAVEN_CONFIG', 'MAVEN_VERSION', 'ProgramFiles', 'WindowsPATH']],
  ['gradle', [...JDK, 'GRADLE_HOME', 'GRADLE_VERSION', 'GRADLE_DOWNLOAD_SHA256', 'JAVA_CURRENT_HOME', 'JAVA_LTS_HOME', 'JAVA17_HOME', 'JAVA21_HOME']],
  ['tomcat', [
    ...JDK, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION',
    'TOMCAT_SHA512', 'TOMCAT_SHA1', 'TOMCAT_TGZ_URLS', 'TOMCAT_ASC_URLS', 'OPENSSL_VERSION',
  ]],
  ['nginx', ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE', 'OTEL_VERSION', 'ACME_VERSION']],
  ['httpd', [
    'HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_SHA1', 'HTTPD_PATCHES', 'HTTPD_BZ2_URL', 'HTTPD_ASC_URL',
    'OPENSSL_VERSION', 'NGHTTP2_VERSION',
  ]],
  ['php', PHP],
  ['wordpress', [
    ...PHP, 'WORDPRESS_VERSION', 'WORDPRESS_SHA1', 'WORDPRESS_CLI_VERSION', 'WORDPRESS_CLI_SHA512',
    'WORDPRESS_CLI_GPG_KEY', 'WORDPRESS_UPSTREAM_VERSION',
  ]],
  ['drupal', [...PHP, 'DRUPAL_VERSION', 'DRUPAL_MD5', 'DRUPAL_SHA256', 'DRUPAL_URL', 'COMPOSER_ALLOW_SUPERUSER']],
  ['composer', [...PHP, 'COMPOSER_VERSION', 'COMPOSER_HOME', 'COMPOSER_ALLOW_SUPERUSER', 'TINI_VERSION']],
  ['ruby', [
    'LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'RUBYGEMS_VERSION',
    'BUNDLER_VERSION', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG', 'BUNDLE_PATH', 'BUNDLE_BIN',
  ]],
  ['rust', ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION', 'RUSTUP_VERSION']],
  ['redis', [...GOSU, 'REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA', 'REDIS_DOWNLOAD_SHA1']],
  ['postgres', [...GOSU, 'LANG', 'LANGUAGE', 'LC_ALL', 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA', 'DOCKER_PG_LLVM_DEPS']],
  ['mysql', [...GOSU, 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION']],
  ['mariadb', [...GOSU, 'LANG', 'MARIADB_MAJOR', 'MARIADB_VERSION']],
  ['mongo', [
    ...GOSU, 'JSYAML_VERSION', 'JSYAML_CHECKSUM', 'GPG_KEYS', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR',
    'MONGO_VERSION', 'MONGO_DOWNLOAD_URL', 'MONGO_DOWNLOAD_SHA256', 'HOME', 'GLIBC_TUNABLES',
  ]],
  ['haproxy', ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256', 'HAPROXY_MD5', 'HAPROXY_MAJOR']],
  ['docker', [
    'DOCKER_VERSION', 'DOCKER_URL', 'DOCKER_BUILDX_VERSION', 'DOCKER_BUILDX_URL', 'DOCKER_BUILDX_SHA256',
    'DOCKER_COMPOSE_VERSION', 'DOCKER_COMPOSE_URL', 'DOCKER_COMPOSE_SHA256', 'DOCKER_TLS_CERTDIR', 'DOCKER_CHANNEL',
    'DIND_COMMIT', 'ROOTLESSKIT_VERSION', 'DOCKER_HOST', 'HOME', 'USER', 'XDG_RUNTIME_DIR',
  ]],
  ['caddy', [...GOLANG, 'CADDY_VERSION', 'XCADDY_VERSION', 'XCADDY_SKIP_CLEANUP', 'XCADDY_SETCAP', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME']],
  ['mcr.microsoft.com/dotnet/sdk', DOTNET],
  ['mcr.microsoft.com/dotnet/aspnet', DOTNET],
  ['mcr.microsoft.com/dotnet/runtime', DOTNET],
  ['mcr.microsoft.com/dotnet/runtime-deps', DOTNET],
]);

/** ENV keys of `scratch`: only the PATH BuildKit adds. */
export const SCRATCH_ENV_KEYS: readonly string[] = ALWAYS;

/**
 * The ENV keys a base image defines (PATH included), or null when the image is not one we know —
 * callers must then treat every variable as possibly defined.
 */
export function baseImageEnvKeys(image: ImageRef | null): readonly string[] | null {
  if (!image) return null;
  const keys = KNOWN_IMAGES.get(officialName(image) ?? image.familiar);
  return keys ? [...ALWAYS, ...keys] : null;
}

/** Whether a base image's configuration sets `name`: known yes, known no, or not known. */
export function baseImageDefines(image: ImageRef | null, name: string): 'yes' | 'no' | 'unknown' {
  const keys = baseImageEnvKeys(image);
  if (keys === null) return 'unknown';
  return keys.includes(name) ? 'yes' : 'no';
}
