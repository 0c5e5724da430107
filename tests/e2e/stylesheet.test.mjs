// stylesheet.test.mjs: the stylesheet every page uses parses as blocks
// that all close. An unclosed @media block swallows every rule after it
// (it once hid the KPI chart styles behind a print-only block).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/stack.mjs';

test('every block in frontline.css closes, and no rule sits inside a print block by accident', () => {
  const css = readFileSync(join(ROOT, 'static', 'frontline.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0, line = 1, mediaDepth = 0;
  for (const ch of css) {
    if (ch === '\n') line++;
    if (ch === '{') depth++;
    if (ch === '}') {
      depth--;
      assert.ok(depth >= 0, `an extra closing brace on line ${line}`);
    }
  }
  assert.equal(depth, 0, 'every opened block is closed');
  // A comment-free "@media print {" block must not contain another @media.
  for (const m of css.matchAll(/@media[^{]*\{/g)) {
    let d = 1, i = m.index + m[0].length;
    for (; i < css.length && d > 0; i++) {
      if (css[i] === '{') d++;
      if (css[i] === '}') d--;
    }
    const body = css.slice(m.index + m[0].length, i);
    assert.doesNotMatch(body, /@media/, `a block opened at "${m[0]}" runs into another @media`);
    mediaDepth++;
  }
  assert.ok(mediaDepth > 3, 'the stylesheet has its screen and print blocks');
});
