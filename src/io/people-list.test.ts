import { describe, expect, it } from 'vitest';
import { describeProblem, readPeopleList } from './people-list.ts';

const names = (list: { name: string }[]) => list.map((p) => p.name);

describe('readPeopleList', () => {
  it('reads tab-separated lines as a spreadsheet copies them, without a header row', () => {
    const preview = readPeopleList('Ada Lovelace\tStaff engineer\tL5\t2024-03-01\nGrace Hopper\tEngineer\tL3\t2025-01-15\n', []);
    expect(preview.problems).toEqual([]);
    expect(preview.header).toBe(false);
    expect(preview.add).toEqual([
      { line: 1, name: 'Ada Lovelace', role: 'Staff engineer', level: 'L5', startDate: '2024-03-01' },
      { line: 2, name: 'Grace Hopper', role: 'Engineer', level: 'L3', startDate: '2025-01-15' },
    ]);
  });

  it('reads comma-separated lines with quoted fields, commas and quotes inside them', () => {
    const preview = readPeopleList('"Mensah, Kofi","Engineer, payments",L4,2025-02-03\n"Ines ""Nes"" Duarte",Engineer,,\n', []);
    expect(preview.problems).toEqual([]);
    expect(preview.add).toEqual([
      { line: 1, name: 'Mensah, Kofi', role: 'Engineer, payments', level: 'L4', startDate: '2025-02-03' },
      { line: 2, name: 'Ines "Nes" Duarte', role: 'Engineer', level: '' },
    ]);
  });

  it('uses a header row to find the columns in any order, and leaves other columns out', () => {
    const preview = readPeopleList('Email,Start date,Full name,Job title,Grade\nada@example.com,2024-03-01,Ada Lovelace,Staff engineer,L5\n', []);
    expect(preview.header).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview.add).toEqual([{ line: 2, name: 'Ada Lovelace', role: 'Staff engineer', level: 'L5', startDate: '2024-03-01' }]);
  });

  it('keeps line numbers right past blank lines, Windows line ends and a quoted line break', () => {
    const preview = readPeopleList('Name,Role\r\n\r\nAda,"Staff\r\nengineer"\r\n\r\nGrace,Engineer,L3,15/01/2025\r\n', []);
    // With a header naming two columns, the others are left out.
    expect(preview.add.map((p) => [p.line, p.name, p.level])).toEqual([[3, 'Ada', ''], [6, 'Grace', '']]);
    expect(preview.problems.map(describeProblem)).toEqual([]);
    const bad = readPeopleList('Ada,"Staff\nengineer",L5,2024-03-01\n\nGrace,Engineer,L3,15/01/2025\n', []);
    expect(bad.problems.map(describeProblem)).toEqual(['Line 4: Grace: start date “15/01/2025” is not a day; write it as YYYY-MM-DD, e.g. 2025-03-17.']);
  });

  it('names every bad line and what is wrong with it: dates, levels, names, columns', () => {
    const preview = readPeopleList(
      ['Ada,Engineer,L5,2025-02-30', ',Engineer,L3,2025-01-01', 'Grace,Engineer,2025-01-15', `Kofi,Engineer,${'L'.repeat(501)},`, 'Lena,Engineer,L3,2025-01-01,extra', 'Ravi,Engineer,L2,2025-01-01'].join('\n'),
      [],
    );
    expect(preview.problems.map(describeProblem)).toEqual([
      'Line 1: Ada: start date “2025-02-30” is not a day; write it as YYYY-MM-DD, e.g. 2025-03-17.',
      'Line 2: no name: the name comes first (or add a header row that says which column is Name).',
      'Line 3: Grace: level “2025-01-15” looks like a date: is a column missing? The columns are name, role, level, start date.',
      'Line 4: Kofi: level is too long (at most 500 characters).',
      'Line 5: Lena: 5 columns, but a list without a header row has at most 4: name, role, level, start date.',
    ]);
    expect(names(preview.add)).toEqual(['Ravi']);
  });

  it('sets apart people already on the team, and refuses a name listed twice', () => {
    const preview = readPeopleList('Ada Lovelace,Engineer\n  grace   HOPPER ,Engineer\nKofi,Engineer\nkofi,Engineer\n', ['Grace Hopper']);
    expect(names(preview.add)).toEqual(['Ada Lovelace', 'Kofi']);
    expect(names(preview.existing)).toEqual(['grace HOPPER']);
    expect(preview.problems.map(describeProblem)).toEqual(['Line 4: kofi is listed twice (also on line 3).']);
  });

  it('says so when the text holds nobody, or a quote is never closed', () => {
    expect(readPeopleList(' \n\n', []).problems.map(describeProblem)).toEqual(['Line 1: the list is empty: paste one person a line (name, role, level, start date).']);
    expect(readPeopleList('Ada,Engineer\n"Grace,Engineer\n', []).problems.map((p) => p.line)).toContain(2);
  });
});
