/** A short list for messages: `a`, `b` and `c`; `a`, `b`, `c` and 2 more. */
export function listWords(words: readonly string[], max = 3): string {
  const shown = words.slice(0, max).map((w) => `\`${w}\``);
  const more = words.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A value shown in a message: quoted, shortened when long. */
export function showValue(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}
