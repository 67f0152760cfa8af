import { cleanPath, parseDockerignore } from '../dockerignore.js';
import type { Rule } from '../types.js';
import { copySpec, isDevelopmentImage, isTestFixturePath, shippedChain } from '../image/index.js';

/**
 * Files that hold credentials by convention: dotenv files (`.env`, `app.env`, `.env.production`),
 * `secrets.yaml`, `credentials*`, registry tokens, SSH and TLS private keys, and `secrets/` folders.
 * `.env.example` and friends are templates, not secrets; `*.pem` and a bare `*.key` are left out
 * because public certificates and repository signing keys share the extensions.
 */
const SECRET_NAME =
  /^(\.npmrc|\.netrc|_netrc|\.pypirc|\.git-credentials|\.dockercfg|id_(rsa|dsa|ecdsa|ed25519)|credentials([\w.-]*)?|service[-_]?account[\w.-]*\.json|secrets?(\.(json|ya?ml|env|toml))?|\.env(\.[\w-]+)?|\.env\*|[\w-]+\.env|\*\.env|(tls|ssl|server|client|private)[\w.-]*\.key|[\w.-]*private[-_]?key[\w.-]*)$/i;
const TEMPLATE = /\.(example|sample|template|tmpl|dist|defaults?|schema)$/i;
const SECRET_PATH = /(^|\/)\.(docker\/config\.json|aws\/credentials|kube\/config|ssh\/id_\w+)$/;

function secretName(path: string): string | null {
  const clean = path.replace(/\/+$/, '');
  const name = clean.slice(clean.lastIndexOf('/') + 1);
  const inFolder = SECRET_PATH.exec(clean);
  if (inFolder) return `.${inFolder[2]}`;
  if (!SECRET_NAME.test(name) || TEMPLATE.test(name)) return null;
  return name;
}

/** A mount target the secret could use instead: where the tool reads it. */
function mountHint(name: string): string {
  const id = name.replace(/^[._]+/, '').replace(/[^\w-]/g, '_') || 'secret';
  if (/npmrc/.test(name)) return `\`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\``;
  if (/netrc/.test(name)) return `\`RUN --mount=type=secret,id=netrc,target=/root/.netrc …\``;
  if (/^id_/.test(name)) return '`RUN --mount=type=ssh …` (with `docker build --ssh default`)';
  return `\`RUN --mount=type=secret,id=${id} …\` (the file appears under \`/run/secrets/${id}\` for that one command)`;
}

export const secretFileInShippedStage: Rule = {
  id: 'secret-file-in-shipped-stage',
  title: 'A credentials file is copied into the image you ship',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    // A test or dev image is not published, and keys in test fixtures are made up for the tests.
    if (isDevelopmentImage(ctx.dockerfile, ctx.target)) return;
    // A source the .dockerignore excludes never reaches the build (copy-ignored-file says the COPY fails).
    const ignore = ctx.dockerignoreKnown && ctx.dockerignore !== null ? parseDockerignore(ctx.dockerignore) : null;
    const ignored = (source: string) => ignore !== null && !ignore.hasExclusions && ignore.excludes(cleanPath(source));
    for (const stage of shippedChain(ctx)) {
      for (const ins of stage.instructions) {
        const spec = copySpec(stage, ins);
        if (!spec) continue;
        // The destination names the file when it is not a folder: `COPY npmrc /root/.npmrc`.
        const destFile = spec.dest.endsWith('/') || spec.sources.length > 1 ? null : secretName(spec.dest);
        const sources = (spec.from === null ? spec.sources.filter((src) => !ignored(src)) : spec.sources).filter((src) => !isTestFixturePath(src));
        if (sources.length === 0) continue;
        const names = [...new Set(sources.map(secretName).filter((n): n is string => n !== null))];
        if (names.length === 0 && destFile) names.push(destFile);
        if (names.length === 0) continue;
        const listed = names.map((n) => `\`${n}\``).join(', ');
        const are = names.length === 1 ? 'is' : 'are';
        ctx.reportAt(
          ins,
          `${listed} ${are} copied into the image you ship: anyone who can pull the image can read ${names.length === 1 ? 'it' : 'them'}, and deleting ${names.length === 1 ? 'it' : 'them'} in a later step leaves ${names.length === 1 ? 'it' : 'them'} in this layer. ` +
            `Pass ${names.length === 1 ? 'it' : 'each'} to the one command that needs it with ${names.map(mountHint).filter((h, i, all) => all.indexOf(h) === i).join(' or ')}.`,
        );
      }
    }
  },
};
