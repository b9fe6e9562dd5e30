/**
 * Who may open which document on the team's sync server (server/sync-server.ts), as a signed
 * token: a JWT, HS256 with the server's secret, which the manager enters once in their Turbine.
 * The manager's Turbine mints one per kit for its interviewer (their kit's document, and no
 * other) and one for itself (every kit document of its workspace); the server checks the
 * signature, the expiry and that the document asked for is the one granted.
 *
 * Document names: `turbine.<workspace key>.kit.<kit id>`, so a manager's grant is a prefix and
 * an interviewer's a whole name.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** The secret must be long enough that guessing it is hopeless: 32 characters at least. */
export const MIN_SECRET_LENGTH = 32;

const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'must be a UUID' });

export const kitDocumentName = (workspaceKey: string, partId: string) => `turbine.${workspaceKey}.kit.${partId}`;
const KIT_DOCUMENT = /^turbine\.([0-9a-f-]{36})\.kit\.([0-9a-f-]{36})$/;

/** The workspace and kit a document name stands for; undefined for any other name. */
export function kitDocument(name: string): { workspaceKey: string; partId: string } | undefined {
  const m = KIT_DOCUMENT.exec(name);
  return m ? { workspaceKey: m[1]!, partId: m[2]! } : undefined;
}

export const PanelGrant = z.discriminatedUnion('role', [
  /** Their kit's document: the kit read-only, their scorecard writable (the server enforces which is which). */
  z.object({ role: z.literal('interviewer'), doc: z.string().refine((d) => kitDocument(d) !== undefined, { error: 'must name a kit document' }) }),
  /** Every kit document of the workspace: the kits writable, the scorecards read-only. */
  z.object({ role: z.literal('manager'), workspace: Uuid }),
]);
export type PanelGrant = z.infer<typeof PanelGrant>;

const key = (secret: string) => {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the sync server's secret must be at least ${MIN_SECRET_LENGTH} characters long`);
  return new TextEncoder().encode(secret);
};

const ISSUER = 'turbine';

export async function mintPanelToken(grant: PanelGrant, secret: string, expiresAt: Date): Promise<string> {
  return new SignJWT({ ...PanelGrant.parse(grant) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

/** Why a token opens nothing, in words the server logs and sends the refused client (Hocuspocus sends `reason`). */
export class PanelTokenRefused extends Error {
  override readonly name = 'PanelTokenRefused';
  readonly reason: string;
  constructor(message: string) {
    super(message);
    this.reason = message;
  }
}

/** The refusal of a document the manager removed: a browser that kept it forgets it too. */
export const KIT_WITHDRAWN = 'this kit was withdrawn by the hiring manager';

/** The grant a token holds, once its signature, issuer and expiry hold; refused otherwise. */
export async function verifyPanelToken(token: string, secret: string, now: Date = new Date()): Promise<PanelGrant> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], issuer: ISSUER, requiredClaims: ['exp'], currentDate: now });
    const grant = PanelGrant.safeParse(payload);
    if (!grant.success) throw new PanelTokenRefused('the token grants nothing Turbine knows');
    return grant.data;
  } catch (e) {
    if (e instanceof PanelTokenRefused) throw e;
    if (e instanceof errors.JWTExpired) throw new PanelTokenRefused('the token has expired: ask the hiring manager for a new link');
    throw new PanelTokenRefused('the token is not one this server signed');
  }
}

/** What a grant may do with one document: nothing (undefined), or act as an interviewer or the manager. */
export function roleFor(grant: PanelGrant, documentName: string): PanelGrant['role'] | undefined {
  if (grant.role === 'interviewer') return grant.doc === documentName ? 'interviewer' : undefined;
  return kitDocument(documentName)?.workspaceKey === grant.workspace ? 'manager' : undefined;
}
