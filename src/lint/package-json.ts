/** What the rules read from a build context's `package.json`: its scripts and whether it has devDependencies. */
export interface PackageJson {
  scripts: Readonly<Record<string, string>>;
  devDependencies: readonly string[];
}

/** Parses `package.json` text; null when it is not a JSON object (a broken file says nothing). */
export function parsePackageJson(text: string | null): PackageJson | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const scripts: Record<string, string> = {};
  if (typeof record.scripts === 'object' && record.scripts !== null) {
    for (const [name, script] of Object.entries(record.scripts)) if (typeof script === 'string') scripts[name] = script;
  }
  const dev = typeof record.devDependencies === 'object' && record.devDependencies !== null ? Object.keys(record.devDependencies) : [];
  return { scripts, devDependencies: dev };
}
