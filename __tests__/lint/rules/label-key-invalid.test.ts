import { labelKeyInvalid } from '../../../src/lint/rules/label-key-invalid.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(labelKeyInvalid, [
  { name: 'reserved namespace com.docker.', dockerfile: 'FROM alpine\nLABEL com.docker.label="foo"\n', expect: [{ line: 2, severity: 'style', message: 'reserves' }] },
  { name: 'reserved namespace io.docker.', dockerfile: 'LABEL io.docker.label="foo"\n', expect: [{ line: 1 }] },
  { name: 'reserved namespace org.dockerproject.', dockerfile: 'LABEL org.dockerproject.label="foo"\n', expect: [{ line: 1 }] },
  { name: 'illegal character', dockerfile: 'LABEL invalid$character="foo"\n', expect: [{ line: 1, message: 'contains "$"' }] },
  { name: 'starts with a dot (legacy form)', dockerfile: 'LABEL .invalid ="foo"\n', expect: [{ line: 1, message: 'does not start' }] },
  { name: 'starts with a digit', dockerfile: 'LABEL 1invalid="foo"\n', expect: [{ line: 1 }] },
  { name: 'ends with a separator', dockerfile: 'LABEL invalid-="foo"\n', expect: [{ line: 1, message: 'does not end' }] },
  { name: 'repeated separators', dockerfile: 'LABEL a..b="foo"\nLABEL c--d="foo"\n', expect: [{ line: 1, message: 'repeats' }, { line: 2 }] },
  { name: 'upper case, with the lower-case key offered', dockerfile: 'LABEL Maintainer="me"\n', expect: [{ line: 1, message: 'here `maintainer`' }] },
  { name: 'one finding per LABEL', dockerfile: 'LABEL A=1 B=2 ok=3\n', expect: [{ line: 1, message: 'and 1 more key' }] },
  { name: 'ONBUILD LABEL', dockerfile: 'FROM alpine\nONBUILD LABEL Bad=1\n', expect: [{ line: 2 }] },
  { name: 'valid keys', dockerfile: 'LABEL org.valid-key.label3="foo" validlabel="foo" org.opencontainers.image.source=https://x a_b/c=1\n', expect: [] },
  { name: 'suppressed', dockerfile: '# hadolint ignore=DL3048\nLABEL Bad=1\n', expect: [] },
]);
