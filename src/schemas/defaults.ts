/** Defaults shared by the schemas and by code that must not load Zod. */
export const DEFAULT_RETENTION_DAYS = 180;
/** The share of the team's time set aside for learning when the manager has not set one: within the 10–20 % many teams aim for. */
export const DEFAULT_LEARNING_MARGIN = 15;
