/** A 1-based line and column of the Dockerfile. */
export interface Position {
  line: number;
  column: number;
}

interface Piece {
  /** Where the piece starts in the text. */
  start: number;
  /** Where it comes from in the Dockerfile. */
  at: Position;
  /** Copied from the file (each character has its own position), or text of our own (all of it maps to `at`). */
  copied: boolean;
}

/**
 * Text put together from pieces of a Dockerfile and text of our own (a shebang, `export` lines, a line
 * continuation), that maps any position in it back to the file: ShellCheck reads the text, and its
 * findings are reported where the script is written.
 */
export class MappedText {
  private text = '';
  private readonly pieces: Piece[] = [];
  private starts: number[] | null = null;

  /** Appends text as written in the file from `at` on: a line break in it continues on the next file line, column 1. */
  copy(text: string, at: Position): this {
    return this.push(text, at, true);
  }

  /** Appends text of our own; any position in it maps to `at`. */
  add(text: string, at: Position): this {
    return this.push(text, at, false);
  }

  get content(): string {
    return this.text;
  }

  /** The file position of a 1-based line and column of the text (ShellCheck's json1 counts a tab as one column). */
  locate(line: number, column: number): Position {
    this.starts ??= lineStarts(this.text);
    const lineStart = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    const offset = Math.min(Math.max(0, lineStart + column - 1), Math.max(0, this.text.length - 1));
    // The last piece starting at or before the offset (binary search: a long RUN has thousands).
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.pieces[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    const piece = this.pieces[low];
    if (!piece) return { line: 1, column: 1 };
    if (!piece.copied) return piece.at;
    const before = this.text.slice(piece.start, offset);
    const newline = before.lastIndexOf('\n');
    if (newline < 0) return { line: piece.at.line, column: piece.at.column + before.length };
    return { line: piece.at.line + countLineBreaks(before), column: before.length - newline };
  }

  private push(text: string, at: Position, copied: boolean): this {
    if (text === '') return this;
    this.pieces.push({ start: this.text.length, at, copied });
    this.text += text;
    this.starts = null;
    return this;
  }
}

/** Where each line of a text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
