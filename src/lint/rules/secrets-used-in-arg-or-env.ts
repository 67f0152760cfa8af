import type { Rule } from '../types.js';
import { forEachInstructionVariables, resolveWord } from '../variables.js';

/** A secret-sounding word as the whole name or its first or last `_`-separated part (BuildKit's list). */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Words that mark the name as describing a secret rather than holding one. */
const NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;

function looksLikeSecret(name: string): boolean {
  return SECRET.test(name) && !NOT_SECRET.test(name);
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
      if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') return;
      for (const pair of ins.pairs) {
        // ENV names are expanded before the check; ARG names are taken as written.
        const expandable = ins.keyword === 'ENV' && pair.key.includes('$');
        const name = expandable ? (resolveWord(pair.key, variables, escapeChar) ?? pair.key) : pair.key;
        if (!looksLikeSecret(name)) continue;
        const id = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
        ctx.reportAt(
          ins,
          `Do not use ARG or ENV instructions for sensitive data (${ins.keyword} ${JSON.stringify(name)}): values stay in the image history; pass it with \`RUN --mount=type=secret,id=${id}\` and \`docker build --secret id=${id}\` instead`,
        );
      }
    });
  },
};
