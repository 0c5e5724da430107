// standards-demo.test.mjs: the demo organisation's standards, SLA and team
// records are there and tell a coherent story on the pages people open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn } from '../lib/e2e-helpers.mjs';

let stack;
before(async () => { stack = await startStack(); });
after(() => stack?.stop());

test('the demo has two standards, one awaiting acknowledgements and one overdue for review', async () => {
  assert.equal(sql(stack.db, 'SELECT count(*) FROM standards'), '2');
  const manager = await signedIn(stack.base, 'manager');
  const page = await manager.get('/standards/1');
  assert.match(page.text, /Answer 90% of calls within 20 seconds/);
  const waiting = page.text.match(/id="not-acknowledged">([\s\S]*?)<\/ul>/)[1];
  assert.match(waiting, /Ben Hughes/);
  assert.doesNotMatch(waiting, /Amy Clarke/);
  const home = await manager.get('/');
  assert.match(home.text, /Acknowledging complaints<\/a>[^\n]*Overdue/);
  const staff2 = await signedIn(stack.base, 'staff2');
  assert.match((await staff2.get('/')).text, /<a href="\/standards\/1">Answering the phone<\/a>, version 2/);
  const staff1 = await signedIn(stack.base, 'staff1');
  assert.match((await staff1.get('/')).text, /You have acknowledged every current service standard/);
});

test('the demo has an SLA, a meeting with an action raised from it, RACI rows and coaching entries', async () => {
  const staff3 = await signedIn(stack.base, 'staff3');
  assert.match((await staff3.get('/slas')).text, /Email first response/);
  const meeting = await staff3.get('/team/meetings/1');
  assert.match(meeting.text, /Weekly Phones team meeting/);
  assert.match(meeting.text, /<a href="\/actions\/\d+">Shorten the hold script and retrain the Phones team<\/a>/);
  // one raised by the standards demo, one by the KPI demo (the tariff guide)
  assert.equal(sql(stack.db, "SELECT count(*) FROM actions WHERE source_type = 'meeting' AND source_id = 1"), '2');
  assert.ok(Number(sql(stack.db, 'SELECT count(*) FROM raci')) >= 4);
  const own = await staff3.get(`/team/coaching/${sql(stack.db, "SELECT id FROM users WHERE username = 'staff3'")}`);
  assert.match(own.text, /would like to train as a complaints handler/);
  assert.doesNotMatch(own.text, /meter reading/, "another member's entries are not in this log");
});
