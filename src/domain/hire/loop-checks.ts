/**
 * Checks shown while a hiring manager edits an interview loop. A problem makes the loop
 * unfair or blind to a must-have; a warning is worth a second look.
 */
import type { InterviewLoop, Opening } from '../../schemas/hiring.ts';

export interface LoopFinding {
  severity: 'problem' | 'warning';
  stageId?: string;
  capabilityId?: string;
  message: string;
}

/** Each must-have needs independent evidence from this many stages: no single interview decides. */
export const MIN_STAGES_PER_MUST_HAVE = 2;
/** More capabilities than this in one stage leaves too little time to gather evidence on each. */
export const MAX_CAPABILITIES_PER_STAGE = 4;
/** Longer take-homes favour candidates with more free time. */
export const MAX_TAKE_HOME_HOURS = 4;

type Stage = InterviewLoop['stages'][number];

import { capitalise, plural } from '../words.ts';

/** A debrief weighs the evidence other stages gathered; it gathers none of its own. */
const assesses = (stage: Stage, capabilityId: string) => stage.kind !== 'debrief' && stage.capabilityIds.includes(capabilityId);

export function checkLoop(
  loop: InterviewLoop,
  opening: Pick<Opening, 'mustHave'> | undefined,
  names: { capability: (id: string) => string },
): LoopFinding[] {
  // With no stages every other check would repeat the same news.
  if (loop.stages.length === 0) {
    return [{ severity: 'problem', message: 'This loop has no stages yet: add at least a screen and an interview.' }];
  }
  const findings: LoopFinding[] = [];

  for (const capabilityId of new Set(opening?.mustHave ?? [])) {
    const stages = loop.stages.filter((s) => assesses(s, capabilityId));
    if (stages.length >= MIN_STAGES_PER_MUST_HAVE) continue;
    const name = names.capability(capabilityId);
    const inDebrief = loop.stages.some((s) => s.kind === 'debrief' && s.capabilityIds.includes(capabilityId));
    findings.push({
      severity: 'problem',
      capabilityId,
      message:
        (stages.length === 0
          ? capitalise(`${name} is a must-have but no stage assesses it: add it to at least ${MIN_STAGES_PER_MUST_HAVE} stages.`)
          : capitalise(`${name} is a must-have but only 1 stage assesses it (${stages[0]!.name}): add it to another stage so no single interview decides.`)) +
        (inDebrief ? ' A debrief does not count: it weighs evidence rather than gathering it.' : ''),
    });
  }

  for (const stage of loop.stages) {
    const capabilityIds = [...new Set(stage.capabilityIds)];
    if (stage.kind !== 'debrief' && capabilityIds.length > MAX_CAPABILITIES_PER_STAGE) {
      findings.push({
        severity: 'warning',
        stageId: stage.id,
        message: capitalise(`${stage.name} assesses ${capabilityIds.length} capabilities, too thin to gather real evidence on each: keep it to ${MAX_CAPABILITIES_PER_STAGE} or fewer and move the rest to another stage.`),
      });
    }

    if (stage.kind === 'take-home') {
      // A time box of 0 hours tells the candidate nothing, so it counts as none.
      if (!stage.timeBoxHours) {
        findings.push({
          severity: 'problem',
          stageId: stage.id,
          message: capitalise(`${stage.name} has no time box: tell candidates how long to spend, ${MAX_TAKE_HOME_HOURS} hours at most.`),
        });
      } else if (stage.timeBoxHours > MAX_TAKE_HOME_HOURS) {
        findings.push({
          severity: 'problem',
          stageId: stage.id,
          message: capitalise(`${stage.name} asks for ${plural(stage.timeBoxHours, 'hour')}, which favours candidates with more free time: cut it to ${MAX_TAKE_HOME_HOURS} hours or less.`),
        });
      }
    }

    if ((stage.kind === 'screen' || stage.kind === 'interview') && stage.interviewers.length === 0) {
      findings.push({ severity: 'warning', stageId: stage.id, message: capitalise(`${stage.name} has no interviewers yet: choose who runs it.`) });
    }

    for (const capabilityId of new Set(stage.rubric.map((r) => r.capabilityId))) {
      if (capabilityIds.includes(capabilityId)) continue;
      const name = names.capability(capabilityId);
      findings.push({
        severity: 'warning',
        stageId: stage.id,
        capabilityId,
        message: `The rubric for ${stage.name} describes ${name}, which the stage does not assess: add ${name} to the stage or remove the row.`,
      });
    }
  }
  return findings;
}
