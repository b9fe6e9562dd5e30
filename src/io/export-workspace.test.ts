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

  it('encodes ASCII pieces into one buffer and escapes only the pieces that need it, keeping their order', () => {
    const pieces = ['['];
    for (let i = 0; i < 40_000; i++) pieces.push(i === 0 ? '' : ',', JSON.stringify({ i, note: i % 10_000 === 7 ? 'café' : 'x'.repeat(40) }));
    pieces.push(']');
    const chunks = asciiBytes(pieces);
    // Four escaped pieces, and the ASCII runs around them.
    expect(chunks).toHaveLength(9);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(5);
    const parsed = JSON.parse(text(chunks)) as { i: number; note: string }[];
    expect(parsed).toHaveLength(40_000);
    expect(parsed[39_997]).toEqual({ i: 39_997, note: 'x'.repeat(40) });
    expect(parsed[10_007]!.note).toBe('café');
    expect(text(chunks)).not.toContain('é');
  });

  it('gives one chunk for ASCII text and for no text at all', () => {
    expect(asciiBytes(['{"a":', '1}'])).toHaveLength(1);
    expect(text(asciiBytes([]))).toBe('');
  });
});
