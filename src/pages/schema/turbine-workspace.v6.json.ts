/** The JSON Schema of a workspace file. */
import { WORKSPACE_FORMAT_VERSION, WorkspaceFile } from '../../schemas/workspace.ts';
import { jsonSchemaResponse } from '../../io/published-schema.ts';

export function GET(): Response {
  return jsonSchemaResponse(WorkspaceFile, {
    id: `turbine-workspace.v${WORKSPACE_FORMAT_VERSION}.json`,
    title: `Turbine workspace file, format version ${WORKSPACE_FORMAT_VERSION}`,
    description: 'A whole Turbine workspace as exported from the Data page.',
  });
}
