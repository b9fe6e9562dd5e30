/**
 * Reads Turbine's IndexedDB straight from the browser, bypassing the app, so tests can
 * compare what is stored before and after an action. Grouped rows keep their records as
 * JSON text (src/db/layout.ts); those are parsed so that comparisons ignore key order.
 */
import type { Page } from '@playwright/test';

export type DatabaseDump = Record<string, unknown[]>;

export async function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = indexedDB.open('turbine');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              // The grouped tables and the field that holds their records as JSON text.
              const field = ({ assessmentLogs: 'assessments', scorecardSets: 'scorecards' } as Record<string, string>)[name];
              out[name] = field
                ? all.result.map((row: Record<string, unknown>) => ({ ...row, [field]: JSON.parse(row[field] as string) }))
                : all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Stored rows, settings aside (assessments and scorecards are grouped several to a row). */
export function recordCount(dump: DatabaseDump): number {
  return Object.entries(dump).reduce((n, [name, rows]) => n + (name === 'settings' ? 0 : rows.length), 0);
}
