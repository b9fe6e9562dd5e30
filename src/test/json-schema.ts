/** A validator for one of Turbine's published JSON Schemas (a src/pages/schema/ route's GET), as a file's reader would use it. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export async function schemaValidator(get: () => Response) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(await get().json());
}
