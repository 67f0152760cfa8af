import { isIP } from 'node:net';
import { parseWords, type Instruction } from '../dockerfile/index.js';
import { resolveWord, type StageVariables } from './variables.js';

/** One port spec of an EXPOSE as BuildKit splits it: `[ip:][hostPort:]containerPort[/proto]`. */
export interface ExposedPort {
  /** The spec after variable expansion, as BuildKit quotes it in its messages. */
  raw: string;
  ip: string;
  hostPort: string;
  /** As written; `tcp` when none is. */
  proto: string;
}

function splitParts(raw: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', hostPort: '', containerPort: parts[0]! };
  if (n === 2) return { ip: '', hostPort: parts[0]!, containerPort: parts[1]! };
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort: parts[n - 1]! };
}

function portRange(ports: string): [number, number] | null {
  const [start, end] = ports.split(/-(.*)/s, 2);
  const number = (text: string | undefined) => (text !== undefined && /^[+-]?\d+$/.test(text) && Number(text) >= 0 && Number(text) <= 65535 ? Number(text) : null);
  const first = number(start);
  if (first === null) return null;
  if (end === undefined || end === start) return [first, first];
  const last = number(end);
  return last === null || last < first ? null : [first, last];
}

/** What BuildKit rejects after its lint checks have looked at the spec: a bad IP or port range. */
function isValidAfterLint(ip: string, hostPort: string, containerPort: string): boolean {
  const address = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  if (address !== '' && isIP(address) === 0) return false;
  const container = portRange(containerPort);
  if (!container) return false;
  if (hostPort === '') return true;
  const host = portRange(hostPort);
  if (!host) return false;
  const sameSize = container[1] - container[0] === host[1] - host[0];
  return sameSize || container[0] === container[1];
}

/**
 * The port specs of an EXPOSE that BuildKit's checks see: words expanded (those depending on unknown
 * values skipped), in sorted order, up to the first spec the build would fail on.
 */
export function exposedPorts(ins: Instruction, variables: StageVariables, escapeChar: string): ExposedPort[] {
  const out: ExposedPort[] = [];
  const words = parseWords(ins.args, escapeChar).sort();
  for (const word of words) {
    const expanded = resolveWord(word, variables, escapeChar);
    if (expanded === null) continue;
    for (const raw of expanded.split(/\s+/).filter((w) => w !== '')) {
      const { ip, hostPort, containerPort } = splitParts(raw);
      const slash = containerPort.indexOf('/');
      const port = slash < 0 ? containerPort : containerPort.slice(0, slash);
      const proto = slash < 0 ? '' : containerPort.slice(slash + 1);
      if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return out;
      out.push({ raw, ip, hostPort, proto: proto || 'tcp' });
      if (!isValidAfterLint(ip, hostPort, port)) return out;
    }
  }
  return out;
}
