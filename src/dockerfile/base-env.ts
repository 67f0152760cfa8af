import type { ImageRef } from './image.js';

/**
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

/** Registries that mirror Docker's official images under another path. */
const OFFICIAL_MIRRORS = ['public.ecr.aws/docker/library/', 'mirror.gcr.io/library/'];

function knownName(image: ImageRef): string {
  for (const mirror of OFFICIAL_MIRRORS) {
    if (image.familiar.startsWith(mirror)) return image.familiar.slice(mirror.length);
  }
  return image.familiar;
}

/**
 * The ENV keys a base image defines (PATH included), or null when the image is not one we know —
 * callers must then treat every variable as possibly defined.
 */
export function baseImageEnvKeys(image: ImageRef | null): readonly string[] | null {
  if (!image) return null;
  const keys = KNOWN_IMAGES.get(knownName(image));
  return keys ? [...ALWAYS, ...keys] : null;
}

/** Whether a base image's configuration sets `name`: known yes, known no, or not known. */
export function baseImageDefines(image: ImageRef | null, name: string): 'yes' | 'no' | 'unknown' {
  const keys = baseImageEnvKeys(image);
  if (keys === null) return 'unknown';
  return keys.includes(name) ? 'yes' : 'no';
}
