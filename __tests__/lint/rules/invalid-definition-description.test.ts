import { invalidDefinitionDescription } from '../../../src/lint/rules/invalid-definition-description.js';
import { describeRule } from '../../helpers/rule-cases.js';

const ON = '# check=experimental=InvalidDefinitionDescription\n';

describeRule(invalidDefinitionDescription, [
  {
    name: 'a comment above an ARG that does not start with its name',
    dockerfile: `${ON}FROM alpine\n# pinned for reproducibility\nARG ALPINE_MIRROR=dl-cdn\n`,
    expect: [{ line: 4, message: 'Comment for ARG should follow the format: `# ALPINE_MIRROR <description>`' }],
  },
  {
    name: 'a comment above a named stage',
    dockerfile: `${ON}# Build the server\nFROM golang AS server\n`,
    expect: [{ line: 3, message: 'Comment for FROM should follow the format: `# server <description>`' }],
  },
  { name: 'several keys: a placeholder', dockerfile: `${ON}# versions\nARG A=1 B=2\nFROM alpine\n`, expect: [{ line: 3, message: '`# <arg_key> <description>`' }] },
  { name: 'the stage name compares lower-cased', dockerfile: `${ON}# Server compiles the API\nFROM golang AS Server\n`, expect: [{ line: 3 }] },
  { name: 'the last comment line decides', dockerfile: `${ON}FROM alpine\n# MIRROR picks the package mirror\n# more words\nARG MIRROR\n`, expect: [{ line: 5 }] },
  { name: 'a description', dockerfile: `${ON}# server compiles the API\nFROM golang AS server\n# GOFLAGS extra flags for go build\nARG GOFLAGS\n`, expect: [] },
  { name: 'any of several keys', dockerfile: `${ON}FROM alpine\n# B the second one\nARG A=1 B=2\n`, expect: [] },
  { name: 'an empty comment line ends the block', dockerfile: `${ON}FROM alpine\n# just a note\n#\nARG MIRROR\n`, expect: [] },
  { name: 'a blank line does not end it (BuildKit keeps comments across blank lines)', dockerfile: `${ON}FROM alpine\n# just a note\n\nARG MIRROR\n`, expect: [{ line: 5 }] },
  { name: 'stages without a name and other instructions are not concerned', dockerfile: `${ON}# base image\nFROM alpine\n# install\nRUN true\n`, expect: [] },
  { name: 'parser directives are not comments', dockerfile: '# check=experimental=InvalidDefinitionDescription\nARG MIRROR\nFROM alpine\n', expect: [] },
  { name: 'off unless enabled (BuildKit marks it experimental)', dockerfile: 'FROM alpine\n# a note\nARG MIRROR\n', expect: [] },
  { name: 'enabled for all experimental checks', dockerfile: '# check=experimental=all\nFROM alpine\n# a note\nARG MIRROR\n', expect: [{ line: 4 }] },
  { name: 'enabled by a severity in the configuration', dockerfile: 'FROM alpine\n# a note\nARG MIRROR\n', config: { severity: { 'invalid-definition-description': 'info' } }, expect: [{ line: 3, severity: 'info' }] },
]);
