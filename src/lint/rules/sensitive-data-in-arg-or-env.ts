import { instructionToCheck, type Instruction, type KeyValue } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { holdsPublicKeyIds, looksLikeSecret } from './secrets-used-in-arg-or-env.js';

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
 * What makes any name suspicious, matched as hadolint does: anywhere in the lower-cased name, so
 * `PGPASSWORD` and `GITHUBTOKEN` count. hadolint's list without `username`: an account name is not a secret.
 */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token'];

/** Words that say the variable points at a secret or describes it, rather than holding it: `SECRET_KEY_FILE`. */
const POINTER_WORDS = ['file', 'path', 'dir', 'version', 'public'];

/** Words that contain a suspicious one and mean something else: `TOKENIZERS_PARALLELISM` (Hugging Face) holds no token. */
const INNOCENT_WORDS = ['tokenize', 'tokenizer', 'tokenizers'];

export function isSensitiveName(name: string): boolean {
  if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase())) return true;
  const lower = name.toLowerCase();
  const words = lower.split(/[_.-]/);
  if (words.some((w) => POINTER_WORDS.includes(w))) return false;
  const searched = words.some((w) => INNOCENT_WORDS.includes(w)) ? words.filter((w) => !INNOCENT_WORDS.includes(w)).join('_') : lower;
  return SUSPICIOUS_SUBSTRINGS.some((s) => searched.includes(s));
}

/**
 * Whether BuildKit's SecretsUsedInArgOrEnv (secrets-used-in-arg-or-env, which carries DL3064 as an alias)
 * already reports the variable: an ARG or ENV inside a stage, ONBUILD triggers included. That finding
 * stands for DL3064 on the line; this rule reports the names hadolint flags beyond it (global ARGs, its
 * own name list, its words inside longer words), so no line is reported twice.
 */
function reportedAsSecretsUsedInArgOrEnv(ins: Instruction, pair: KeyValue): boolean {
  return ins.stage >= 0 && looksLikeSecret(pair.key, pair.value);
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
      const target: Instruction = instructionToCheck(ins);
      if (target.keyword !== 'ARG' && target.keyword !== 'ENV') continue;
      const names = target.pairs
        .filter((p) => isSensitiveName(p.key) && !holdsPublicKeyIds(p.key, p.value) && !reportedAsSecretsUsedInArgOrEnv(ins, p))
        .map((p) => p.key);
      if (target.keyword === 'ARG') for (const name of names) ctx.reportAt(ins, message('ARG', [name]));
      else if (names.length > 0) ctx.reportAt(ins, message('ENV', names));
    }
  },
};
