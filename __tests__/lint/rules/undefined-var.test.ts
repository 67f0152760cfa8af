import { undefinedVar } from '../../../src/lint/rules/undefined-var.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(undefinedVar, [
  {
    name: 'undefined variable in a COPY source',
    dockerfile: 'FROM alpine\nCOPY ${BUILD_DIR}/app /usr/local/bin/\n',
    expect: [{ line: 2, message: "Usage of undefined variable '$BUILD_DIR': it expands to an empty string here" }],
  },
  {
    name: 'a near miss gets a suggestion',
    dockerfile: 'FROM alpine\nARG APP_VERSION=1.0\nLABEL version=$APP_VERISON\n',
    expect: [{ line: 3, message: "Usage of undefined variable '$APP_VERISON' (did you mean $APP_VERSION?)" }],
  },
  {
    name: 'a near miss of the base image ENV',
    dockerfile: 'FROM golang:1.22\nENV PATH=$GOAPTH/bin:$PATH\n',
    expect: [{ line: 2, message: "'$GOAPTH' (did you mean $GOPATH?)" }],
  },
  { name: 'used before its ARG', dockerfile: 'FROM alpine\nWORKDIR /src/$PROJECT\nARG PROJECT=app\n', expect: [{ line: 2 }] },
  { name: 'an ARG without a value is declared', dockerfile: 'FROM alpine\nARG VERSION\nLABEL version=$VERSION\n', expect: [] },
  { name: 'the base image ENV of a known image', dockerfile: 'FROM python:3.12-slim\nENV PIP_TARGET=/opt/py$PYTHON_VERSION\n', expect: [] },
  { name: 'PATH is always defined, even on scratch', dockerfile: 'FROM scratch\nENV PATH=/bin:$PATH\n', expect: [] },
  { name: 'an unknown base image may define anything', dockerfile: 'FROM registry.example.com/team/base:1\nCOPY $APP_HOME/x /x\n', expect: [] },
  { name: 'an image chosen by a build argument is unknown', dockerfile: 'ARG BASE=alpine\nARG IMAGE\nFROM ${IMAGE}\nCOPY $SRC /x\n', expect: [] },
  { name: 'a global ARG default decides the base image', dockerfile: 'ARG BASE=alpine:3.20\nFROM ${BASE}\nCOPY $SRC /x\n', expect: [{ line: 3 }] },
  { name: 'ENV and ARG of the parent stage carry over', dockerfile: 'FROM alpine AS base\nENV APP=/app\nARG CHANNEL=stable\nFROM base\nCOPY $APP/$CHANNEL /x\n', expect: [] },
  { name: 'a global ARG must be redeclared in the stage', dockerfile: 'ARG CHANNEL=stable\nFROM alpine\nLABEL channel=$CHANNEL\n', expect: [{ line: 3 }] },
  { name: 'redeclared, it takes the global default', dockerfile: 'ARG CHANNEL=stable\nFROM alpine\nARG CHANNEL\nLABEL channel=$CHANNEL\n', expect: [] },
  { name: 'one ENV cannot use a variable it defines itself', dockerfile: 'FROM alpine\nENV ROOT=/opt DATA=$ROOT/data\n', expect: [{ line: 2, message: "'$ROOT'" }] },
  { name: 'one ARG can use a pair before it', dockerfile: 'FROM alpine\nARG ROOT=/opt DATA=$ROOT/data\n', expect: [] },
  { name: 'an ARG default using an undefined variable', dockerfile: 'FROM alpine\nARG DATA=$ROOT/data\n', expect: [{ line: 2 }] },
  { name: 'RUN, CMD and ENTRYPOINT are left to the shell', dockerfile: 'FROM alpine\nRUN echo $HOME $1\nCMD echo $USER\nENTRYPOINT ["sh", "-c", "echo $X"]\n', expect: [] },
  { name: 'RUN mount options are expanded', dockerfile: 'FROM alpine\nRUN --mount=type=cache,target=$CACHE_DIR make\n', expect: [{ line: 2, message: "'$CACHE_DIR'" }] },
  { name: 'COPY flags are expanded', dockerfile: 'FROM alpine\nCOPY --chown=$APP_USER:$APP_USER . /app\n', expect: [{ line: 2, message: "'$APP_USER'" }] },
  { name: 'single quotes keep the dollar literal', dockerfile: "FROM alpine\nENV PS1='$PWD> '\n", expect: [] },
  { name: 'an escaped dollar is literal', dockerfile: 'FROM alpine\nENV PRICE=\\$5\n', expect: [] },
  { name: 'an unquoted COPY heredoc is expanded', dockerfile: 'FROM alpine\nCOPY <<EOF /etc/app.conf\nroot=$APP_ROOT\nEOF\n', expect: [{ line: 2, message: "'$APP_ROOT'" }] },
  { name: 'a quoted heredoc is not', dockerfile: 'FROM alpine\nCOPY <<"EOF" /etc/app.conf\nroot=$APP_ROOT\nEOF\n', expect: [] },
  { name: 'a RUN heredoc is left to the shell', dockerfile: 'FROM alpine\nRUN <<EOF\necho $APP_ROOT\nEOF\n', expect: [] },
  { name: 'EXPOSE is expanded without a warning (as in BuildKit)', dockerfile: 'FROM alpine\nEXPOSE $PORT\n', expect: [] },
  { name: 'USER, VOLUME and STOPSIGNAL are expanded', dockerfile: 'FROM alpine\nUSER $UID\nVOLUME ["$DATA"]\nSTOPSIGNAL $SIG\n', expect: [{ line: 2 }, { line: 3 }, { line: 4 }] },
  { name: 'each variable once per instruction', dockerfile: 'FROM alpine\nCOPY $D/a $D/b /x/\n', expect: [{ line: 2 }] },
  { name: 'a default makes no difference to being undefined', dockerfile: 'FROM alpine\nENV LEVEL=${LOG_LEVEL:-info}\n', expect: [{ line: 2, message: "'$LOG_LEVEL'" }] },
  { name: 'suppressed by a check comment', dockerfile: 'FROM alpine\n# check=skip=UndefinedVar\nCOPY $SRC /x\n', expect: [] },
  // ONBUILD triggers are checked where they are written (docs/compatibility.md), with what a stage
  // built FROM this one has when they run: everything this stage defines, and the triggers before them.
  { name: 'an ONBUILD trigger using an undefined variable', dockerfile: 'FROM alpine\nONBUILD COPY . /app/$UNDEFINED_DIR\n', expect: [{ line: 2, message: "'$UNDEFINED_DIR'" }] },
  { name: 'an ONBUILD ENV using an ARG of an earlier trigger', dockerfile: 'FROM alpine\nONBUILD ARG NODE_ENV\nONBUILD ENV NODE_ENV=$NODE_ENV\n', expect: [] },
  { name: 'an ONBUILD trigger using an ENV set later in the stage', dockerfile: 'FROM alpine\nONBUILD WORKDIR $APP_HOME\nENV APP_HOME=/app\n', expect: [] },
  { name: "a trigger's ARG is not defined for the stage itself", dockerfile: 'FROM alpine\nONBUILD ARG CHANNEL\nLABEL channel=$CHANNEL\n', expect: [{ line: 3 }] },
]);
