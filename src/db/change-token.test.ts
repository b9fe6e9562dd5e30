import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TurbineDB } from './database.ts';
import { changeTokenMiddleware, currentChangeToken, hasRecordedChanges, markWorkspaceChanged } from './change-token.ts';

/** localStorage as a page has it (Node's test run has none). */
function pageStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  vi.stubGlobal('localStorage', pageStorage());
  db = new TurbineDB(`change-token-test-${n++}`);
  db.use(changeTokenMiddleware);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

describe('the change token', () => {
  it('is renewed by every kind of write, and by nothing else', async () => {
    expect(hasRecordedChanges()).toBe(false);
    const seen = [currentChangeToken()];
    const renewed = () => {
      const now = currentChangeToken();
      const fresh = !seen.includes(now);
      seen.push(now);
      return fresh;
    };

    await db.people.put({ id: 'p1', name: 'Mei', role: 'Engineer', updatedAt: '2026-12-07T09:00:00.000Z' } as never);
    expect(renewed()).toBe(true);
    expect(hasRecordedChanges()).toBe(true);

    await db.people.get('p1');
    await db.people.toArray();
    expect(renewed()).toBe(false);

    await db.people.bulkPut([{ id: 'p2', name: 'Ana' } as never, { id: 'p3', name: 'Sam' } as never]);
    expect(renewed()).toBe(true);
    await db.people.update('p2', { name: 'Ana B.' });
    expect(renewed()).toBe(true);
    await db.people.delete('p3');
    expect(renewed()).toBe(true);
    await db.people.clear();
    expect(renewed()).toBe(true);
    await db.transaction('rw', db.people, db.settings, async () => {
      await db.settings.put({ id: 'settings' } as never);
    });
    expect(renewed()).toBe(true);
  });

  it('is shared through localStorage, so a token another page wrote is the current one', () => {
    localStorage.setItem('turbine.changeToken', 'written-by-another-tab');
    expect(currentChangeToken()).toBe('written-by-another-tab');
    markWorkspaceChanged();
    expect(currentChangeToken()).not.toBe('written-by-another-tab');
  });

  it('matches nothing when localStorage is blocked, so every snapshot is taken afresh', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    await db.people.put({ id: 'p1', name: 'Mei' } as never);
    expect(currentChangeToken()).not.toBe(currentChangeToken());
    expect(hasRecordedChanges()).toBe(false);
  });

  it('matches nothing before any write was seen', () => {
    expect(currentChangeToken()).not.toBe(currentChangeToken());
  });
});
