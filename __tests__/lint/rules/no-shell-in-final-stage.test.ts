import { noShellInFinalStage } from '../../../src/lint/rules/no-shell-in-final-stage.js';
import { describeRule } from '../../helpers/rule-cases.js';

const build = 'FROM golang:1.22 AS build\nRUN go version\n';

describeRule(noShellInFinalStage, [
  {
    name: 'shell-form CMD on scratch',
    dockerfile: build + 'FROM scratch\nCOPY --from=build /app /app\nCMD /app --port 80\n',
    expect: [{ line: 5, message: '`scratch` has no shell, so the container fails to start: write `CMD ["/app", "--port", "80"]`', severity: 'error' }],
  },
  {
    name: 'shell-form ENTRYPOINT on distroless with shell syntax',
    dockerfile: build + 'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\nENTRYPOINT /app --port $PORT\n',
    expect: [{ line: 5, message: 'move the shell logic into the program' }],
  },
  {
    name: 'RUN on scratch fails the build',
    dockerfile: 'FROM scratch\nCOPY app /app\nRUN chmod +x /app\nCMD ["/app"]\n',
    expect: [{ line: 3, message: 'the build fails here' }],
  },
  {
    name: 'HEALTHCHECK in shell form',
    dockerfile: 'FROM gcr.io/distroless/static\nCOPY app /app\nHEALTHCHECK --interval=10s CMD /app healthcheck\nCMD ["/app"]\n',
    expect: [{ line: 3, message: 'every health check fails: write `HEALTHCHECK CMD ["/app", "healthcheck"]`' }],
  },
  {
    name: 'a CMD inherited through a stage',
    dockerfile: 'FROM scratch AS base\nCOPY app /app\nCMD /app\nFROM base\nLABEL x=y\n',
    expect: [{ line: 3, stage: 'base' }],
  },
  { name: 'exec form', dockerfile: build + 'FROM scratch\nCOPY --from=build /app /app\nCMD ["/app"]\n', expect: [] },
  { name: 'only the last CMD counts', dockerfile: 'FROM scratch\nCOPY app /app\nCMD /app\nCMD ["/app"]\n', expect: [] },
  { name: 'a shell-form CMD after an exec ENTRYPOINT is its arguments', dockerfile: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD --port 80\n', expect: [] },
  { name: 'distroless debug has busybox', dockerfile: 'FROM gcr.io/distroless/static:debug\nCMD /app\n', expect: [] },
  { name: 'a root filesystem brings a shell', dockerfile: 'FROM scratch\nADD rootfs.tar.gz /\nCMD /bin/sh\n', expect: [] },
  { name: 'busybox copied in', dockerfile: 'FROM scratch\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\nCMD /app\n', expect: [] },
  { name: 'alpine has a shell', dockerfile: 'FROM alpine\nCMD /app\n', expect: [] },
]);
