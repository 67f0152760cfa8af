import { emptyLookup, expandWord, instructionToCheck, parseMountOptions, parseWords, referencedVariables, type Instruction } from '../../dockerfile/index.js';
import { closestName } from '../suggest.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables, isKnownName, type StageVariables } from '../variables.js';
import { triggerVariables } from './shared/onbuild-triggers.js';

/** A piece of an instruction BuildKit expands variables in, and how. */
interface ExpandedText {
  text: string;
  /** Unquoted heredoc bodies of COPY/ADD: expanded with `\` as escape and quotes kept. */
  heredocBody?: boolean;
}

const HEREDOC_WORD = /^\d*<<-?/;

/** Source and destination words of COPY/ADD, in the exec or the shell form, heredoc markers left out. */
function pathWords(ins: Instruction, escapeChar: string): string[] {
  if (ins.execForm) return ins.execForm;
  const words = parseWords(ins.args, escapeChar);
  return ins.heredocs.length > 0 ? words.filter((w) => !HEREDOC_WORD.test(w)) : words;
}

/**
 * The texts BuildKit runs through its expansion for an instruction (the `Expand` methods of
 * `instructions/commands.go`). RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK are left to the shell;
 * EXPOSE is expanded without reporting; ARG is handled pair by pair.
 */
function expandedTexts(ins: Instruction, escapeChar: string): ExpandedText[] {
  const flag = (name: string) => ins.flags.filter((f) => f.name === name && f.value !== null).map((f) => ({ text: f.value! }));
  switch (ins.keyword) {
    case 'ENV':
    case 'LABEL':
      return keyValueTexts(ins, escapeChar);
    case 'COPY':
    case 'ADD':
      return [
        ...flag('chown'),
        ...flag('chmod'),
        ...(ins.keyword === 'ADD' ? flag('checksum') : []),
        ...pathWords(ins, escapeChar).map((text) => ({ text })),
        ...ins.heredocs.filter((h) => !h.quoted).map((h) => ({ text: h.content, heredocBody: true })),
      ];
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      return [{ text: ins.args }];
    case 'VOLUME':
      return (ins.execForm ?? parseWords(ins.args, escapeChar)).map((text) => ({ text }));
    case 'RUN':
      return ins.flags
        .filter((f) => f.name === 'mount' && f.value !== null)
        .flatMap((f) => [...parseMountOptions(f.value!).values()].map((text) => ({ text })));
    default:
      return [];
  }
}

/** ENV and LABEL keys and values as BuildKit's parser splits them (quotes still in). */
function keyValueTexts(ins: Instruction, escapeChar: string): ExpandedText[] {
  const words = parseWords(ins.args, escapeChar);
  if (words.length === 0) return [];
  if (!words[0]!.includes('=')) {
    const legacy = /^(\S+)\s+([\s\S]*)$/.exec(ins.args.trim());
    return legacy ? [{ text: legacy[1]! }, { text: legacy[2]! }] : [];
  }
  return words.flatMap((word) => {
    const eq = word.indexOf('=');
    return eq < 0 ? [] : [{ text: word.slice(0, eq) }, { text: word.slice(eq + 1) }];
  });
}

function namesIn(piece: ExpandedText, escapeChar: string): string[] {
  if (!piece.heredocBody) return referencedVariables(piece.text, escapeChar);
  const { matched, unmatched } = expandWord(piece.text, emptyLookup, { escapeChar: '\\', skipQuotes: true });
  return [...new Set([...matched, ...unmatched])];
}

export const undefinedVar: Rule = {
  id: 'undefined-var',
  title: 'Variables should be defined before their use',
  severity: 'warning',
  scope: 'all',
  aliases: ['UndefinedVar'],
  checkStage(stage, ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    // A suggestion compares the name with every variable defined: past a hundred per stage, a file of
    // thousands of undefined names would cost the square of its length, so the rest go without.
    let suggestions = 0;
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
      const checked = instructionToCheck(ins);
      const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
      const reported = new Set<string>();
      const report = (name: string) => {
        if (reported.has(name)) return;
        reported.add(name);
        ctx.reportAt(ins, undefinedMessage(name, variables, suggestions++ < MAX_SUGGESTIONS));
      };

      if (checked.keyword === 'ARG') {
        // Each default sees the pairs before it in the same ARG.
        const earlier = new Set<string>();
        for (const pair of checked.pairs) {
          if (pair.rawValue !== null) {
            for (const name of referencedVariables(pair.rawValue, escapeChar)) {
              if (!earlier.has(name) && !isKnownName(name, variables)) report(name);
            }
          }
          earlier.add(pair.key);
        }
        return;
      }

      for (const piece of expandedTexts(checked, escapeChar)) {
        for (const name of namesIn(piece, escapeChar)) if (!isKnownName(name, variables)) report(name);
      }
    });
  },
};

const MAX_SUGGESTIONS = 100;

function undefinedMessage(name: string, variables: StageVariables, suggest: boolean): string {
  const suggestion = suggest ? closestName(name, variables.order) : null;
  if (suggestion) {
    return `Usage of undefined variable '$${name}' (did you mean $${suggestion}?): it expands to an empty string here; fix the name or declare it with \`ARG ${name}\` or \`ENV ${name}=…\` above`;
  }
  return `Usage of undefined variable '$${name}': it expands to an empty string here; declare it with \`ARG ${name}\` or \`ENV ${name}=…\` above this line`;
}
