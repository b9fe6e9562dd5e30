/**
 * The data inside an interview-loop file (src/io/loop-file.ts reads and writes the file;
 * src/domain/hire/loop-import.ts plans its import): one loop with the questions it asks
 * and the capabilities it names, by name, since the receiver's ids differ.
 */
import { z } from 'zod';
import { CapabilityKind } from './capability.ts';
import { Id, Name, ShortText, Text } from './common.ts';
import { InterviewLoop, Question } from './hiring.ts';

/** A capability as the file names it: enough to match it by name or create it. */
export const LoopFileCapability = z.object({
  id: Id,
  name: Name,
  kind: CapabilityKind.default('technical'),
  description: Text.default(''),
  /** The sender's area, kept so the receiver can see where it came from. */
  area: ShortText.default(''),
});
export type LoopFileCapability = z.infer<typeof LoopFileCapability>;

export const LoopFileData = z.object({
  loop: InterviewLoop,
  questions: z.array(Question).default([]),
  capabilities: z.array(LoopFileCapability).default([]),
});
export type LoopFileData = z.infer<typeof LoopFileData>;
