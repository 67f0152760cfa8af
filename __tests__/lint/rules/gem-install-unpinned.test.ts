import { gemInstallUnpinned } from '../../../src/lint/rules/gem-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM ruby:3.3-slim\n';

describeRule(gemInstallUnpinned, [
  { name: 'unpinned', dockerfile: `${from}RUN gem install rake\n`, expect: [{ line: 2, severity: 'warning', message: '`rake` has no version' }] },
  { name: 'gem i alias', dockerfile: `${from}RUN gem i rake\n`, expect: [{ line: 2 }] },
  { name: 'name:version', dockerfile: `${from}RUN gem install rake:13.2.1\n`, expect: [] },
  { name: 'one of two unpinned', dockerfile: `${from}RUN gem install rake:13.2.1 rspec\n`, expect: [{ line: 2, message: '`rspec` has' }] },
  { name: '-v pins the gem', dockerfile: `${from}RUN gem install rake -v 13.2.1\n`, expect: [] },
  { name: '--version=', dockerfile: `${from}RUN gem install rake --version=13.2.1\n`, expect: [] },
  { name: 'a switch before the gem does not hide it', dockerfile: `${from}RUN gem install --no-document rails\n`, expect: [{ line: 2, message: '`rails`' }] },
  { name: 'an option value is not a gem', dockerfile: `${from}RUN gem install --install-dir /opt/gems rake:13.2.1\n`, expect: [] },
  { name: 'build options after --', dockerfile: `${from}RUN gem install pg:1.5.6 -- --with-pg-config=/usr/bin/pg_config\n`, expect: [] },
  { name: 'local .gem file', dockerfile: `${from}RUN gem install ./pkg/tool-1.0.0.gem\n`, expect: [] },
  { name: 'gem update is not an install', dockerfile: `${from}RUN gem update --system\n`, expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN gem install rake\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN gem install rake\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM ruby:3.3 AS build\nRUN gem install rake\nFROM ruby:3.3-slim\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3028\nRUN gem install rake\n`, expect: [] },
]);
