import { describe, expect, it } from 'vitest';
import { appendToNotes, cadenceOf, cadences, describeCadence, logNewestFirst, questionOutline, openActionItems, overdueOneOnOnes, UNPLANNED_AFTER_DAYS } from './one-on-ones.ts';
import { addDays } from './dates.ts';

const TODAY = '2026-11-23';
const ada = { id: 'ada', name: 'Ada', status: 'member' as const };
const grace = { id: 'grace', name: 'Grace', status: 'member' as const };
const lin = { id: 'lin', name: 'Lin', status: 'new-hire' as const };
const gone = { id: 'gone', name: 'Gone', status: 'moved-on' as const };

let n = 0;
const oneOnOne = (personId: string, date: string, nextDate?: string, items: { text: string; done: boolean; owner?: string }[] = []) => ({
  id: `o${n++}`,
  personId,
  date,
  ...(nextDate ? { nextDate } : {}),
  actionItems: items.map((i, k) => ({ id: `i${n}-${k}`, text: i.text, owner: i.owner ?? '', done: i.done })),
});

describe('cadenceOf', () => {
  it('says "never" for a current person with no 1:1 at all', () => {
    expect(cadenceOf(ada, [], TODAY)).toEqual({ personId: 'ada', state: 'never', overdue: true, held: 0 });
    expect(describeCadence(cadenceOf(ada, [], TODAY))).toBe('never had a 1:1');
  });

  it('is planned when the next date is today or later', () => {
    expect(cadenceOf(ada, [oneOnOne('ada', '2026-11-10', '2026-11-24')], TODAY)).toMatchObject({ state: 'planned', overdue: false, last: '2026-11-10', next: '2026-11-24' });
    expect(cadenceOf(ada, [oneOnOne('ada', '2026-11-10', TODAY)], TODAY)).toMatchObject({ state: 'planned', overdue: false, next: TODAY });
  });

  it('is overdue by the days since the next date passed', () => {
    const c = cadenceOf(ada, [oneOnOne('ada', '2026-11-01', '2026-11-19')], TODAY);
    expect(c).toMatchObject({ state: 'overdue', overdue: true, next: '2026-11-19', days: 4 });
    expect(describeCadence(c)).toBe('4 days overdue');
    expect(describeCadence(cadenceOf(ada, [oneOnOne('ada', '2026-11-01', '2026-11-22')], TODAY))).toBe('1 day overdue');
  });

  it('takes the next date from the latest 1:1 that set one, not the latest date anywhere', () => {
    const log = [oneOnOne('ada', '2026-10-01', '2026-12-31'), oneOnOne('ada', '2026-11-01', '2026-11-15')];
    expect(cadenceOf(ada, log, TODAY)).toMatchObject({ state: 'overdue', next: '2026-11-15', days: 8 });
  });

  it('keeps a planned date when a 1:1 without one happens in between', () => {
    const log = [oneOnOne('ada', '2026-11-01', '2026-11-30'), oneOnOne('ada', '2026-11-10')];
    expect(cadenceOf(ada, log, TODAY)).toMatchObject({ state: 'planned', last: '2026-11-10', next: '2026-11-30' });
  });

  it('forgets a next date once a 1:1 on or after it has been held', () => {
    const recent = [oneOnOne('ada', '2026-11-01', '2026-11-15'), oneOnOne('ada', '2026-11-15')];
    expect(cadenceOf(ada, recent, TODAY)).toMatchObject({ state: 'recent', overdue: false, last: '2026-11-15' });
    expect(describeCadence(cadenceOf(ada, recent, TODAY))).toBe('none planned yet');
  });

  it('flags a person with no next 1:1 planned once the last is more than a month ago', () => {
    const edge = addDays(TODAY, -UNPLANNED_AFTER_DAYS);
    expect(cadenceOf(ada, [oneOnOne('ada', edge)], TODAY)).toMatchObject({ state: 'recent', overdue: false });
    const c = cadenceOf(ada, [oneOnOne('ada', addDays(edge, -1))], TODAY);
    expect(c).toMatchObject({ state: 'unplanned', overdue: true, days: UNPLANNED_AFTER_DAYS + 1 });
    expect(describeCadence(c)).toBe('none planned; the last was 31 days ago');
  });

  it('counts a 1:1 dated after today as planned, which also covers a next date that passed', () => {
    const log = [oneOnOne('ada', '2026-11-01', '2026-11-15'), oneOnOne('ada', '2026-11-27')];
    expect(cadenceOf(ada, log, TODAY)).toMatchObject({ state: 'planned', overdue: false, last: '2026-11-01', next: '2026-11-27', held: 1 });
    expect(cadenceOf(ada, [oneOnOne('ada', '2026-12-01')], TODAY)).toMatchObject({ state: 'planned', next: '2026-12-01', held: 0 });
  });

  it('picks the earliest upcoming date', () => {
    const log = [oneOnOne('ada', '2026-11-20', '2026-12-04'), oneOnOne('ada', '2026-11-30')];
    expect(cadenceOf(ada, log, TODAY)).toMatchObject({ next: '2026-11-30' });
  });

  it('never flags people who moved on or have not started yet', () => {
    expect(cadenceOf(gone, [], TODAY)).toMatchObject({ state: 'not-due', overdue: false });
    expect(cadenceOf(gone, [oneOnOne('gone', '2026-01-01', '2026-01-15')], TODAY)).toMatchObject({ state: 'not-due', overdue: false, last: '2026-01-01' });
    expect(cadenceOf({ ...lin, startDate: '2026-12-01' }, [], TODAY)).toMatchObject({ state: 'not-due', overdue: false });
    expect(cadenceOf({ ...lin, startDate: TODAY }, [], TODAY)).toMatchObject({ state: 'never', overdue: true });
  });

  it('ignores other people’s 1:1s', () => {
    expect(cadenceOf(ada, [oneOnOne('grace', '2026-11-20', '2026-12-01')], TODAY).state).toBe('never');
  });
});

