/** Small hand-made workspaces for unit tests. */
import { emptyWorkspace } from '../schemas/records.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';

export const ids = {
  person: '11111111-1111-4111-8111-111111111111',
  person2: '11111111-1111-4111-8111-111111111112',
  scale: '22222222-2222-4222-8222-222222222222',
  area: '33333333-3333-4333-8333-333333333333',
  capability: '44444444-4444-4444-8444-444444444444',
  assessment: '55555555-5555-4555-8555-555555555555',
  team: '66666666-6666-4666-8666-666666666666',
};

export function tinyWorkspace(): WorkspaceData {
  return {
    ...emptyWorkspace(),
    teams: [{ id: ids.team, name: 'Payments', mission: 'Move money safely', value: '', vision: '', partners: [] }],
    people: [
      { id: ids.person, name: 'Ada', role: 'Engineer', level: 'Senior', status: 'member', fit: '' },
      { id: ids.person2, name: 'Grace', role: 'Engineer', level: 'Staff', status: 'member', fit: '' },
    ],
    levelScales: [{ id: ids.scale, name: 'Default', levels: [{ value: 0, name: 'None', description: '' }, { value: 1, name: 'Learning', description: '' }] }],
    capabilityAreas: [{ id: ids.area, name: 'Delivery', description: '', order: 0 }],
    capabilities: [
      { id: ids.capability, areaId: ids.area, name: 'Testing', kind: 'technical', description: '', scaleId: ids.scale, descriptors: [] },
    ],
    assessments: [
      { id: ids.assessment, personId: ids.person, capabilityId: ids.capability, level: 1, interested: true, at: '2026-11-01T10:00:00.000Z', source: 'manager' },
    ],
    settings: { retentionDays: 180 },
  };
}

export function fileText(data: unknown, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'turbine-workspace',
    formatVersion: 2,
    exportedAt: '2026-11-23T09:00:00.000Z',
    app: { name: 'Turbine', version: '0.1.0' },
    data,
    ...overrides,
  });
}
