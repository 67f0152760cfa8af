/**
 * BuildKit's "did you mean …?" hint (`util/suggest`, case-sensitive as on Linux): the first option
 * within an edit distance of 2, a closer option replacing a farther one; none when the value itself
 * is an option.
 */
export function closestName(value: string, options: Iterable<string>): string | null {
  let match: string | null = null;
  let best = 3;
  for (const option of options) {
    if (option === value) return null;
    const distance = editDistance(value, option);
    if (distance < best) {
      match = option;
      best = distance;
    }
  }
  return match;
}

/**
 * `closestName` for names that match in any case (stage names, rule ids and codes): the option comes
 * back as it is spelled among the options.
 */
export function closestNameIgnoringCase(value: string, options: readonly string[]): string | null {
  const lowered = options.map((o) => o.toLowerCase());
  const match = closestName(value.toLowerCase(), lowered);
  return match === null ? null : options[lowered.indexOf(match)]!;
}

/** Levenshtein distance over Unicode code points. */
export function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** Whether one keystroke slip turns `a` into `b`: a letter added, dropped or replaced, or two neighbours swapped. */
export function isOneTypoApart(a: string, b: string): boolean {
  if (editDistance(a, b) === 1) return true;
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length !== right.length) return false;
  const differ = left.flatMap((ch, i) => (ch === right[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && left[differ[0]!] === right[differ[1]!] && left[differ[1]!] === right[differ[0]!];
}
