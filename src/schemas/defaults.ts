/** Defaults shared by the schemas and by code that must not load Zod. */
export const DEFAULT_RETENTION_DAYS = 180;
