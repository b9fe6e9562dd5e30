/**
 * The capability matrix as CSV, one row per rated cell (long format), so nothing is
 * dropped: level and its name, "wants to grow here", when and by whom it was set.
 * A spreadsheet pivot turns it into a grid. The manager's view and the self-assessment
 * are separate rows of a cell, told apart by `source`.
 */
import Papa from 'papaparse';
import type { CellIndex } from '../domain/matrix-cells.ts';
import { cellOf } from '../domain/matrix-cells.ts';
import { capabilitiesInView, peopleInView, scaleLookup } from '../domain/matrix-view.ts';
import type { RecordOf } from '../schemas/records.ts';

export const MATRIX_CSV_COLUMNS = ['person', 'role', 'area', 'capability', 'level', 'level_name', 'wants_to_grow', 'assessed_at', 'source'] as const;

export function matrixCsv(input: {
  people: RecordOf<'people'>[];
  capabilityAreas: RecordOf<'capabilityAreas'>[];
  capabilities: RecordOf<'capabilities'>[];
  levelScales: RecordOf<'levelScales'>[];
  /** The manager's view. */
  cells: CellIndex;
  /** The self-assessments, written after the manager's row of the same cell. */
  selfCells?: CellIndex;
}): string {
  const filter = { areaId: '', person: '' };
  const areaName = new Map(input.capabilityAreas.map((a) => [a.id, a.name]));
  const scaleOf = scaleLookup(input.levelScales);
  const rows: string[][] = [];
  for (const person of peopleInView(input.people, filter)) {
    for (const capability of capabilitiesInView(input.capabilityAreas, input.capabilities, filter)) {
      for (const index of input.selfCells ? [input.cells, input.selfCells] : [input.cells]) {
        const cell = cellOf(index, person.id, capability.id);
        if (!cell || (cell.level === null && !cell.interested)) continue;
        const name = cell.level === null ? '' : (scaleOf(capability.scaleId).levels.find((l) => l.value === cell.level)?.name ?? '');
        rows.push([
          person.name,
          person.role,
          areaName.get(capability.areaId) ?? '',
          capability.name,
          cell.level === null ? '' : String(cell.level),
          name,
          cell.interested ? 'yes' : 'no',
          cell.at,
          cell.source,
        ]);
      }
    }
  }
  return Papa.unparse({ fields: [...MATRIX_CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}
