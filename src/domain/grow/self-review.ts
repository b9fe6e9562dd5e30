/**
 * The self-review's two rules: what the person is sent (only about them, this quarter), and
 * how their answers join the check-in the manager is writing without overwriting it.
 */
import type { CheckInDraft } from '../../db/grow.ts';
import type { SelfReviewAnswers, SelfReviewPart } from '../../io/self-review-file.ts';
import type { Capability, LevelScale } from '../../schemas/capability.ts';
import { descriptorText } from '../matrix-view.ts';

export interface PartSource {
  person: { id: string; name: string };
  quarter: string;
  values: Pick<CheckInDraft, 'goals' | 'levels'>;
  capabilities: readonly Capability[];
  scaleOf: (scaleId: string) => LevelScale;
  lastAreasToGrow: string;
}

/** The part for the person: their goals as written now, and the capabilities looked at together, each with what its levels look like. */
export function selfReviewPartOf(source: PartSource, partId: string, issuedAt: string): SelfReviewPart {
  const capabilities = source.values.levels.flatMap((l) => {
    const c = source.capabilities.find((x) => x.id === l.capabilityId);
    if (!c) return [];
    const scale = source.scaleOf(c.scaleId);
    return [{ id: c.id, name: c.name, description: c.description, levels: scale.levels.map((level) => ({ value: level.value, name: level.name, description: descriptorText(c, scale, level.value) })) }];
  });
  return {
    partId,
    person: { id: source.person.id, name: source.person.name },
    quarter: source.quarter,
    issuedAt,
    goals: source.values.goals.filter((g) => g.id && g.text.trim() !== '').map((g) => ({ id: g.id!, text: g.text.trim(), status: g.status, ...(g.due ? { due: g.due } : {}) })),
    capabilities,
    lastAreasToGrow: source.lastAreasToGrow,
  };
}

/**
 * The check-in with the person's answers taken in. What the manager wrote stays: their
 * strengths and wins are added after the manager's (up to three, none twice), their areas to
 * grow are added below in their words, their goal statuses and self levels are taken.
 */
export function withAnswers<V extends Pick<CheckInDraft, 'strengths' | 'wins' | 'areasToGrow' | 'goals' | 'levels'>>(values: V, answers: SelfReviewAnswers): V {
  const key = (text: string) => text.trim().toLocaleLowerCase();
  const strengths = [...values.strengths];
  for (const s of answers.strengths) if (strengths.length < 3 && !strengths.some((x) => key(x.text) === key(s.text))) strengths.push({ ...s });
  const wins = [...values.wins];
  for (const w of answers.wins) if (wins.length < 3 && !wins.some((x) => key(x) === key(w))) wins.push(w);
  const theirs = answers.areasToGrow.trim();
  const areasToGrow = theirs === '' || values.areasToGrow.includes(theirs) ? values.areasToGrow : values.areasToGrow.trim() === '' ? theirs : `${values.areasToGrow.trim()}\n\nIn their words: ${theirs}`;
  const goals = values.goals.map((g) => {
    const answer = answers.goals.find((a) => a.id === g.id);
    return answer ? { ...g, status: answer.status } : g;
  });
  const levels = values.levels.map((l) => {
    const answer = answers.levels.find((a) => a.capabilityId === l.capabilityId);
    return answer ? { ...l, self: answer.level } : l;
  });
  for (const a of answers.levels) if (!levels.some((l) => l.capabilityId === a.capabilityId)) levels.push({ capabilityId: a.capabilityId, self: a.level });
  return { ...values, strengths, wins, areasToGrow, goals, levels };
}
