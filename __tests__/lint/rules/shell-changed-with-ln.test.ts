import { shellChangedWithLn } from '../../../src/lint/rules/shell-changed-with-ln.js';
import { describeRule } from '../../helpers/rule-cases.js';

describeRule(shellChangedWithLn, [
  { name: 'ln -sf over /bin/sh', dockerfile: 'FROM ubuntu\nRUN ln -sfv /bin/bash /bin/sh\n', expect: [{ line: 2, message: 'SHELL ["/bin/bash", "-c"]' }] },
  { name: '/usr/bin/sh', dockerfile: 'FROM ubuntu\nRUN ln -sf /usr/bin/bash /usr/bin/sh\n', expect: [{ line: 2 }] },
  { name: 'rm then ln', dockerfile: 'FROM ubuntu\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n', expect: [{ line: 2 }] },
  { name: 'fragment', dockerfile: 'RUN ln -sf /bin/bash /bin/sh\n', expect: [{ line: 1 }] },
  { name: 'ONBUILD trigger', dockerfile: 'FROM ubuntu\nONBUILD RUN ln -sfv /bin/bash /bin/sh\n', expect: [{ line: 2 }] },
  { name: 'unrelated link', dockerfile: 'FROM ubuntu\nRUN ln -sf /bin/true /sbin/initctl\n', expect: [] },
  { name: '/bin/sh elsewhere in the RUN', dockerfile: 'FROM ubuntu\nRUN ln -s foo bar && something_with /bin/sh\n', expect: [] },
  { name: '/bin/sh as the link target, not the link', dockerfile: 'FROM ubuntu\nRUN ln -sf /bin/sh /usr/local/bin/sh\n', expect: [] },
  { name: 'giving a shell-less image a /bin/sh', dockerfile: 'FROM gcr.io/distroless/static:debug\nSHELL ["/busybox/sh", "-c"]\nRUN ln -s /busybox/sh /bin/sh\n', expect: [] },
  { name: 'suppressed', dockerfile: 'FROM ubuntu\n# hadolint ignore=DL4005\nRUN ln -sf /bin/bash /bin/sh\n', expect: [] },
]);
