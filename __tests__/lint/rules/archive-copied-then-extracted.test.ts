import { archiveCopiedThenExtracted } from '../../../src/lint/rules/archive-copied-then-extracted.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(archiveCopiedThenExtracted, [
  {
    name: 'copy into a folder, extract by full path',
    dockerfile: 'FROM debian:12\nCOPY app.tar /opt/\nRUN tar -xf /opt/app.tar\n',
    expect: [{ line: 2, severity: 'info', message: 'unpacked by the RUN on line 3' }],
  },
  {
    name: 'extract later in a chain, after WORKDIR',
    dockerfile: 'FROM debian:12\nCOPY app.tar.gz /src\nWORKDIR /src\nRUN echo go && tar -xzf app.tar.gz && rm app.tar.gz\n',
    expect: [{ line: 2 }],
  },
  { name: 'copied under another archive name', dockerfile: 'COPY dist/build.tgz /app.tgz\nRUN tar xzf /app.tgz\n', expect: [{ line: 1 }] },
  { name: 'long option --extract', dockerfile: 'COPY a.tar /\nRUN tar --extract --file /a.tar\n', expect: [{ line: 1 }] },
  { name: 'gunzip', dockerfile: 'COPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n', expect: [{ line: 1 }] },
  {
    name: 'Windows paths',
    dockerfile: 'COPY build\\out\\app.tar.gz "C:\\Program Files\\App"\nRUN tar -xf "C:\\Program Files\\App\\app.tar.gz"\n',
    expect: [{ line: 1 }],
  },
  { name: 'copied archive never extracted', dockerfile: 'FROM debian:12\nCOPY app.tar /opt/\nRUN ls /opt\n', expect: [] },
  { name: 'creating an archive is not extracting', dockerfile: 'COPY app.tar /opt/\nRUN tar -cf /opt/app.tar /src\n', expect: [] },
  { name: 'not an archive', dockerfile: 'COPY package.json /app/\nRUN tar -xf package.json\n', expect: [] },
  { name: 'from another stage: ADD cannot unpack it', dockerfile: 'FROM debian:12\nCOPY --from=build /out/app.tar /opt/\nRUN tar -xf /opt/app.tar\n', expect: [] },
  { name: 'extracted in the next stage', dockerfile: 'FROM debian:12\nCOPY app.tar /opt/\nFROM debian:12\nRUN tar -xf /opt/app.tar\n', expect: [] },
  { name: 'extracted by an ONBUILD trigger', dockerfile: 'FROM debian:12\nCOPY app.tar /opt/\nONBUILD RUN tar -xf /opt/app.tar\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3010\nCOPY app.tar /opt/\nRUN tar -xf /opt/app.tar\n', expect: [] },
]);
