import { describe, expect, it } from 'vitest';
import { InterviewLoop, Opening } from '../../schemas/hiring.ts';
import { checkLoop } from './loop-checks.ts';

const C = (n: number) => `10000000-0000-4000-8000-00000000000${n}`;
const S = (n: number) => `30000000-0000-4000-8000-00000000000${n}`;
const CAPABILITY_NAMES = ['', 'API design', 'Testing', 'Payments', 'Mentoring', 'Incidents', 'SQL'];
const names = { capability: (id: string) => CAPABILITY_NAMES[Number(id.at(-1))]! };
const ADA = { personId: '00000000-0000-4000-8000-000000000001' };

type StageInput = Partial<InterviewLoop['stages'][number]> & { n: number };
const stage = ({ n, ...rest }: StageInput) => ({ id: S(n), name: `Stage ${n}`, kind: 'interview' as const, interviewers: [ADA], ...rest });
const loop = (...stages: StageInput[]) => InterviewLoop.parse({ id: S(0), name: 'Backend loop', stages: stages.map(stage) });
const opening = (mustHave: number[]) => Opening.parse({ id: S(9), title: 'Backend engineer', mustHave: mustHave.map(C) });

describe('checkLoop', () => {
  it('says a loop with no stages needs some, and nothing else', () => {
    expect(checkLoop(loop(), opening([1, 2]), names)).toEqual([
      { severity: 'problem', message: 'This loop has no stages yet: add at least a screen and an interview.' },
    ]);
  });

  it('finds nothing wrong with a sound loop', () => {
    const sound = loop(
      { n: 1, kind: 'screen', capabilityIds: [C(1), C(2)] },
      { n: 2, kind: 'take-home', capabilityIds: [C(1)], timeBoxHours: 3, interviewers: [] },
      { n: 3, capabilityIds: [C(2)] },
      { n: 4, kind: 'debrief', interviewers: [] },
    );
    expect(checkLoop(sound, opening([1, 2]), names)).toEqual([]);
  });

  it('names a must-have no stage assesses, and one only a single stage assesses', () => {
    const findings = checkLoop(loop({ n: 1, name: 'Screen', capabilityIds: [C(2)] }), opening([1, 2]), names);
    expect(findings).toEqual([
      { severity: 'problem', capabilityId: C(1), message: 'API design is a must-have but no stage assesses it: add it to at least 2 stages.' },
      {
        severity: 'problem',
        capabilityId: C(2),
        message: 'Testing is a must-have but only 1 stage assesses it (Screen): add it to another stage so no single interview decides.',
      },
    ]);
  });

  it('does not count a debrief as assessing a must-have, and says so', () => {
    const findings = checkLoop(
      loop({ n: 1, name: 'Screen', capabilityIds: [C(1)] }, { n: 2, kind: 'debrief', capabilityIds: [C(1)], interviewers: [] }),
      opening([1]),
      names,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/only 1 stage assesses it \(Screen\).*A debrief does not count/);
  });

  it('counts a capability listed twice in one stage once', () => {
    const findings = checkLoop(loop({ n: 1, name: 'Screen', capabilityIds: [C(1), C(1)] }), opening([1]), names);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('only 1 stage assesses it')]);
  });

  it('checks no must-haves when the opening has none or is not given', () => {
    const one = loop({ n: 1, capabilityIds: [C(1)] });
    expect(checkLoop(one, opening([]), names)).toEqual([]);
    expect(checkLoop(one, undefined, names)).toEqual([]);
  });

  it('flags a stage assessing more than four capabilities as too thin', () => {
    const four = loop({ n: 1, capabilityIds: [C(1), C(2), C(3), C(4)] });
    expect(checkLoop(four, undefined, names)).toEqual([]);
    const five = loop({ n: 1, name: 'Onsite', capabilityIds: [C(1), C(2), C(3), C(4), C(5)] });
    expect(checkLoop(five, undefined, names)).toEqual([
      {
        severity: 'warning',
        stageId: S(1),
        message: 'Onsite assesses 5 capabilities, too thin to gather real evidence on each: keep it to 4 or fewer and move the rest to another stage.',
      },
    ]);
  });

  it.each([
    [undefined, 'Take-home has no time box: tell candidates how long to spend, 4 hours at most.'],
    [0, 'Take-home has no time box: tell candidates how long to spend, 4 hours at most.'],
    [4.5, 'Take-home asks for 4.5 hours, which favours candidates with more free time: cut it to 4 hours or less.'],
    [8, 'Take-home asks for 8 hours, which favours candidates with more free time: cut it to 4 hours or less.'],
  ])('flags a take-home with a time box of %s hours', (timeBoxHours, message) => {
    const findings = checkLoop(loop({ n: 1, kind: 'take-home', name: 'Take-home', timeBoxHours }), undefined, names);
    expect(findings).toEqual([{ severity: 'problem', stageId: S(1), message }]);
  });

  it('allows a take-home of exactly four hours', () => {
    expect(checkLoop(loop({ n: 1, kind: 'take-home', timeBoxHours: 4 }), undefined, names)).toEqual([]);
  });

  it('warns about a screen or interview nobody runs, but not a take-home or debrief', () => {
    const findings = checkLoop(
      loop(
        { n: 1, kind: 'screen', name: 'Phone screen', interviewers: [] },
        { n: 2, name: 'Onsite', interviewers: [] },
        { n: 3, kind: 'take-home', timeBoxHours: 2, interviewers: [] },
        { n: 4, kind: 'debrief', interviewers: [] },
      ),
      undefined,
      names,
    );
    expect(findings).toEqual([
      { severity: 'warning', stageId: S(1), message: 'Phone screen has no interviewers yet: choose who runs it.' },
      { severity: 'warning', stageId: S(2), message: 'Onsite has no interviewers yet: choose who runs it.' },
    ]);
  });

  it('starts a sentence with a capital when it starts with a name typed in lower case', () => {
    const findings = checkLoop(loop({ n: 1, name: 'pairing session', interviewers: [] }), undefined, names);
    expect(findings.map((f) => f.message)).toContain('Pairing session has no interviewers yet: choose who runs it.');
  });

  it('warns about a rubric row for a capability the stage does not assess', () => {
    const anchors = { 1: 'none', 2: 'some', 3: 'solid', 4: 'deep' };
    const findings = checkLoop(
      loop({ n: 1, name: 'Onsite', capabilityIds: [C(1)], rubric: [{ capabilityId: C(1), anchors }, { capabilityId: C(6), anchors }] }),
      undefined,
      names,
    );
    expect(findings).toEqual([
      {
        severity: 'warning',
        stageId: S(1),
        capabilityId: C(6),
        message: 'The rubric for Onsite describes SQL, which the stage does not assess: add SQL to the stage or remove the row.',
      },
    ]);
  });
});
