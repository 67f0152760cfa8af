import { ancestry, baseImageFacts, formatImage, type Dockerfile, type ImageRef, type Instruction, type Stage } from '../../dockerfile/index.js';
import type { Rule, RuleContext } from '../types.js';
import { operands } from '../../shell/index.js';
import { chainOf, dropsPrivilegesAtStart, runCommandsOf, instructionsOf, productionAppChain, projectCopies, rootBase, takesFromOtherStages } from '../image/index.js';

/** `root`, `0`, `root:staff`, `0:0`: the user part names the superuser. */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0]!;
  return name === 'root' || name === '0';
}

/**
 * Base images known to start as root (Docker's official images, distroless without `nonroot`, the .NET
 * images): from the one base-image facts table. Anything else (a team's own base, bitnami, chainguard)
 * may set a USER of its own, which this file cannot see: those stay quiet.
 */
function startsAsRoot(image: ImageRef): boolean {
  if (/nonroot|rootless|unprivileged/i.test(`${image.repository}:${image.tag ?? 'latest'}`)) return false;
  return baseImageFacts(image)?.defaultUser === 'root';
}

/** The user to switch to, in the base image's own terms. */
function userAdvice(image: ImageRef | null): string {
  if (image === null) return 'add `USER 65532:65532` (scratch has no user database: use a numeric uid)';
  const facts = baseImageFacts(image);
  if (image.repository.startsWith('distroless/')) return `use the \`${image.familiar}:nonroot\` variant, or add \`USER nonroot\``;
  if (facts?.appUser === 'app') return 'add `USER app` (the .NET 8+ images ship that user, uid 1654 in `$APP_UID`) after the steps that need root';
  if (facts?.appUser) return `add \`USER ${facts.appUser}\` (the ${image.basename} images ship that user) after the steps that need root`;
  if (facts?.packageManager === 'apk' || /alpine/.test(image.tag ?? '')) {
    return 'create a user (`RUN addgroup -S app && adduser -S -G app app`) and add `USER app` after the steps that need root';
  }
  return 'create a user (`RUN useradd --system --uid 10001 app`) and add `USER app` after the steps that need root';
}

/**
 * Servers that start as root on purpose and drop to an unprivileged user for their workers (nginx,
 * Apache, php-fpm, HAProxy), and init systems that run services under their own users (supervisord,
 * systemd, s6-overlay's `/init`): their images run "as root" by design.
 */
const DROPS_PRIVILEGES = /^(nginx|openresty|httpd|apache2|apache2-foreground|apachectl|php-fpm[\d.]*|haproxy|supervisord|init|systemd|s6-svscan|runsvdir)$/;

function startsPrivilegeDroppingServer(start: Instruction): boolean {
  if (start.keyword !== 'CMD' && start.keyword !== 'ENTRYPOINT') return false;
  const first = start.execForm ? start.execForm[0] : start.args.trim().split(/\s+/)[0];
  if (!first) return false;
  return DROPS_PRIVILEGES.test(first.slice(first.lastIndexOf('/') + 1));
}

/** Where the image starts its process: the CMD or ENTRYPOINT in effect, else the target's FROM. */
function startLine(chain: readonly Stage[], target: Stage): Instruction {
  const starts = instructionsOf(chain).filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  return starts[starts.length - 1] ?? target.from;
}

function reportExplicitRoot(ctx: RuleContext, df: Dockerfile, target: Stage, user: string, userLine: number): void {
  const chain = ancestry(df, target);
  const ins = chain.flatMap((s) => s.instructions).find((i) => i.keyword === 'USER' && i.line === userLine);
  if (!ins) return;
  const image = target.name ? `the image built from stage \`${target.name}\`` : 'the image';
  const inherited = ins.stage !== target.index ? ` (inherited through \`FROM ${df.stages[ins.stage]?.name ?? ins.stage}\`)` : '';
  if (dropsPrivilegesAtStart(chainOf(df, target))) {
    // `USER root` beside a gosu/su-exec entrypoint: root only until the entrypoint drops privileges.
    ctx.reportAt(
      ins,
      `${image} starts as \`${user}\`${inherited}, and its entrypoint drops to another user with a privilege-dropping tool: ` +
        'make sure every path through the entrypoint drops, or start as the unprivileged user with `USER` when the entrypoint needs no root',
      'info',
    );
    return;
  }
  ctx.reportAt(
    ins,
    `Last USER should not be root: ${image} runs its processes as \`${user}\`${inherited}. ` +
      'Add `USER <non-root uid>` after the steps that need root, so a compromised process does not own the container',
  );
}

