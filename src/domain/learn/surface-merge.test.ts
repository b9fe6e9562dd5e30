import { describe, expect, it } from 'vitest';
import { planSurfaceImport, type SystemDraft } from './surface-merge.ts';
import type { System } from '../../schemas/system.ts';

const stored: System = {
  id: 'sys-1',
  name: 'Ledger',
  kind: 'service',
  description: 'Money movements',
  links: [{ label: 'Runbook', url: 'https://wiki.example.com/ledger' }],
  ownerIds: ['ada'],
  capabilityIds: ['cap-ledger'],
  externalKey: 'component:default/ledger',
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const draft = (fields: Partial<SystemDraft> = {}): SystemDraft => ({
  externalKey: 'component:default/ledger',
  name: 'Ledger',
  kind: 'service',
  description: 'Money movements',
  links: [{ label: 'Runbook', url: 'https://wiki.example.com/ledger' }],
  ownerIds: ['ada'],
  ...fields,
});

describe('planSurfaceImport', () => {
  it('adds systems whose key is new and leaves the same description unchanged', () => {
    const plan = planSurfaceImport([stored], [draft(), draft({ externalKey: 'component:default/refunds', name: 'Refunds' })]);
    expect(plan.add.map((d) => d.name)).toEqual(['Refunds']);
    expect(plan.unchanged).toEqual(['Ledger']);
    expect(plan.update).toEqual([]);
  });

  it('updates by key, whatever its case, keeping the capabilities only Turbine knows', () => {
    const plan = planSurfaceImport([stored], [draft({ externalKey: 'Component:Default/Ledger', name: 'Double-entry ledger', ownerIds: ['grace'] })]);
    expect(plan.add).toEqual([]);
    expect(plan.update).toHaveLength(1);
    const [update] = plan.update;
    expect(update!.changes).toEqual(['name', 'owners']);
    expect(update!.updatedAt).toBe(stored.updatedAt);
    expect(update!.after).toMatchObject({ id: 'sys-1', name: 'Double-entry ledger', ownerIds: ['grace'], capabilityIds: ['cap-ledger'] });
  });

  it('keeps the recorded owners and description when the file names no one on the team and says nothing', () => {
    const plan = planSurfaceImport([stored], [draft({ ownerIds: [], description: '' })]);
    expect(plan.unchanged).toEqual(['Ledger']);
  });

  it('takes the last of a key repeated in the file', () => {
    const plan = planSurfaceImport([], [draft({ name: 'First' }), draft({ name: 'Second' })]);
    expect(plan.add.map((d) => d.name)).toEqual(['Second']);
  });
});
