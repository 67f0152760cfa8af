import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/**
 * The OASIS SARIF 2.1.0 schema (errata 01, the version GitHub code scanning documents), vendored from
 * https://github.com/oasis-tcs/sarif-spec/blob/main/sarif-2.1/schema/sarif-schema-2.1.0.json
 * (published at https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json).
 * It is a JSON Schema draft-04 document, hence ajv-draft-04.
 */
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'));

// Both packages are CommonJS with `exports.default`: under NodeNext that is where the types are.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);

export const validateSarif = ajv.compile(schema);