/**
 * No USER anywhere in the chain: the image runs as the base image's user. Reported for app images
 * (they start an app built from the project, the seeds' case) on bases known to start as root.
 */
function reportDefaultRoot(ctx: RuleContext, df: Dockerfile, target: Stage): void {
  const chain = productionAppChain(ctx);
  if (!chain) return;
  if (projectCopies(chain).length === 0 && !takesFromOtherStages(chain)) return;
  const base = rootBase(df, target);
  let image: ImageRef | null;
  if (base.kind === 'scratch') image = null;
  else if (base.kind === 'image' && base.image && startsAsRoot(base.image)) image = base.image;
  else return;
  const start = startLine(chain, target);
  if (startsPrivilegeDroppingServer(start)) return;
  // The entrypoint starts as root to fix ownership, then drops with gosu/su-exec: root by design.
  if (dropsPrivilegesAtStart(chain)) return;
  const from = image ? `\`${formatImage(image)}\` starts as root` : '`scratch` has no users, so the process is uid 0';
  const created = createdUser(chain);
  const advice = created ? `add \`USER ${created.name}\` (the user line ${created.line} creates) after the steps that need root` : userAdvice(image);
  const low = lowPorts(chain);
  const ports = low.length > 0 ? `. ${low.length === 1 ? 'Port' : 'Ports'} ${low.join(', ')} ${low.length === 1 ? 'is' : 'are'} below 1024, which an unprivileged process cannot bind: listen on ${low.map((p) => p + 8000).join(', ')} instead (or grant \`CAP_NET_BIND_SERVICE\`)` : '';
  ctx.reportAt(start, `The image runs as root: ${from} and no USER follows. To run unprivileged, ${advice}${ports}`);
}

/** The user the chain creates (`useradd … saleor`, `adduser -S app`), which a USER can name: the last one created. */
function createdUser(chain: readonly Stage[]): { name: string; line: number } | null {
  let found: { name: string; line: number } | null = null;
  for (const ins of instructionsOf(chain)) {
    for (const cmd of runCommandsOf(ins)) {
      if (cmd.base !== 'useradd' && cmd.base !== 'adduser') continue;
      const ops = operands(cmd, ['u', 'uid', 'g', 'gid', 'G', 'groups', 'd', 'home', 'home-dir', 's', 'shell', 'c', 'comment', 'gecos', 'h', 'k', 'K', 'e', 'f', 'p', 'password', 'ingroup']);
      // BusyBox `adduser -S -G group user`; Debian `adduser --system user`; `useradd user`.
      const name = ops[ops.length - 1];
      if (name && /^[a-z_][\w.-]*\$?$/i.test(name) && name !== 'root') found = { name, line: ins.line };
    }
  }
  return found;
}

/** Ports below 1024 the chain EXPOSEs (numbers as written; variables are skipped). */
function lowPorts(chain: readonly Stage[]): number[] {
  const ports = new Set<number>();
  for (const ins of instructionsOf(chain)) {
    if (ins.keyword !== 'EXPOSE') continue;
    for (const word of ins.args.split(/\s+/)) {
      const port = /^(\d+)(\/\w+)?$/.exec(word)?.[1];
      if (port && Number(port) > 0 && Number(port) < 1024) ports.add(Number(port));
    }
  }
  return [...ports].sort((a, b) => a - b);
}

export const finalStageRunsAsRoot: Rule = {
  id: 'final-stage-runs-as-root',
  title: 'The image should not run as root',
  severity: 'warning',
  scope: 'shipped',
  aliases: ['DL3002'],
  checkFile(ctx) {
    const target = ctx.target;
    if (!target) return;
    // The USER the image starts with is the last one set along its FROM chain (the model carries it
    // through `FROM <stage>`); a root USER in a build stage nobody ships never reaches a container.
    const { user, userLine } = target.final;
    if (user !== null && userLine !== null) {
      if (isRootUser(user)) reportExplicitRoot(ctx, ctx.dockerfile, target, user, userLine);
      return;
    }
    reportDefaultRoot(ctx, ctx.dockerfile, target);
  },
};
