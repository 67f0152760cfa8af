/**
 * Wall time per phase, for the run's one `Timings:` debug line (`npm run bench:build` reads it). The
 * first phase starts at `origin` (performance.now(): 0 is the start of the process).
 */
export function phaseClock(origin = 0): { mark(name: string): void; text(): string } {
  let last = origin;
  const parts: string[] = [];
  return {
    mark(name) {
      const now = performance.now();
      parts.push(`${name} ${((now - last) / 1000).toFixed(2)} s`);
      last = now;
    },
    text: () => parts.join(', '),
  };
}
