import { z } from 'zod';

// Pages run under a CSP without 'unsafe-eval'. Zod compiles object parsers with `new Function`
// after probing for it, and the probe alone is reported as a CSP violation even though Zod
// catches it. So on a page (the 1:1 and decision forms validate there) Zod runs without its JIT;
// workers (the import worker: no page CSP, big files) keep it. This must run before any schema
// is built, hence here: every schema file imports this one first.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Every record is addressed by a random UUID so files from two machines can merge. */
export const Id = z.uuid({ error: 'must be a UUID' });
/** A calendar day, e.g. 2026-11-23. */
export const IsoDate = z.iso.date({ error: 'must be a date like 2026-11-23' });
/** A moment in time, e.g. 2026-11-23T09:30:00.000Z. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'must be a date-time like 2026-11-23T09:30:00Z' });
/** Free text a manager writes; bounded so a corrupt file cannot balloon memory. */
export const Text = z.string().max(20_000);
export const ShortText = z.string().max(500);
export const Name = z.string().trim().min(1, { error: 'must not be empty' }).max(200);

/** Marks records loaded by "Try it with a sample team", so they can be removed again. */
export const SampleFlag = z.boolean().optional();

/**
 * When a db command last wrote this record. A save carries the value its form read, and
 * is refused when the stored record has moved on since (another tab saved it), so no
 * edit silently overwrites another. Absent on records written before format 2.
 */
export const UpdatedAt = IsoDateTime.optional();

/** A link a person can follow: http or https only, so imported text cannot smuggle in javascript: URLs. */
export const WebLink = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).max(2000);
