import { JSDOM } from 'jsdom';

/**
 * The real `mermaid` package's parser, for checking that what we render is a diagram GitHub will draw.
 * Mermaid expects a browser: DOMPurify and d3 read `window` and `document` when they load, so a jsdom
 * window is installed as globals before mermaid is imported, once per test file.
 */
interface MermaidParser {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
}

let loading: Promise<MermaidParser> | null = null;

function loadMermaid(): Promise<MermaidParser> {
  loading ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    const globals = globalThis as Record<string, unknown>;
    globals.window ??= dom.window;
    globals.document ??= dom.window.document;
    const { default: mermaid } = (await import('mermaid')) as unknown as { default: MermaidParser };
    // GitHub's settings as far as they matter to the parser: strict security, default limits.
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}

/** The parser's error message, or null when Mermaid accepts the text. */
export async function mermaidParseError(text: string): Promise<string | null> {
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(text);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