describe('overdueOneOnOnes', () => {
  it('lists the people due a 1:1, most urgent first', () => {
    const log = [
      oneOnOne('grace', '2026-10-01', '2026-10-20'), // 34 days overdue
      oneOnOne('lin', '2026-11-01', '2026-11-21'), // 2 days overdue
      oneOnOne('gone', '2026-01-01', '2026-01-15'),
      oneOnOne('tess', '2026-09-01'), // none planned, 83 days
    ];
    const tess = { id: 'tess', name: 'Tess', status: 'member' as const };
    const result = overdueOneOnOnes([lin, grace, ada, gone, tess, { id: 'bo', name: 'Bo', status: 'member' as const }], log, TODAY);
    expect(result.map((o) => [o.name, describeCadence(o.cadence)])).toEqual([
      ['Ada', 'never had a 1:1'],
      ['Bo', 'never had a 1:1'],
      ['Grace', '34 days overdue'],
      ['Lin', '2 days overdue'],
      ['Tess', 'none planned; the last was 83 days ago'],
    ]);
  });

  it('is empty when everyone has a 1:1 planned', () => {
    expect(overdueOneOnOnes([ada], [oneOnOne('ada', '2026-11-20', '2026-12-04')], TODAY)).toEqual([]);
  });

  it('handles 300 people with a year of weekly 1:1s (its speed: npm run bench)', () => {
    const people = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, status: 'member' as const }));
    const log = people.flatMap((p) => Array.from({ length: 52 }, (_, w) => oneOnOne(p.id, addDays('2025-11-24', w * 7), addDays('2025-11-24', w * 7 + 7))));
    const map = cadences(people, log, TODAY);
    expect(map.get('p0')).toMatchObject({ state: 'planned', held: 52 });
  });
});

describe('openActionItems', () => {
  it('lists items not done, from current people, oldest 1:1 first', () => {
    const log = [
      oneOnOne('grace', '2026-11-10', undefined, [{ text: 'Write the runbook', owner: 'Grace', done: false }, { text: 'Done already', done: true }]),
      oneOnOne('ada', '2026-10-01', undefined, [{ text: 'Pair on the ledger', owner: 'Engineering manager', done: false }]),
      oneOnOne('gone', '2026-09-01', undefined, [{ text: 'Hand over the rota', done: false }]),
      oneOnOne('nobody', '2026-09-01', undefined, [{ text: 'Dangling', done: false }]),
    ];
    expect(openActionItems([ada, grace, gone], log).map((i) => [i.text, i.owner, i.personName, i.date])).toEqual([
      ['Pair on the ledger', 'Engineering manager', 'Ada', '2026-10-01'],
      ['Write the runbook', 'Grace', 'Grace', '2026-11-10'],
    ]);
  });
});

describe('logNewestFirst', () => {
  it('keeps one person’s 1:1s, newest first, in a stable order on the same day', () => {
    const log = [
      { ...oneOnOne('ada', '2026-10-01'), id: 'b' },
      { ...oneOnOne('ada', '2026-11-01'), id: 'c' },
      { ...oneOnOne('grace', '2026-11-05'), id: 'd' },
      { ...oneOnOne('ada', '2026-10-01'), id: 'a' },
      { ...oneOnOne('ada', '2026-10-01', '2026-10-15'), id: 'e' },
    ];
    expect(logNewestFirst(log, 'ada').map((o) => o.id)).toEqual(['c', 'e', 'a', 'b']);
  });
});

describe('question outlines', () => {
  it('numbers the questions with room for answers, as plain text', () => {
    const outline = questionOutline('Getting to know you', ['How do you like feedback?', 'What drains you?']);
    expect(outline).toBe('Getting to know you\n\n1. How do you like feedback?\n\n2. What drains you?\n');
  });
  it('adds the outline after what is already in the notes', () => {
    expect(appendToNotes('', 'Q')).toBe('Q');
    expect(appendToNotes('  \n', 'Q')).toBe('Q');
    expect(appendToNotes('Met for coffee.\n\n', 'Q')).toBe('Met for coffee.\n\nQ');
  });
});
