import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-error.ts';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON, however it is laid out', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}}\n', '"just text"', '0']) expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['{"a": 1,\n "b": 2,\n}', 3, 1, 'found } after a comma: remove the comma before it'],
    ['[1, 2,]', 1, 7, 'found ] after a comma: remove the comma before it'],
    ['{"a": 1\n "b": 2}', 2, 2, 'expected a comma or } after the value but found """'],
    ['{"a" 1}', 1, 6, 'expected a colon after the property name but found "1"'],
    ["{'a': 1}", 1, 2, 'a property name must be in double quotes, not single quotes'],
    ['{"a": 1', 1, 8, 'the file ends before a } closes what it opened: it may have been cut short'],
    ['{"a": "one\ntwo"}', 1, 11, 'text in quotes runs over a line break; write a line break inside text as \\n'],
    ['{"a": 1} x', 1, 10, 'the JSON ends before this: found "x" after it'],
    ['{"a": tru}', 1, 7, 'expected a value (text in double quotes, a number, true, false, null, { or [) but found "t"'],
    ['{"a": }', 1, 7, 'expected a value (text in double quotes, a number, true, false, null, { or [) but found "}"'],
    ['\u0000\u0001PK', 1, 1, 'expected a value (text in double quotes, a number, true, false, null, { or [) but found a character that is not text'],
  ])('%j: line %i, column %i', (text, line, column, what) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, what });
  });

  it('does not overflow on deep nesting', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))?.what).toContain('cut short');
  });
});
