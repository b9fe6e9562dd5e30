/** The published JSON Schema must accept exactly what export writes, and refuse what import refuses. */
import { describe, expect, it } from 'vitest';
import { schemaValidator } from '../test/json-schema.ts';
import { GET } from '../pages/schema/turbine-workspace.v6.json.ts';
import { exportWorkspace, textOf } from './export-workspace.ts';
import { TurbineDB, useDatabase } from '../db/database.ts';
import { commitImport } from '../db/workspace.ts';
import { tinyWorkspace } from '../test/workspaces.ts';

const validator = () => schemaValidator(GET);

async function exportedTiny() {
  useDatabase(new TurbineDB(`json-schema-${Math.random()}`));
  await commitImport(tinyWorkspace(), 'replace');
  return JSON.parse(textOf(await exportWorkspace('2026-11-23T09:00:00.000Z')));
}

describe('the workspace JSON Schema', () => {
  it('accepts an exported workspace', async () => {
    const validate = await validator();
    const file = await exportedTiny();
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a file whose records break the schema', async () => {
    const validate = await validator();
    const file = await exportedTiny();
    file.data.people[0].status = 'retired';
    expect(validate(file)).toBe(false);
    file.data.people[0].status = 'member';
    file.format = 'something-else';
    expect(validate(file)).toBe(false);
  });
});
