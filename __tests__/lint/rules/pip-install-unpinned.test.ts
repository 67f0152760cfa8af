import { pipInstallUnpinned } from '../../../src/lint/rules/pip-install-unpinned.js';
import { describeRule } from '../../helpers/rule-cases.js';

const from = 'FROM python:3.12-slim\n';

describeRule(pipInstallUnpinned, [
  { name: 'unpinned', dockerfile: `${from}RUN pip install requests\n`, expect: [{ line: 2, severity: 'warning', message: '`requests` has no version' }] },
  { name: 'pip3', dockerfile: `${from}RUN pip3 install requests\n`, expect: [{ line: 2 }] },
  { name: 'versioned pip (pip3.12)', dockerfile: `${from}RUN pip3.12 install requests\n`, expect: [{ line: 2 }] },
  { name: 'python -m pip', dockerfile: `${from}RUN python3 -m pip install requests\n`, expect: [{ line: 2 }] },
  { name: 'pipx', dockerfile: `${from}RUN pipx install ruff\n`, expect: [{ line: 2, message: '`ruff`' }] },
  { name: 'pipenv is not pip', dockerfile: `${from}RUN pipenv install requests\n`, expect: [] },
  { name: '== pin', dockerfile: `${from}RUN pip install requests==2.32.3\n`, expect: [] },
  { name: 'compatible release', dockerfile: `${from}RUN pip install "requests~=2.32"\n`, expect: [] },
  { name: 'ranges', dockerfile: `${from}RUN pip install 'requests>=2,<3' 'urllib3!=2.0.0'\n`, expect: [] },
  { name: 'extras with a pin', dockerfile: `${from}RUN pip install "uvicorn[standard]==0.30.1"\n`, expect: [] },
  { name: 'extras without a pin', dockerfile: `${from}RUN pip install "uvicorn[standard]"\n`, expect: [{ line: 2, message: '`uvicorn[standard]`' }] },
  { name: 'requirements file', dockerfile: `${from}RUN pip install -r requirements/prod.txt\n`, expect: [] },
  { name: '--requirement', dockerfile: `${from}RUN pip install --requirement requirements.txt\n`, expect: [] },
  { name: 'the project itself', dockerfile: `${from}RUN pip install .\n`, expect: [] },
  { name: 'constraints file', dockerfile: `${from}RUN pip install flask -c constraints.txt\n`, expect: [] },
  { name: 'wheel file', dockerfile: `${from}RUN pip install dist/app-1.0-py3-none-any.whl\n`, expect: [] },
  { name: 'local path', dockerfile: `${from}RUN pip install ./libs/shared\n`, expect: [] },
  { name: 'archive URL', dockerfile: `${from}RUN pip install https://example.com/pkg-1.0.zip\n`, expect: [] },
  { name: 'VCS with a revision', dockerfile: `${from}RUN pip install git+https://github.com/org/lib.git@v1.4.0#egg=lib\n`, expect: [] },
  {
    name: 'VCS without a revision',
    dockerfile: `${from}RUN pip install git+https://github.com/org/lib.git#egg=lib\n`,
    expect: [{ line: 2, message: 'git+https://github.com/org/lib.git@<tag or commit>#egg=lib' }],
  },
  { name: 'VCS user is not a revision', dockerfile: `${from}RUN pip install git+ssh://git@github.com/org/lib.git\n`, expect: [{ line: 2 }] },
  { name: 'index URL value is not a package', dockerfile: `${from}RUN pip install --index-url https://pypi.example.com/simple flask==3.0.3\n`, expect: [] },
  { name: '--target value is not a package', dockerfile: `${from}RUN pip install --target /opt/deps flask==3.0.3\n`, expect: [] },
  { name: '--root-user-action value is not a package', dockerfile: `${from}RUN pip install --root-user-action ignore flask==3.0.3\n`, expect: [] },
  { name: 'upgrading pip itself is unpinned', dockerfile: `${from}RUN pip install --upgrade pip\n`, expect: [{ line: 2, message: '`pip`' }] },
  { name: 'a package list the RUN sets', dockerfile: `${from}RUN pkgs="requests flask==3.0.3" && pip install $pkgs\n`, expect: [{ line: 2, message: '`requests` has no version' }] },
  { name: 'pip uninstall', dockerfile: `${from}RUN pip uninstall -y requests\n`, expect: [] },
  { name: 'fragment before any FROM', dockerfile: 'RUN pip install requests\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: `${from}ONBUILD RUN pip install requests\n`, expect: [{ line: 2 }] },
  { name: 'every stage', dockerfile: 'FROM python:3.12 AS build\nRUN pip install build\nFROM python:3.12-slim\n', expect: [{ line: 2, stage: 'build' }] },
  { name: 'suppressed', dockerfile: `${from}# hadolint ignore=DL3013\nRUN pip install requests\n`, expect: [] },
]);
