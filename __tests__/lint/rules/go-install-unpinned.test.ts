import { goInstallUnpinned } from '../../../src/lint/rules/go-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM golang:1.23\n';

describeRule(goInstallUnpinned, [
  { name: 'go install without a version', dockerfile: `${from}RUN go install golang.org/x/tools/cmd/stringer\n`, expect: [{ line: 2, severity: 'warning', message: 'has no fixed version' }] },
  { name: '@latest is not a version', dockerfile: `${from}RUN go install golang.org/x/tools/cmd/stringer@latest\n`, expect: [{ line: 2, message: 'golang.org/x/tools/cmd/stringer@<version>' }] },
  { name: 'tagged version', dockerfile: `${from}RUN go install golang.org/x/tools/cmd/stringer@v0.24.0\n`, expect: [] },
  { name: 'version from a variable', dockerfile: `${from}RUN go install github.com/go-delve/delve/cmd/dlv@\${DLV_VERSION}\n`, expect: [] },
  { name: 'local package', dockerfile: `${from}RUN go install ./cmd/server\n`, expect: [] },
  { name: 'current directory', dockerfile: `${from}RUN go install -v .\n`, expect: [] },
  { name: 'go get without a version', dockerfile: `${from}RUN go get github.com/stretchr/testify\n`, expect: [{ line: 2 }] },
  { name: 'go get with a version', dockerfile: `${from}RUN go get github.com/stretchr/testify@v1.9.0\n`, expect: [] },
  { name: 'go get -tool', dockerfile: `${from}RUN go get -tool golang.org/x/tools/cmd/stringer\n`, expect: [{ line: 2 }] },
  { name: 'go run of a remote package', dockerfile: `${from}RUN go run github.com/a-h/templ/cmd/templ generate\n`, expect: [{ line: 2, message: '`github.com/a-h/templ/cmd/templ`' }] },
  { name: 'go run arguments are not packages', dockerfile: `${from}RUN go run github.com/a-h/templ/cmd/templ@v0.2.771 generate -path web\n`, expect: [] },
  { name: 'go run of a file', dockerfile: `${from}RUN go run main.go\n`, expect: [] },
  { name: 'build flag values are not packages', dockerfile: `${from}RUN go install -tags netgo -ldflags "-s -w" ./cmd/app\n`, expect: [] },
  { name: 'go build is not an install', dockerfile: `${from}RUN go build -o /out/app ./cmd/app\n`, expect: [] },
  {
    name: 'inside a module (go.mod mounted): go.mod pins the tool',
    dockerfile: `${from}RUN --mount=type=bind,source=go.mod,target=/src/go.mod --mount=type=bind,source=go.sum,target=/src/go.sum \\\n    go install github.com/golangci/golangci-lint/cmd/golangci-lint\n`,
    expect: [],
  },
  { name: 'inside a module (go.mod copied)', dockerfile: `${from}WORKDIR /src\nCOPY go.mod go.sum ./\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint\n`, expect: [] },
  { name: 'inside a module, @latest still floats', dockerfile: `${from}COPY go.mod go.sum ./\nRUN go install golang.org/x/tools/cmd/stringer@latest\n`, expect: [{ line: 3 }] },
  { name: 'the standard library takes no version', dockerfile: `${from}RUN go install std && go install -a cmd\n`, expect: [] },
  { name: 'a GOPATH-style package takes no version', dockerfile: `${from}WORKDIR /go/src/myapp\nRUN go install myapp/cmd/server && go run tools/gen\n`, expect: [] },
  { name: 'a standard-library command', dockerfile: `${from}RUN go install cmd/vet\n`, expect: [] },
  { name: 'a module path read from a variable is still judged', dockerfile: `${from}ARG TOOL=github.com/a-h/templ/cmd/templ\nRUN go install $TOOL\n`, expect: [{ line: 3, message: '`github.com/a-h/templ/cmd/templ`' }] },
  { name: 'go get keeps asking for a version (as hadolint)', dockerfile: `${from}RUN go get -tool foobar\n`, expect: [{ line: 2 }] },
  { name: 'fragment before any FROM', dockerfile: 'RUN go install example.org/tool\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN go install example.org/tool@latest\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM golang:1.23 AS build\nRUN go install example.org/tool\nFROM scratch\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3062\nRUN go install example.org/tool\n`, expect: [] },
]);
