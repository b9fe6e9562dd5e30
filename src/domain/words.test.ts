import { describe, expect, it } from 'vitest';
import { capitalise, countAdjective, endSentence, endsSentence, labelled, plural, quote, sentenceEndingWithQuote } from './words.ts';

describe('endSentence', () => {
  it('adds a full stop to a sentence that has none', () => {
    expect(endSentence('Saved the charter')).toBe('Saved the charter.');
    expect(endSentence('Done: “Ship it”')).toBe('Done: “Ship it”.');
  });
  it('adds none when the text (or the quote it ends with) already ends a sentence', () => {
    expect(endSentence('Saved.')).toBe('Saved.');
    expect(endSentence('Really?')).toBe('Really?');
    expect(endSentence('Done: “Write to the team.”')).toBe('Done: “Write to the team.”');
    expect(endSentence('Done: “Ship it!”')).toBe('Done: “Ship it!”');
    expect(endSentence('(see above.)')).toBe('(see above.)');
    expect(endSentence('Wait…')).toBe('Wait…');
    expect(endsSentence('“Why not?”  ')).toBe(true);
  });
  it('leaves empty text empty', () => {
    expect(endSentence('  ')).toBe('');
  });
});

describe('sentenceEndingWithQuote', () => {
  it('never puts a full stop after a quote that ends with one', () => {
    expect(sentenceEndingWithQuote('Done: ', 'Write to the team.')).toBe('Done: “Write to the team.”');
    expect(sentenceEndingWithQuote('Saved ', ' Adopt Postgres ')).toBe('Saved “Adopt Postgres”.');
    expect(quote(' a ')).toBe('“a”');
  });
});

describe('capitalise', () => {
  it('capitalises the first letter, past leading quotes and brackets', () => {
    expect(capitalise('in progress since Monday')).toBe('In progress since Monday');
    expect(capitalise('“done” for now')).toBe('“Done” for now');
    expect(capitalise('élan')).toBe('Élan');
  });
  it('leaves the rest, digits and empty text alone', () => {
    expect(capitalise('Already fine iPhone')).toBe('Already fine iPhone');
    expect(capitalise('3 people')).toBe('3 people');
    expect(capitalise('')).toBe('');
  });
});

describe('plural and countAdjective', () => {
  it('agrees a count with its noun', () => {
    expect(plural(1, 'hour')).toBe('1 hour');
    expect(plural(0, 'hour')).toBe('0 hours');
    expect(plural(5, 'hour')).toBe('5 hours');
    expect(plural(2, 'capability', 'capabilities')).toBe('2 capabilities');
    expect(plural(2.5, 'hour')).toBe('2.5 hours');
    expect(plural(1 / 3, 'hour')).toBe('0.3 hours');
    expect(plural(1250, 'record')).toBe('1,250 records');
  });
  it('keeps a count used as an adjective singular: a 3-hour time box', () => {
    expect(`a ${countAdjective(3, 'hour')} time box`).toBe('a 3-hour time box');
    expect(countAdjective(1, 'day')).toBe('1-day');
  });
});

describe('labelled', () => {
  it('shows a label with its value', () => {
    expect(labelled('Owner', ' Asha ')).toBe('Owner: Asha');
    expect(labelled('Reported', 5, { unit: ['hour'] })).toBe('Reported: 5 hours');
    expect(labelled('Energy', 4)).toBe('Energy: 4');
  });
  it('never leaves a label with nothing after it', () => {
    expect(labelled('Owner', '  ')).toBeUndefined();
    expect(labelled('Owner', undefined, { empty: 'No owner' })).toBe('No owner');
    expect(labelled('Hours', Number.NaN)).toBeUndefined();
    expect(labelled('Owner', null)).toBeUndefined();
  });
});
