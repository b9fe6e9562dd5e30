/**
 * The JSON Schema of a workspace file, generated at build time from the same Zod
 * schemas that validate imports, so the published description cannot drift.
 */
import { z } from 'zod';
import { WORKSPACE_FORMAT_VERSION, WorkspaceFile } from '../../schemas/workspace.ts';

export function GET(): Response {
  const schema = z.toJSONSchema(WorkspaceFile, { io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    $id: `turbine-workspace.v${WORKSPACE_FORMAT_VERSION}.json`,
    title: `Turbine workspace file, format version ${WORKSPACE_FORMAT_VERSION}`,
    description: 'A whole Turbine workspace as exported from the Data page.',
  };
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
