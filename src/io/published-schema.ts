/**
 * A JSON Schema document generated at build time from the Zod schema that validates the file,
 * so the published description cannot drift from what Turbine accepts.
 */
import { z } from 'zod';

export function jsonSchemaResponse(schema: z.ZodType, about: { id: string; title: string; description: string }): Response {
  const document = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), $id: about.id, title: about.title, description: about.description };
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
