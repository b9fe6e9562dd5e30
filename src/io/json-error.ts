/**
 * Where and why a text is not JSON, in Turbine's words. JSON.parse's messages differ between
 * engines and versions, quote the file back (garbage, for a binary file) and not all carry a
 * position, so after JSON.parse has failed this small scanner finds the first place the text
 * breaks the grammar. Iterative, so a deeply nested file cannot overflow the stack.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What is wrong there, e.g. "expected a comma or } after the value". */
  what: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (what: string, at = i): JsonSyntaxError => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n'), what };
  };
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'the end of the file' : describeChar(text[i]!));

  /** Reads a string starting at the opening quote; returns an error or undefined. */
  const string = (): JsonSyntaxError | undefined => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a \\u escape needs four hexadecimal digits');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) return fail(`a backslash in text must start an escape such as \\\\ or \\"; found \\${next ?? ''}`);
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) return fail(c === '\n' ? 'text in quotes runs over a line break; write a line break inside text as \\n' : 'text in quotes holds a control character');
      i++;
    }
    return fail('text in quotes is never closed', start);
  };

  /** A scalar or the opening of a container at i. */
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'after-value' | 'key' | 'first-key' | 'first-value';
  let state: State = 'value';
  skip();
  if (i >= text.length) return fail('the file holds no JSON value');
  for (;;) {
    skip();
    const c = text[i];
    if (state === 'value' || state === 'first-value') {
      if (state === 'first-value' && c === ']') {
        i++;
        stack.pop();
        state = 'after-value';
        continue;
      }
      if (c === undefined) return fail('the file ends where a value should be: it may have been cut short');
      if (c === '{') {
        stack.push('{');
        i++;
        state = 'first-key';
        continue;
      }
      if (c === '[') {
        stack.push('[');
        i++;
        state = 'first-value';
        continue;
      }
      if (c === '"') {
        const e = string();
        if (e) return e;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.exec(text)) return fail('this is not a valid number');
        i = NUMBER.lastIndex;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else if (c === "'") return fail('text must be in double quotes, not single quotes');
      else if (c === ']' && state === 'value' && stack.at(-1) === '[') return fail('found ] after a comma: remove the comma before it');
      else return fail(`expected a value (text in double quotes, a number, true, false, null, { or [) but found ${found()}`);
      state = 'after-value';
      continue;
    }
    if (state === 'key' || state === 'first-key') {
      if (state === 'first-key' && c === '}') {
        i++;
        stack.pop();
        state = 'after-value';
        continue;
      }
      if (c === '}') return fail('found } after a comma: remove the comma before it');
      if (c === "'") return fail('a property name must be in double quotes, not single quotes');
      if (c !== '"') return fail(`expected a property name in double quotes but found ${found()}`);
      const e = string();
      if (e) return e;
      skip();
      if (text[i] !== ':') return fail(`expected a colon after the property name but found ${found()}`);
      i++;
      state = 'value';
      continue;
    }
    // after-value
    const top = stack.at(-1);
    if (top === undefined) {
      if (c === undefined) return undefined;
      return fail(`the JSON ends before this: found ${found()} after it`);
    }
    const close = top === '{' ? '}' : ']';
    if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
      continue;
    }
    if (c === close) {
      i++;
      stack.pop();
      continue;
    }
    if (c === undefined) return fail(`the file ends before a ${close} closes what it opened: it may have been cut short`);
    return fail(`expected a comma or ${close} after the value but found ${found()}`);
  }
}

function describeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || c === '\uFFFD') return 'a character that is not text';
  return `"${c}"`;
}
