import type { Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Names that are credentials wherever they appear (hadolint's list). */
const KNOWN_SENSITIVE_NAMES = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN', 'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);

/**
 * Words that make any name suspicious (hadolint's list without `username`: an account name is not a
 * secret), matched as whole `_`-separated words so `TOKENIZERS_PARALLELISM` is not a token.
 */
const SUSPICIOUS_WORDS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token'];

/** Words that say the variable points at a secret or describes it, rather than holding it: `SECRET_KEY_FILE`. */
const POINTER_WORDS = ['file', 'path', 'dir', 'version', 'public'];

function hasWord(words: string, word: string): boolean {
  return `_${words}_`.includes(`_${word}_`);
}

export function isSensitiveName(name: string): boolean {
  if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase())) return true;
  const words = name.toLowerCase().replace(/[-.]/g, '_');
  if (POINTER_WORDS.some((w) => hasWord(words, w))) return false;
  return SUSPICIOUS_WORDS.some((w) => hasWord(words, w));
}

/** BuildKit's secret words and the words that clear a name (kept in step with secrets-used-in-arg-or-env). */
const BUILDKIT_SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const BUILDKIT_NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/**
 * Whether BuildKit's SecretsUsedInArgOrEnv (secrets-used-in-arg-or-env, which carries DL3064 as an alias)
 * already reports the name: an ARG or ENV inside a stage, not an ONBUILD trigger, whose name has one of
 * its secret words and none of its clearing words. That finding stands for DL3064 on the line; this rule
 * reports the names hadolint flags beyond it (global ARGs, ONBUILD triggers, its own name list), so no
 * line is reported twice.
 */
function reportedAsSecretsUsedInArgOrEnv(ins: Instruction, name: string): boolean {
  return ins.stage >= 0 && ins.trigger === null && BUILDKIT_SECRET.test(name) && !BUILDKIT_NOT_SECRET.test(name);
}

function message(keyword: string, names: string[]): string {
  const list = names.map((n) => `\`${n}\``).join(', ');
  return (
    `Potentially sensitive data should not be used in the \`ARG\` or \`ENV\` commands: ${keyword} ${list} ` +
    `${names.length > 1 ? 'are' : 'is'} ${keyword === 'ENV' ? 'stored in the image config' : 'recorded in the image history'}, where anyone who can pull the image reads ${names.length > 1 ? 'them' : 'it'}. ` +
    'Pass secrets with `RUN --mount=type=secret,id=…` instead'
  );
}

export const sensitiveDataInArgOrEnv: Rule = {
  id: 'sensitive-data-in-arg-or-env',
  title: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3064'],
  checkFile(ctx) {
    for (const ins of ctx.dockerfile.instructions) {
      // ONBUILD ARG / ENV put the value into every child image.
      const target: Instruction = ins.trigger ?? ins;
      if (target.keyword !== 'ARG' && target.keyword !== 'ENV') continue;
      const names = target.pairs.map((p) => p.key).filter((name) => isSensitiveName(name) && !reportedAsSecretsUsedInArgOrEnv(ins, name));
      if (target.keyword === 'ARG') for (const name of names) ctx.reportAt(ins, message('ARG', [name]));
      else if (names.length > 0) ctx.reportAt(ins, message('ENV', names));
    }
  },
};
