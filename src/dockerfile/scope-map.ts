/** Every value each name has had along one line of scopes, oldest first, with the version that set it. */
interface History<V> {
  names: Map<string, { versions: number[]; values: V[] }>;
  /** The newest version: a map at an older one shares the history but cannot extend it. */
  latest: number;
}

/**
 * The variables (ENV, ARG) one instruction sees, without a copy per instruction. Each instruction that
 * sets variables makes a new version of a shared history instead of copying the map before it, so
 * 20,000 ENV lines cost 20,000 sets, not 200 million copied entries. A map is read like a `Map`: `get`
 * and `has` are cheap at any version; iterating builds a `Map` of the names in view (on demand, not
 * kept). Names come in the order they were first set, as a copied `Map` keeps them.
 */
export class ScopeMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly history: History<V>,
    private readonly version: number,
    /** How many names this version holds. */
    readonly size: number,
  ) {}

  /** Values written, forks included, by every ScopeMap of this process: the model's work, which tests check stays linear. */
  static writes = 0;

  static empty<V>(): ScopeMap<V> {
    return new ScopeMap<V>({ names: new Map(), latest: 0 }, 0, 0);
  }

  /**
   * This map with `pairs` set on top (a later pair of the same name wins). Extending the newest map of
   * a history costs only the pairs; extending an older one (a second stage built FROM the same stage)
   * copies the names it sees into a history of its own first.
   */
  with(pairs: Iterable<readonly [string, V]>): ScopeMap<V> {
    const history = this.version === this.history.latest ? this.history : this.fork();
    const version = ++history.latest;
    // Extending the newest version, every name of the history is in view: only new names add to the size.
    let size = history === this.history ? this.size : history.names.size;
    for (const [name, value] of pairs) {
      ScopeMap.writes++;
      const line = history.names.get(name);
      if (!line) {
        history.names.set(name, { versions: [version], values: [value] });
        size++;
      } else if (line.versions[line.versions.length - 1] === version) line.values[line.values.length - 1] = value;
      else {
        line.versions.push(version);
        line.values.push(value);
      }
    }
    return new ScopeMap(history, version, size);
  }

  private fork(): History<V> {
    const names = new Map<string, { versions: number[]; values: V[] }>();
    for (const [name, value] of this) {
      ScopeMap.writes++;
      names.set(name, { versions: [0], values: [value] });
    }
    return { names, latest: 0 };
  }

  /** Where `name` stands at this version: the index of its value, or -1 when it is not set yet. */
  private indexOf(name: string): { line: { versions: number[]; values: V[] }; index: number } | null {
    const line = this.history.names.get(name);
    if (!line) return null;
    const { versions } = line;
    // Most reads are of the newest version; older ones search the versions (they only grow).
    if (versions[versions.length - 1]! <= this.version) return { line, index: versions.length - 1 };
    let low = 0;
    let high = versions.length - 1;
    if (versions[0]! > this.version) return null;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (versions[mid]! <= this.version) low = mid;
      else high = mid - 1;
    }
    return { line, index: low };
  }

  get(name: string): V | undefined {
    const at = this.indexOf(name);
    return at ? at.line.values[at.index] : undefined;
  }

  has(name: string): boolean {
    return this.indexOf(name) !== null;
  }

  /** A plain Map of what this version holds: what iteration walks. */
  private snapshot(): Map<string, V> {
    const out = new Map<string, V>();
    // Names were first set in the order the map holds them, so the first one set later ends the walk.
    for (const [name, line] of this.history.names) {
      if (line.versions[0]! > this.version) break;
      out.set(name, this.get(name)!);
    }
    return out;
  }

  entries(): MapIterator<[string, V]> {
    return this.snapshot().entries();
  }

  keys(): MapIterator<string> {
    return this.snapshot().keys();
  }

  values(): MapIterator<V> {
    return this.snapshot().values();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.snapshot()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
