/** dockerfilelint ships no types; the bench calls only its library entry point. */
declare module 'dockerfilelint' {
  export interface DockerfilelintItem {
    title: string;
    description: string;
    category: string;
    line: number;
  }
  /** Lints `content`; reads `.dockerfilelintrc` from the folder `configPath` when there is one. */
  export function run(configPath: string, content: string): DockerfilelintItem[];
}
