/** The workspace file's identity, kept free of Zod so pages can stamp files without loading the schemas. */
export const WORKSPACE_FORMAT = 'turbine-workspace';
/** Bump when the file's shape changes, and add a named migration in src/io/migrations.ts. */
export const WORKSPACE_FORMAT_VERSION = 6;
