/**
 * The test-fixture and development policy, in one place for every rule that applies it: which images are
 * harnesses (a dev, test or tooling target; a Dockerfile kept with the tests or the CI) and which files
 * are test fixtures. Table-tested in __tests__/lint/image/development.test.ts.
 */
import type { Dockerfile, Stage } from '../../dockerfile/index.js';
import { memoized } from './memo.js';

/** Folders that hold tests and their fixtures: what is in them is made up for the tests. */
const TEST_FOLDERS = ['test', 'tests', '__tests__', 'e2e', 'integration', 'testdata', 'testfiles', 'fixtures', '__fixtures__'];
/**
 * Folders for development, CI and docs tooling: the file-name words below, as folders, except `build`
 * (`build/package/Dockerfile` is where Go's project layout keeps the production image).
 */
const TOOLING_FOLDERS = ['.devcontainer', '.github', 'hack', 'ci', 'dev', 'tools', 'docs'];

const folderPattern = (names: readonly string[], end: string) =>
  new RegExp(`(^|/)(${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')})${end}`, 'i');

const TEST_PATH = folderPattern(TEST_FOLDERS, '(/|$)');
const DEVELOPMENT_FOLDER = folderPattern([...TEST_FOLDERS, ...TOOLING_FOLDERS], '/');
const DEVELOPMENT_FILE = /(^|[.\-_])(build|builder|dev|devel|develop|development|test|tests|ci|lint|debug|tools?|docs)([.\-_]|$)/i;
const DEVELOPMENT_NAME = /(^|[-_.])(dev|devel|develop|development|devenv|dev-envs?|devcontainer|debug|test|tests|testing|ci|lint|local|tools?|shell)([-_.]|$)/i;

/** A path (a COPY source, relative to the context) in or of a test or fixture folder: `tests/fixtures/server.key`. */
export function isTestFixturePath(path: string): boolean {
  return TEST_PATH.test(path.replace(/^(\.\/)+/, ''));
}

/**
 * Whether the target is a development, test or tooling image by its name (`dev`, `dev-envs`, `test`,
 * `ci`, `debug`): those images carry toolchains and sources on purpose and are not what goes to
 * production.
 */
export function isDevelopmentTarget(stage: Stage): boolean {
  return stage.name !== null && DEVELOPMENT_NAME.test(stage.name);
}

/**
 * A Dockerfile kept in a test, fixture, CI or dev-container folder, or named for a build, dev, test or
 * docs image (`Dockerfile.build`, `Dockerfile.dev`, `test.Dockerfile`), describes a harness, not a product.
 */
export const isDevelopmentDockerfile = memoized((df: Dockerfile): boolean => {
  const name = df.path.slice(df.path.lastIndexOf('/') + 1).replace(/(^|[.\-_])(dockerfile|containerfile)([.\-_]|$)/i, '$1$3');
  return DEVELOPMENT_FOLDER.test(df.path) || DEVELOPMENT_FILE.test(name);
});

/**
 * The policy every rule about the production image applies: a target named as a dev, test or tooling
 * image, or a Dockerfile that lives with the tests or the tooling (or is named for them), builds a
 * harness, not what goes to production.
 */
export function isDevelopmentImage(df: Dockerfile, target: Stage | null | undefined): boolean {
  return (target != null && isDevelopmentTarget(target)) || isDevelopmentDockerfile(df);
}
