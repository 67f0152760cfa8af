import { instructionToCheck } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables, resolveWord } from '../variables.js';

/** A secret-sounding word as the whole name or its first or last `_`-separated part (BuildKit's list). */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Words that mark the name as describing a secret rather than holding one. */
const NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/**
 * Words that make a `…_KEY` a secret key whatever its value looks like (`API_KEY`, `AWS_ACCESS_KEY`,
 * `NEW_RELIC_LICENSE_KEY` — 40 hex digits, like a fingerprint). Not `SIGNING`: `SWIFT_SIGNING_KEY` holds
 * the fingerprint of the key that signs releases, and a private key is never 40 hex digits.
 */
const SECRET_KEY_WORDS = new Set([
  'access', 'account', 'admin', 'aes', 'api', 'apikey', 'app', 'application', 'auth', 'client', 'cookie', 'credential',
  'credentials', 'crypt', 'encrypt', 'encryption', 'hmac', 'jwt', 'licence', 'license', 'master', 'passwd', 'password',
  'private', 'pword', 'root', 'secret', 'service', 'session', 'ssh', 'token', 'webhook',
]);

/** Names that say the key is a public OpenPGP one: `GPG_KEY`, `PGP_KEY_ID`, `NODE_RELEASE_KEY`, `PUBLIC_KEY`. */
const PUBLIC_KEY_NAME = /(?:^|_)(?:gpg|pgp|gnupg|openpgp|public)(?:_|$)|(?:^|_)release_keys?(?:_|$)/i;

/** An OpenPGP fingerprint (40 hex digits) or long key id (16), `0x` optional. */
const KEY_ID = /^(?:0x)?(?:[0-9a-f]{40}|[0-9a-f]{16})$/i;

/** One or more fingerprints or key ids, separated by spaces or commas; a fingerprint may be written in groups of four. */
function isKeyIdList(value: string): boolean {
  const tokens = value.trim().split(/[\s,]+/).filter((t) => t !== '');
  if (tokens.length === 0) return false;
  if (tokens.every((t) => KEY_ID.test(t))) return true;
  return tokens.length % 10 === 0 && tokens.every((t) => /^[0-9a-f]{4}$/i.test(t));
}

/**
 * Whether a variable holds public OpenPGP key ids, as the release-verification steps of official images
 * do (`ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305`): `KEY` is its only secret word, and its value
 * is fingerprints or its name says GPG, PGP, RELEASE_KEY or PUBLIC. On real Dockerfiles most findings of
 * both secret rules were these.
 */
export function holdsPublicKeyIds(name: string, value: string | null): boolean {
  const words = name.toLowerCase().split(/[_\-.]+/);
  if (!words.includes('key') && !words.includes('keys')) return false;
  if (words.some((w) => SECRET_KEY_WORDS.has(w))) return false;
  return PUBLIC_KEY_NAME.test(name) || (value !== null && isKeyIdList(value));
}

/** Whether this rule reports a variable of that name and value (sensitive-data-in-arg-or-env defers to it). */
export function looksLikeSecret(name: string, value: string | null): boolean {
  return SECRET.test(name) && !NOT_SECRET.test(name) && !holdsPublicKeyIds(name, value);
}

export const secretsUsedInArgOrEnv: Rule = {
  id: 'secrets-used-in-arg-or-env',
  title: 'Sensitive data should not be used in the ARG or ENV commands',
  severity: 'warning',
  scope: 'all',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  checkStage(stage, ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, variables) => {
      // `ONBUILD ENV API_TOKEN=…` puts the value into every image built FROM this one.
      const target = instructionToCheck(ins);
      if (target.keyword !== 'ENV' && target.keyword !== 'ARG') return;
      for (const pair of target.pairs) {
        // ENV names are expanded before the check, ARG names taken as written; a trigger's variables are
        // those of the build that runs it, so its names are taken as written too.
        const expandable = target.keyword === 'ENV' && ins.trigger === null && pair.key.includes('$');
        const name = expandable ? (resolveWord(pair.key, variables, escapeChar) ?? pair.key) : pair.key;
        // `ENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY` holds what the ARG's default holds.
        const value = pair.value !== null && ins.trigger === null ? (resolveWord(pair.value, variables, escapeChar) ?? pair.value) : pair.value;
        if (!looksLikeSecret(name, value)) continue;
        const id = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
        ctx.reportAt(
          ins,
          `Do not use ARG or ENV instructions for sensitive data (${target.keyword} ${JSON.stringify(name)}): values stay in the image history; pass it with \`RUN --mount=type=secret,id=${id}\` and \`docker build --secret id=${id}\` instead`,
        );
      }
    });
  },
};
