import { type ImageRef, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

interface Pull {
  image: ImageRef;
  instruction: Instruction;
}

/** `node:20@sha256:0123456789ab…`: digests shortened so the message stays readable. */
function shortRef(image: ImageRef): string {
  return image.familiar + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest.slice(0, 19)}…` : '');
}

/** `1.22.3-alpine3.20` → version `1.22.3`; `latest`/none → null; `bookworm` → null. */
function versionOf(tag: string | null): string | null {
  if (tag === null) return null;
  const m = /^v?(\d+(?:\.\d+)*)/.exec(tag);
  return m ? m[1]! : null;
}

/** `1.22` and `1.22.3` agree (one floats within the other); `18` and `20` do not. */
function versionsAgree(a: string, b: string): boolean {
  const pa = a.split('.');
  const pb = b.split('.');
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) if (pa[i] !== pb[i]) return false;
  return true;
}

/** Why two pulls of one repository disagree, or null when they are one version in two variants. */
function drift(a: ImageRef, b: ImageRef): string | null {
  if (a.tag === b.tag) {
    if (a.digest && b.digest && a.digest !== b.digest) return 'the same tag pinned to two different digests';
    if ((a.digest === null) !== (b.digest === null)) return 'pinned by digest in one place and floating in the other';
    return null;
  }
  const va = versionOf(a.tag);
  const vb = versionOf(b.tag);
  if (va !== null && vb !== null) return versionsAgree(va, vb) ? null : 'two different versions';
  // Tags without a version name variants (`debug`, `nonroot`, `alpine`, `lts-slim`), not releases.
  if (va === null && vb === null) return null;
  return 'a pinned version in one place and a floating tag in the other';
}

export const baseImageTagDrift: Rule = {
  id: 'base-image-tag-drift',
  title: 'One image repository is pulled under different tags or digests',
  severity: 'warning',
  scope: 'reachable',
  aliases: [],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const pulls: Pull[] = [];
    for (const stage of df.stages) {
      if (!ctx.reachable.has(stage.index)) continue;
      for (const dep of stage.dependencies) {
        if (dep.source.kind === 'image' && dep.source.image) pulls.push({ image: dep.source.image, instruction: dep.instruction });
      }
    }
    const byRepository = new Map<string, Pull[]>();
    for (const pull of pulls) {
      const key = `${pull.image.registry}/${pull.image.repository}`;
      (byRepository.get(key) ?? byRepository.set(key, []).get(key)!).push(pull);
    }
    for (const group of byRepository.values()) {
      // One finding per repository, on the first pull that disagrees with an earlier one.
      let clash: { pull: Pull; earlier: Pull; why: string } | null = null;
      for (let i = 1; i < group.length && !clash; i++) {
        for (const earlier of group.slice(0, i)) {
          const why = drift(earlier.image, group[i]!.image);
          if (why) {
            clash = { pull: group[i]!, earlier, why };
            break;
          }
        }
      }
      if (!clash) continue;
      const distinct = new Map<string, number>();
      for (const p of group) if (!distinct.has(shortRef(p.image))) distinct.set(shortRef(p.image), p.instruction.line);
      const listed = [...distinct].slice(0, 4).map(([ref, line]) => `\`${ref}\` (line ${line})`);
      const more = distinct.size > 4 ? ` and ${distinct.size - 4} more` : '';
      ctx.reportAt(
        clash.pull.instruction,
        `\`${clash.pull.image.familiar}\` is pulled as ${listed.join(', ')}${more} — ${clash.why}. ` +
          'The stages can build and run against different releases (libc, native modules, the runtime), and the build pulls each one: use one tag, e.g. an `ARG` the FROM lines share.',
      );
    }
  },
};
