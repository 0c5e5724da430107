// template-check.test.mjs: the build's template check passes on the real
// templates and fails on a template that lacks the AUTOESCAPE pragma (or
// has it anywhere but the first line), naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/stack.mjs';

const check = (dir) => spawnSync(join(ROOT, 'scripts', 'check-templates.sh'), dir ? [dir] : [], { encoding: 'utf8' });

test('every real template starts with the pragma', () => {
  const r = check();
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /check-templates: [1-9]\d* passed, 0 failed/);
});

test('a template without the pragma, or with it late, fails the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-tpl-'));
  try {
    mkdirSync(join(dir, 'area'));
    writeFileSync(join(dir, 'good.tpl'), '{{%AUTOESCAPE context="HTML"}}\n<p>{{X}}</p>\n');
    writeFileSync(join(dir, 'area', 'bare.tpl'), '<p>{{X}}</p>\n');
    writeFileSync(join(dir, 'late.tpl'), '<p>hi</p>\n{{%AUTOESCAPE context="HTML"}}\n');
    const r = check(dir);
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /FAIL .*area\/bare\.tpl/);
    assert.match(r.stdout, /FAIL .*late\.tpl/);
    assert.doesNotMatch(r.stdout, /FAIL .*good\.tpl/);
    assert.match(r.stdout, /1 passed, 2 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
