import { copyIgnoredFile } from '../../../src/lint/rules/copy-ignored-file.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copyIgnoredFile, [
  {
    name: 'COPY of an ignored file',
    dockerfile: 'FROM node:20\nCOPY .env /app/.env\n',
    dockerignore: '.env\nnode_modules\n',
    expect: [{ line: 2, severity: 'error', message: 'Attempting to Copy file ".env" that is excluded by .dockerignore' }],
  },
  { name: 'ADD says Add', dockerfile: 'FROM alpine\nADD secrets.tar /x/\n', dockerignore: '*.tar\n', expect: [{ line: 2, message: 'Attempting to Add file "secrets.tar"' }] },
  { name: 'a file inside an ignored directory', dockerfile: 'FROM alpine\nCOPY build/out/app /app\n', dockerignore: 'build\n', expect: [{ line: 2, message: '"build/out/app"' }] },
  { name: 'paths are cleaned first', dockerfile: 'FROM alpine\nCOPY ./docs/../.git /g\n', dockerignore: '.git\n', expect: [{ line: 2, message: '".git"' }] },
  { name: '** patterns', dockerfile: 'FROM alpine\nCOPY src/a/b/test.log /x\n', dockerignore: '**/*.log\n', expect: [{ line: 2 }] },
  { name: 'each ignored source', dockerfile: 'FROM alpine\nCOPY a.md b.txt c.md /docs/\n', dockerignore: '*.md\n', expect: [{ line: 2, message: '"a.md"' }, { line: 2, message: '"c.md"' }] },
  { name: 'exec form', dockerfile: 'FROM alpine\nCOPY ["tmp/x", "/x"]\n', dockerignore: 'tmp\n', expect: [{ line: 2 }] },
  { name: 'sources from variables with known values', dockerfile: 'FROM alpine\nARG DIST=dist\nCOPY $DIST/app /app\n', dockerignore: 'dist\n', expect: [{ line: 3 }] },
  { name: 'the context root when everything is ignored', dockerfile: 'FROM alpine\nCOPY . /src\n', dockerignore: '**\n', expect: [{ line: 2, message: '"."' }] },
  { name: 'the context root otherwise', dockerfile: 'FROM alpine\nCOPY . /src\n', dockerignore: '.git\n*.md\n', expect: [] },
  { name: 'not ignored', dockerfile: 'FROM alpine\nCOPY package.json /app/\n', dockerignore: 'node_modules\n', expect: [] },
  { name: 'patterns match whole path components', dockerfile: 'FROM alpine\nCOPY builder.sh /x\n', dockerignore: 'build\n', expect: [] },
  { name: 'exclusion patterns turn the check off', dockerfile: 'FROM alpine\nCOPY docs/readme.md /x\n', dockerignore: 'docs\n!docs/readme.md\n', expect: [] },
  { name: 'comments are not patterns', dockerfile: 'FROM alpine\nCOPY notes /x\n', dockerignore: '# notes\n', expect: [] },
  { name: 'COPY --from reads another stage', dockerfile: 'FROM alpine AS build\nRUN touch /out.log\nFROM alpine\nCOPY --from=build /out.log /x\n', dockerignore: '*.log\nout.log\n', expect: [] },
  { name: 'remote sources are fetched, not copied from the context', dockerfile: 'FROM alpine\nADD https://example.com/a.tar /x/\n', dockerignore: '*\n', expect: [] },
  { name: 'heredoc sources', dockerfile: 'FROM alpine\nCOPY <<EOF /etc/motd\nhello\nEOF\n', dockerignore: 'EOF\n', expect: [] },
  { name: 'a source only the build knows', dockerfile: 'FROM alpine\nARG SRC\nCOPY $SRC /x\n', dockerignore: 'secret\n', expect: [] },
  { name: 'no .dockerignore', dockerfile: 'FROM alpine\nCOPY .env /x\n', dockerignore: null, expect: [] },
  { name: '.dockerignore not known', dockerfile: 'FROM alpine\nCOPY .env /x\n', expect: [] },
  { name: 'a malformed .dockerignore fails the build before any COPY', dockerfile: 'FROM alpine\nCOPY .env /x\n', dockerignore: '.env\n[oops\n', expect: [] },
  { name: 'suppressed by a check comment', dockerfile: 'FROM alpine\n# check=skip=CopyIgnoredFile\nCOPY .env /x\n', dockerignore: '.env\n', expect: [] },
  // ONBUILD triggers copy from the context of the build that runs them: this file's context only for a
  // stage of this file built FROM this one.
  { name: 'an ONBUILD COPY run by a stage of this file', dockerfile: 'FROM alpine AS base\nONBUILD COPY secrets.env /x\nFROM base\n', dockerignore: '*.env\n', expect: [{ line: 2, message: '"secrets.env"' }] },
  { name: 'an ONBUILD COPY for images built elsewhere', dockerfile: 'FROM alpine\nONBUILD COPY secrets.env /x\n', dockerignore: '*.env\n', expect: [] },
]);
