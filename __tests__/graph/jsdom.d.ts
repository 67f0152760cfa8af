// jsdom ships no types and the project does not take @types/jsdom for one constructor call.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { pretendToBeVisual?: boolean });
    readonly window: { readonly document: unknown } & Record<string, unknown>;
  }
}
