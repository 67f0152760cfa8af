/**
 * Several image questions are asked of the same instruction or file by several rules; the model is
 * immutable, so each answer is computed once and kept for as long as the object lives.
 */
export function memoized<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
