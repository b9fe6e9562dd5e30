import { describe, expect, it } from 'vitest';
import { asciiBytes } from './export-workspace.ts';

const text = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c)).join('');

describe('asciiBytes', () => {
  it('writes every non-ASCII character as a \\u escape that parses back to the same text', () => {
    const value = { name: 'Zoë – 🚀 “naïve”', plain: 'abc' };
    const out = text(asciiBytes([JSON.stringify(value)]));
    expect(out).toBe('{"name":"Zo\\u00eb \\u2013 \\ud83d\\ude80 \\u201cna\\u00efve\\u201d","plain":"abc"}');
    expect(JSON.parse(out)).toEqual(value);
  });

  it('joins many small pieces into few chunks, and keeps their order across chunk boundaries', () => {
    const pieces = ['['];
    for (let i = 0; i < 40_000; i++) pieces.push(i === 0 ? '' : ',', JSON.stringify({ i, note: i % 7 === 0 ? 'café' : 'x'.repeat(40) }));
    pieces.push(']');
    const chunks = asciiBytes(pieces);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(10);
    const parsed = JSON.parse(text(chunks)) as { i: number; note: string }[];
    expect(parsed).toHaveLength(40_000);
    expect(parsed[39_997]).toEqual({ i: 39_997, note: 'x'.repeat(40) });
    expect(parsed[7]!.note).toBe('café');
  });
});
