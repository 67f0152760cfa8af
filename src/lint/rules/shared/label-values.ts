import { SPDX_LICENSE_IDS } from './spdx-license-ids.js';

/**
 * Checks of label values against the types of hadolint's `label-schema`. Each follows the standard
 * the type names, written out here rather than pulled from a dependency.
 */

/** RFC 3986 characters of a URI, outside percent-encoding. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;

/** An absolute URI (RFC 3986): a scheme, `:`, then URI characters with well-formed `%XX` escapes. */
export function isUrl(value: string): boolean {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(value);
  if (!m) return false;
  const rest = m[2]!.replace(/%[0-9A-Fa-f]{2}/g, '');
  return URI_CHARS.test(rest) && !rest.includes('%');
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 timestamp with a real date and time: `2021-03-10T10:26:33.56+01:00`. */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

/** A git commit id: lower-case hex, abbreviated (7 to 40 digits) or a full SHA-1 or SHA-256. */
export function isGitHash(value: string): boolean {
  return /^[0-9a-f]+$/.test(value) && ((value.length >= 7 && value.length <= 40) || value.length === 64);
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A Semantic Versioning 2.0.0 version: `1.2.3`, `2.0.1-rc1`, `1.0.0+build.5`. */
export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")$`);
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[[^\][\\]*\]$/;

function isAddrSpec(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  return LOCAL_PART.test(value.slice(0, at)) && DOMAIN.test(value.slice(at + 1));
}

/**
 * An RFC 5322 mailbox: an address (`dev@example.com`) or a name with an address
 * (`Jane Doe <dev@example.com>`), the form `maintainer` labels usually take, comments allowed.
 */
export function isEmail(value: string): boolean {
  // RFC 5322 allows comments in parentheses around a mailbox: `Jane <dev@example.com> (@jane)`.
  const bare = value.replace(/\([^()]*\)/g, ' ').trim();
  const named = /^[^<>]*<([^<>]+)>$/.exec(bare);
  return isAddrSpec(named ? named[1]!.trim() : bare);
}

const LICENSE_IDS = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));

/** One license of an expression: a listed id (case-insensitive, as SPDX matches them), `id+`, or a `LicenseRef-…`. */
function isLicense(token: string): boolean {
  if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) return true;
  return LICENSE_IDS.has(token.replace(/\+$/, '').toLowerCase());
}

/**
 * An SPDX license expression: `MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`,
 * `(MIT AND BSD-3-Clause)`. The OCI `licenses` annotation is defined as such an expression.
 */
export function isSpdxExpression(value: string): boolean {
  const tokens = value.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  // expression := term (("AND" | "OR") term)* ; term := license ["WITH" exception] | "(" expression ")"
  const term = (): boolean => {
    if (tokens[i] === '(') {
      i++;
      if (!expression() || tokens[i] !== ')') return false;
      i++;
      return true;
    }
    const token = tokens[i];
    if (token === undefined || !isLicense(token)) return false;
    i++;
    if (tokens[i] === 'WITH' || tokens[i] === 'with') {
      i++;
      const exception = tokens[i];
      if (exception === undefined || !/^[A-Za-z0-9.-]+$/.test(exception)) return false;
      i++;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!term()) return false;
    while (['AND', 'OR', 'and', 'or'].includes(tokens[i] ?? '')) {
      i++;
      if (!term()) return false;
    }
    return true;
  };
  return tokens.length > 0 && expression() && i === tokens.length;
}
