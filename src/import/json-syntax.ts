import type { Text } from './issues.ts';

/** Where JSON text first breaks: character offset, 1-based line and column, and what was expected. */
export interface JsonSyntaxError { offset: number; line: number; column: number; expected: Text }

type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after' | 'done';

const EXPECT: Record<Exclude<State, 'after'> | 'afterObject' | 'afterArray' | 'string', Text> = {
  value: { zh: '一个值', en: 'a value' },
  valueOrEnd: { zh: '一个值或 ]', en: "a value or ']'" },
  key: { zh: '双引号括起的属性名', en: 'a property name in double quotes' },
  keyOrEnd: { zh: '双引号括起的属性名或 }', en: "a property name in double quotes or '}'" },
  colon: { zh: '冒号 :', en: "':'" },
  afterObject: { zh: '逗号 , 或 }', en: "',' or '}'" },
  afterArray: { zh: '逗号 , 或 ]', en: "',' or ']'" },
  done: { zh: '文件结束（此处多出内容）', en: 'the end of the file (extra content here)' },
  string: { zh: '合法的字符串（未闭合的引号、控制字符或错误的转义）', en: 'a valid string (unclosed quote, control character or bad escape)' },
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Finds the first syntax error in JSON text (run only after JSON.parse failed); null if it is valid. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (expected: Text) => at(text, i, expected);
  const afterValue = (): State => (stack.length ? 'after' : 'done');
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
    const c = text[i];
    if (state === 'done') return c === undefined ? null : fail(EXPECT.done);
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (c === ',') { state = top === '{' ? 'key' : 'value'; i++; continue; }
      if ((c === '}' && top === '{') || (c === ']' && top === '[')) { stack.pop(); state = afterValue(); i++; continue; }
      return fail(top === '{' ? EXPECT.afterObject : EXPECT.afterArray);
    }
    if (state === 'colon') {
      if (c !== ':') return fail(EXPECT.colon);
      state = 'value'; i++; continue;
    }
    if (state === 'key' || state === 'keyOrEnd') {
      if (c === '}' && state === 'keyOrEnd') { stack.pop(); state = afterValue(); i++; continue; }
      if (c !== '"') return fail(EXPECT[state]);
      const end = stringEnd(text, i);
      if (end < 0) return at(text, -end, EXPECT.string);
      i = end; state = 'colon'; continue;
    }
    // state is 'value' or 'valueOrEnd'
    if (c === ']' && state === 'valueOrEnd') { stack.pop(); state = afterValue(); i++; continue; }
    if (c === '{') { stack.push('{'); state = 'keyOrEnd'; i++; continue; }
    if (c === '[') { stack.push('['); state = 'valueOrEnd'; i++; continue; }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return at(text, -end, EXPECT.string);
      i = end; state = afterValue(); continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) { i += literal.length; state = afterValue(); continue; }
    NUMBER.lastIndex = i;
    if (c !== undefined && NUMBER.test(text)) { i = NUMBER.lastIndex; state = afterValue(); continue; }
    return fail(EXPECT[state]);
  }
}

/** Index after the closing quote of the string opening at `start`, or minus the offset where it breaks. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i;
    if (code === 0x5c) {
      if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) return -i;
      i += text[i + 1] === 'u' ? 6 : 2;
    } else i++;
  }
  return -text.length;
}

function at(text: string, offset: number, expected: Text): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { offset, line, column: offset - lineStart + 1, expected };
}
