import { copyRootFilesystemFromStage } from '../../../src/lint/rules/copy-root-filesystem-from-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(copyRootFilesystemFromStage, [
  { name: 'root of another stage to root', dockerfile: 'COPY --from=build / /\n', expect: [{ line: 1, severity: 'warning', message: '`COPY --from=build / /`' }] },
  { name: 'quoted paths', dockerfile: 'COPY --from=build "/" "/"\n', expect: [{ line: 1 }] },
  {
    name: 'a full image stage over another image',
    dockerfile: 'FROM debian:12 AS build\nRUN make install\nFROM debian:12\nRUN apt-get update\nCOPY --from=build / /\n',
    expect: [{ line: 5 }],
  },
  { name: 'ONBUILD COPY', dockerfile: 'FROM debian:12\nONBUILD COPY --from=build / /\n', expect: [{ line: 2 }] },
  { name: 'the build context', dockerfile: 'COPY / /\n', expect: [] },
  { name: 'a folder to root', dockerfile: 'COPY --from=build /app /\n', expect: [] },
  { name: 'root into a folder', dockerfile: 'COPY --from=build / /app\n', expect: [] },
  {
    name: 'an artifact stage built FROM scratch',
    dockerfile: 'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch AS binaries\nCOPY --from=build /out/ /\nFROM debian:12\nCOPY --from=binaries / /\n',
    expect: [],
  },
  {
    name: 'squashing a stage into an empty scratch stage',
    dockerfile: 'FROM debian:12 AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build / /\n',
    expect: [],
  },
  {
    name: 'not a squash when the scratch stage already has content',
    dockerfile: 'FROM debian:12 AS build\nFROM scratch\nCOPY app /app\nCOPY --from=build / /\n',
    expect: [{ line: 4 }],
  },
  { name: 'tonistiigi/xx is installed this way', dockerfile: 'FROM tonistiigi/xx:1.6 AS xx\nFROM golang:1.22\nCOPY --from=xx / /\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3067\nCOPY --from=build / /\n', expect: [] },
]);
