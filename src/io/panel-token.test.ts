import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { kitDocument, kitDocumentName, mintPanelToken, roleFor, verifyPanelToken } from './panel-token.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const WORKSPACE = '0a0a0a0a-0000-4000-8000-000000000001';
const KIT = '0b0b0b0b-0000-4000-8000-00000000000a';
const doc = kitDocumentName(WORKSPACE, KIT);
const NOW = new Date('2026-11-23T09:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);

describe('panel tokens', () => {
  it('name a kit document by workspace and kit', () => {
    expect(kitDocument(doc)).toEqual({ workspaceKey: WORKSPACE, partId: KIT });
    expect(kitDocument(`${doc}.more`)).toBeUndefined();
    expect(kitDocument('turbine.x.kit.y')).toBeUndefined();
  });

  it('carry the grant, the issuer and the expiry, signed HS256', async () => {
    const token = await mintPanelToken({ role: 'interviewer', doc }, SECRET, later(48));
    expect(decodeJwt(token)).toMatchObject({ role: 'interviewer', doc, iss: 'turbine', exp: Math.floor(later(48).getTime() / 1000) });
    expect(JSON.parse(atob(token.split('.')[0]!))).toEqual({ alg: 'HS256' });
    expect(await verifyPanelToken(token, SECRET, later(47))).toEqual({ role: 'interviewer', doc });
  });

  it('are refused once expired, when signed with another secret, or when they grant nothing Turbine knows', async () => {
    const token = await mintPanelToken({ role: 'manager', workspace: WORKSPACE }, SECRET, later(1));
    await expect(verifyPanelToken(token, SECRET, later(2))).rejects.toThrow('the token has expired');
    await expect(verifyPanelToken(token, 'another-secret-that-is-long-enough-012345', NOW)).rejects.toThrow('the token is not one this server signed');
    await expect(verifyPanelToken('not.a.token', SECRET, NOW)).rejects.toThrow('the token is not one this server signed');
    await expect(mintPanelToken({ role: 'interviewer', doc: 'anything' }, SECRET, later(1))).rejects.toThrow();
    await expect(mintPanelToken({ role: 'manager', workspace: WORKSPACE }, 'short', later(1))).rejects.toThrow('at least 32 characters');
  });

  it('open exactly the documents they grant', () => {
    expect(roleFor({ role: 'interviewer', doc }, doc)).toBe('interviewer');
    expect(roleFor({ role: 'interviewer', doc }, kitDocumentName(WORKSPACE, '0b0b0b0b-0000-4000-8000-00000000000b'))).toBeUndefined();
    expect(roleFor({ role: 'manager', workspace: WORKSPACE }, doc)).toBe('manager');
    expect(roleFor({ role: 'manager', workspace: WORKSPACE }, kitDocumentName('0a0a0a0a-0000-4000-8000-000000000002', KIT))).toBeUndefined();
    expect(roleFor({ role: 'manager', workspace: WORKSPACE }, 'something-else')).toBeUndefined();
  });
});
