import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile } from './ical.ts';

const entries = [
  { uid: 'a1b2', day: '2026-12-31', summary: 'Pair on the ledger; bring notes, questions', description: 'Line one\nline two \\ done' },
  { uid: 'c3d4', day: '2027-01-04', summary: `Read ${'the long design note of the reconciliation jobs, '.repeat(3)}and the runbook: Zoë’s 🚀` },
];

describe('calendarFile', () => {
  it('writes all-day events a real iCalendar parser reads back, text and days intact', () => {
    const text = calendarFile('Mei: ledger', entries, '2026-12-06T21:15:30.123Z');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['a1b2@turbine', 'c3d4@turbine']);
    expect(events.map((e) => e.summary)).toEqual(entries.map((e) => e.summary));
    expect(events[0]!.description).toBe('Line one\nline two \\ done');
    expect(events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual([
      [true, '2026-12-31', '2027-01-01'],
      [true, '2027-01-04', '2027-01-05'],
    ]);
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-06T21:15:30Z');
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    const text = calendarFile('Mei', entries, '2026-12-06T21:15:30.123Z');
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('keeps the same UID for the same record, so a second export updates the calendar', () => {
    const first = calendarFile('Mei', entries, '2026-12-06T21:15:30.123Z');
    const again = calendarFile('Mei', [{ ...entries[0]!, day: '2027-01-08' }], '2026-12-07T08:00:00.000Z');
    const uid = (text: string) => new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid');
    expect(uid(again)).toBe(uid(first));
  });
});
