import { describe, expect, it } from 'vitest';
import { leniencyWords, percent, rateText } from './calibration-words.ts';

describe('calibration words', () => {
  it('withholds a small sample in words, with how far it is from enough', () => {
    expect(rateText({ value: null, sample: 3, withheld: 'small-sample' }, percent)).toBe('not enough scorecards yet (3 of 5)');
    expect(rateText({ value: null, sample: 0, withheld: 'small-sample' }, percent, 'candidates')).toBe('not enough candidates yet (0 of 5)');
    expect(rateText({ value: 0.666, sample: 9 }, percent)).toBe('67%');
  });

  it('says lenient, severe or in line, with the signed difference', () => {
    expect(leniencyWords(0.42)).toBe('lenient (+0.42)');
    expect(leniencyWords(-0.51)).toBe('severe (−0.51)');
    expect(leniencyWords(0.08)).toBe('in line with the panel (+0.08)');
    expect(leniencyWords(-0.25)).toBe('severe (−0.25)');
    expect(leniencyWords(0)).toBe('in line with the panel (+0.00)');
  });
});
