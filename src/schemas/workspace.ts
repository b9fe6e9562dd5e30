import { z } from 'zod';
import { IsoDateTime, ShortText } from './common.ts';
import { recordKinds } from './record-kinds.ts';
import { Settings } from './settings.ts';
import { kindLabels, kinds, type RecordKind } from './kinds.ts';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from './format.ts';

export { kinds, kindLabels, type RecordKind };
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]>;
export type AnyRecord = RecordOf<RecordKind>;

const dataShape = Object.fromEntries(
  kinds.map((k) => [k, z.array(recordKinds[k]).default([])]),
) as { [K in RecordKind]: z.ZodDefault<z.ZodArray<(typeof recordKinds)[K]>> };

/** All records of a workspace, one array per kind, plus the settings row. */
export const WorkspaceData = z.object({ ...dataShape, settings: Settings.optional() });
export type WorkspaceData = z.infer<typeof WorkspaceData>;

export { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION };

/** The wrapper every exported workspace file carries, checked before anything else. */
export const WorkspaceFileHeader = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: IsoDateTime,
  app: z.object({ name: ShortText, version: ShortText }),
});

export const WorkspaceFile = WorkspaceFileHeader.extend({ data: WorkspaceData });
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;

