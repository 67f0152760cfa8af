import { addInsteadOfCopy } from '../../../src/lint/rules/add-instead-of-copy.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(addInsteadOfCopy, [
  { name: 'plain file', dockerfile: 'FROM debian:12\nADD app.conf /etc/app/\n', expect: [{ line: 2, severity: 'error', message: '`app.conf` is neither' }] },
  { name: 'zip is not unpacked by ADD', dockerfile: 'ADD file.zip /usr/src/app/\n', expect: [{ line: 1 }] },
  { name: 'quoted plain file', dockerfile: 'ADD "file.zip" /usr/src/app/\n', expect: [{ line: 1 }] },
  { name: 'one plain source among archives', dockerfile: 'ADD a.tar.gz b.txt /opt/\n', expect: [{ line: 1, message: '`b.txt`' }] },
  { name: 'exec form', dockerfile: 'ADD ["vimrc", "/etc/vim/"]\n', expect: [{ line: 1 }] },
  { name: 'tar archive', dockerfile: 'ADD rootfs.tar.xz /\n', expect: [] },
  { name: 'quoted archive', dockerfile: 'ADD "file.tgz" /usr/src/app/\n', expect: [] },
  { name: 'URL', dockerfile: 'ADD https://example.com/tool /usr/local/bin/tool\n', expect: [] },
  { name: 'git repository', dockerfile: 'ADD git@github.com:org/repo.git /src\n', expect: [] },
  { name: 'URL from an ARG default', dockerfile: 'FROM debian:12\nARG URL=https://example.com/x.sh\nADD ${URL} /tmp/\n', expect: [] },
  { name: 'unknown variable is most likely a URL', dockerfile: 'FROM debian:12\nARG PACKAGE_URL\nADD $PACKAGE_URL /tmp/pkg.rpm\n', expect: [] },
  { name: 'variable naming a plain file', dockerfile: 'FROM debian:12\nARG CONF=app.conf\nADD $CONF /etc/\n', expect: [{ line: 3 }] },
  { name: 'ONBUILD ADD', dockerfile: 'FROM debian:12\nONBUILD ADD . /app\n', expect: [{ line: 2 }] },
  { name: 'COPY is fine', dockerfile: 'COPY app.conf /etc/app/\n', expect: [] },
  { name: 'suppressed by hadolint pragma', dockerfile: '# hadolint ignore=DL3020\nADD app.conf /etc/app/\n', expect: [] },
]);
