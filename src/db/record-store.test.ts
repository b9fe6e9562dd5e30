import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB } from './database.ts';
import { countGroups, countKind, putGroup, readGroup, readGroups, readKind } from './record-store.ts';
import { ids } from '../test/workspaces.ts';
import type { RecordOf } from '../schemas/records.ts';

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  db = new TurbineDB(`record-store-test-${n++}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const assessment = (id: string, personId: string): RecordOf<'assessments'> => ({
  id,
  personId,
  capabilityId: ids.capability,
  level: 1,
  interested: false,
  at: '2026-11-01T10:00:00.000Z',
  source: 'manager',
});

describe('groups', () => {
  it('reads back what was put, per group, and nothing for a group never written', async () => {
    const a = assessment('a0000000-0000-4000-8000-000000000001', ids.person);
    const b = assessment('a0000000-0000-4000-8000-000000000002', ids.person2);
    await putGroup(db, 'assessments', ids.person, [a]);
    await putGroup(db, 'assessments', ids.person2, [b]);
    expect(await readGroup(db, 'assessments', ids.person)).toEqual([a]);
    expect(await readGroup(db, 'scorecards', ids.person)).toEqual([]);
    expect(await readKind(db, 'assessments')).toEqual([a, b]);
    expect(await countKind(db, 'assessments')).toBe(2);
    expect(await countGroups(db, 'assessments')).toBe(2);
    // Several groups in one read, in the order asked, a group never written giving nothing.
    expect(await readGroups(db, 'assessments', [ids.person2, 'a0000000-0000-4000-8000-00000000000f', ids.person])).toEqual([b, a]);
  });

  it('drops the row of a group put empty, so only groups with records are counted', async () => {
    await putGroup(db, 'assessments', ids.person, [assessment('a0000000-0000-4000-8000-000000000001', ids.person)]);
    await putGroup(db, 'assessments', ids.person, []);
    expect(await countGroups(db, 'assessments')).toBe(0);
    expect(await readGroup(db, 'assessments', ids.person)).toEqual([]);
  });
});
