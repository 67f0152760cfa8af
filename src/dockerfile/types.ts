import type { ImageRef } from './image.js';

/**
 * The Dockerfile model every rule, graph and report reads. Lines and columns are 1-based; `endLine` is
 * inclusive. Built once per file by `parseDockerfile`; treat it as immutable.
 */
export interface Dockerfile {
  /** Path as given by the caller (normalised to forward slashes). */
  path: string;
  text: string;
  /** Physical lines, without their line ends. */
  lines: string[];
  escapeChar: string;
  directives: Directive[];
  /** ARGs declared before the first FROM; usable in FROM lines only. */
  globalArgs: ArgDeclaration[];
  /** Every instruction in file order, including those before the first FROM. */
  instructions: Instruction[];
  /** Instructions before the first FROM (normally only ARGs; anything else is a parse problem). */
  preamble: Instruction[];
  stages: Stage[];
  comments: Comment[];
  /** Problems that would make `docker build` refuse the file; surfaced as `parse-error` findings. */
  problems: ParseProblem[];
}

export interface Directive {
  /** Lower-cased: `syntax`, `escape`, `check`. */
  name: string;
  value: string;
  line: number;
}

export interface Comment {
  line: number;
  /** The text after `#`, trimmed. */
  text: string;
  /** Whether this comment sits inside an instruction's continuation lines. */
  embedded: boolean;
}

export interface ParseProblem {
  line: number;
  endLine?: number;
  column?: number;
  message: string;
}

export interface InstructionFlag {
  /** Without the leading dashes, lower-cased: `from`, `mount`, `platform`. */
  name: string;
  /** `null` for a flag written without `=`. */
  value: string | null;
  line: number;
  column: number;
}

export interface Heredoc {
  /** The delimiter word: `EOF`. */
  name: string;
  /** The body, lines joined with `\n`, terminator excluded. */
  content: string;
  /** First body line. */
  line: number;
  /** `<<-` strips leading tabs. */
  chomp: boolean;
  /** A quoted delimiter (`<<"EOF"`) turns off expansion in the body. */
  quoted: boolean;
}

export type Keyword =
  | 'ADD' | 'ARG' | 'CMD' | 'COPY' | 'ENTRYPOINT' | 'ENV' | 'EXPOSE' | 'FROM' | 'HEALTHCHECK' | 'LABEL'
  | 'MAINTAINER' | 'ONBUILD' | 'RUN' | 'SHELL' | 'STOPSIGNAL' | 'USER' | 'VOLUME' | 'WORKDIR';

export interface Instruction {
  /** Upper-cased keyword; an unknown instruction keeps its upper-cased word. */
  keyword: Keyword | string;
  /** The keyword exactly as written (`run`, `Run`). */
  rawKeyword: string;
  line: number;
  endLine: number;
  column: number;
  /**
   * The arguments after the keyword and its flags, as BuildKit sees them: continuation lines joined
   * (escape character and line end removed), comment and blank lines inside the continuation dropped,
   * heredoc bodies excluded.
   */
  args: string;
  /**
   * Where each physical line's text starts in `args` (offset → 1-based line), so a position in `args`
   * can be mapped back to the file. Lines BuildKit drops (comments, blanks) are absent.
   */
  argsLines: LineStart[];
  /** Blank lines inside the continuation, which BuildKit warns about (NoEmptyContinuation); usually empty. */
  emptyContinuationLines: number[];
  flags: InstructionFlag[];
  /** The exec form (`["a","b"]`) when the arguments are a JSON array of strings, else null. */
  execForm: string[] | null;
  heredocs: Heredoc[];
  /** Key/value pairs of ENV, ARG and LABEL (values with quotes removed). */
  pairs: KeyValue[];
  /** Index of the stage this instruction belongs to; -1 before the first FROM. */
  stage: number;
  /** For ONBUILD: the trigger instruction, on the same lines. */
  trigger: Instruction | null;
  /** Set on an ONBUILD trigger: the ONBUILD instruction that wraps it. */
  onbuildParent: Instruction | null;
  /** Variables in effect when the instruction runs (copy-on-write: shared until something changes). */
  scope: Scope;
}

export interface LineStart {
  offset: number;
  line: number;
}

export interface KeyValue {
  key: string;
  /** Null when no value was given (`ARG NAME`). */
  value: string | null;
  /** The value as written, quotes kept. */
  rawValue: string | null;
  /** `KEY=value` (true) or the legacy `KEY value` (false). */
  equals: boolean;
}

export interface ArgDeclaration {
  name: string;
  /** Default as written; null when none. */
  defaultValue: string | null;
  /** Default after substituting earlier ARGs; null when none or unresolvable. */
  resolvedDefault: string | null;
  line: number;
}

/** What a stage is built FROM. */
export type StageBase =
  | { kind: 'stage'; stage: number; raw: string }
  | { kind: 'scratch'; raw: string }
  | {
      kind: 'image';
      raw: string;
      /** After substituting global ARG defaults. */
      expanded: string;
      /** Null when the reference does not resolve to a valid image name. */
      image: ImageRef | null;
      /** Variables without a default that the reference uses. */
      unresolved: string[];
      /**
       * The named build context the reference is the name of, when the build passes it as an image
       * (`docker-image://node:20`): `expanded` and `image` are then that image, not the reference as written.
       */
      namedContext?: string;
    };

export type DependencyKind = 'from' | 'copy' | 'mount';

export type DependencySource =
  | { kind: 'stage'; stage: number }
  | { kind: 'image'; image: ImageRef | null; raw: string }
  | { kind: 'context'; name: string }
  /** A reference we cannot resolve statically (an ARG without a default). */
  | { kind: 'unknown'; raw: string };

export interface StageDependency {
  kind: DependencyKind;
  source: DependencySource;
  /** The flag or FROM value as written. */
  raw: string;
  line: number;
  instruction: Instruction;
  /** For `mount`: the mount type (`bind`, `cache`, …). */
  mountType?: string;
}

export interface Stage {
  index: number;
  /** Name as written after AS, or null. */
  name: string | null;
  /** Lower-cased name, or the index as a string: what `--from` and `--target` match. */
  id: string;
  from: Instruction;
  base: StageBase;
  /** `--platform` as written. */
  platform: string | null;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  dependencies: StageDependency[];
  /** Last line of the stage (inclusive). */
  endLine: number;
  /** What the stage inherits at FROM from a parent stage (defaults for an external image). */
  initial: StageState;
  /** The state after its last instruction: what a child stage inherits. */
  final: StageState;
}

/** Image configuration that instructions change and child stages inherit. */
export interface StageState {
  /** SHELL in effect; `["/bin/sh","-c"]` by default. */
  shell: readonly string[];
  /** Where the shell came from: a SHELL instruction's line, or null for the default. */
  shellLine: number | null;
  /** Absolute WORKDIR when known; null when only the base image knows. */
  workdir: string | null;
  /** USER when set in this Dockerfile; null when only the base image knows. */
  user: string | null;
  userLine: number | null;
  /** ENV set in this Dockerfile (values expanded where possible). */
  env: ReadonlyMap<string, string>;
}

/** The variables an instruction can use: ENV (inherited and own) and ARGs declared in the stage. */
export interface Scope {
  env: ReadonlyMap<string, string>;
  /** The SHELL a RUN in shell form runs under here (inherited through FROM <stage>). */
  shell: readonly string[];
  /** ARGs declared in the stage so far; value null when declared without a default. */
  args: ReadonlyMap<string, string | null>;
}
