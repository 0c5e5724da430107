// team.test.mjs: the team pages: responsibilities and RACI, meeting minutes
// with actions raised from them, and the coaching log that only managers
// and the member can see (every viewing audited).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, fieldError, inputValue, userId } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff1;
let staff2;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff1 = await signedIn(stack.base, 'staff1');
  staff2 = await signedIn(stack.base, 'staff2');
});
after(() => stack?.stop());

const id = (u) => String(userId(stack.db, u));

test('responsibilities: a manager names who does what; staff read it; refusals', async () => {
  const rolesBefore = sql(stack.db, 'SELECT count(*) FROM team_roles');
  let token = await manager.csrf('/team');
  let r = await manager.post('/team/roles', { csrf_token: token, person: id('staff1'), responsibility: 'Leads the morning huddle' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/team?done=role_added');
  const page = await staff2.get('/team');
  assert.equal(page.status, 200);
  assert.match(page.text, /<td>Amy Clarke<\/td><td>Team Leader<\/td><td>Phones<\/td>[\s\S]*?Leads the morning huddle/);
  assert.doesNotMatch(page.text, /Give someone a responsibility/, 'staff get no form');
  r = await manager.post('/team/roles', { csrf_token: token, person: '987654', responsibility: 'ab' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'person'), 'Person must be one of the people listed.');
  assert.equal(fieldError(r.text, 'responsibility'), 'Responsibility must be at least 3 characters.');
  assert.equal(inputValue(r.text, 'responsibility'), 'ab');
  const staffToken = await staff1.csrf('/team');
  r = await staff1.post('/team/roles', { csrf_token: staffToken, person: id('staff1'), responsibility: 'Boss of everything' });
  assert.equal(r.status, 403);
  const roleId = sql(stack.db, "SELECT id FROM team_roles WHERE responsibility = 'Leads the morning huddle'");
  assert.equal((await staff1.post(`/team/roles/${roleId}/delete`, { csrf_token: staffToken })).status, 403);
  token = await manager.csrf('/team');
  assert.equal((await manager.post(`/team/roles/${roleId}/delete`, { csrf_token: token })).status, 303);
  assert.equal((await manager.post(`/team/roles/${roleId}/delete`, { csrf_token: token })).status, 404);
  assert.equal(sql(stack.db, 'SELECT count(*) FROM team_roles'), rolesBefore);
});

test('RACI letters from standards show on the team page', async () => {
  const now = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";
  sql(stack.db, `INSERT INTO standards (title, principle, owner_id, review_date, created_at, updated_at)
                 VALUES ('Greeting visitors', 'empathy', ${id('manager')}, '2099-01-01', ${now}, ${now})`);
  const sid = sql(stack.db, "SELECT id FROM standards WHERE title = 'Greeting visitors'");
  sql(stack.db, `INSERT INTO standard_versions (standard_id, version, commitment, published_at) VALUES (${sid}, 1, 'Greet within 30 seconds', ${now})`);
  sql(stack.db, `INSERT INTO raci (subject_type, subject_id, user_id, letter) VALUES ('standard', ${sid}, ${id('staff6')}, 'R')`);
  const page = await staff1.get('/team');
  assert.match(page.text, new RegExp(`<td>Femi Adeyemi</td>[\\s\\S]*?<abbr title="Responsible">R</abbr> \\(Responsible\\) for <a href="/standards/${sid}">Greeting visitors</a>`));
});

// POSTs the new meeting form.
async function recordMeeting(fields) {
  const token = await manager.csrf('/team/meetings/new');
  return manager.post('/team/meetings', { csrf_token: token, ...fields });
}

test('a manager records minutes with attendees; staff read them but cannot record', async () => {
  const r = await recordMeeting({
    held_on: '2026-11-02', title: 'Weekly team meeting', minutes: 'Calls answered within 20 s fell to 84%.',
    decisions: 'Stagger lunch breaks\nFloor walker covers peaks', [`attendee_${id('staff1')}`]: '1', [`attendee_${id('staff2')}`]: '1',
  });
  assert.equal(r.status, 303);
  const m = r.headers.get('location').match(/^\/team\/meetings\/(\d+)\?done=created$/);
  assert.ok(m);
  const page = await staff2.get(`/team/meetings/${m[1]}`);
  assert.equal(page.status, 200);
  const attendees = page.text.match(/<ul class="plain-list" id="attendee-list">([\s\S]*?)<\/ul>/)[1];
  assert.match(attendees, /Amy Clarke/);
  assert.match(attendees, /Ben Hughes/);
  assert.doesNotMatch(attendees, /Chloe Evans/);
  assert.match(page.text, /Stagger lunch breaks\nFloor walker covers peaks/);
  assert.match(page.text, /No actions have been raised from this meeting/);
  assert.doesNotMatch(page.text, /Raise the action/, 'staff cannot raise actions');
  const list = await staff2.get('/team/meetings');
  assert.match(list.text, new RegExp(`<td>2026-11-02</td><td><a href="/team/meetings/${m[1]}">Weekly team meeting</a></td><td>2</td><td>0</td>`));
  const token = await staff1.csrf('/team/meetings');
  assert.equal((await staff1.post('/team/meetings', { csrf_token: token, held_on: '2026-11-02', title: 'x', minutes: 'y', [`attendee_${id('staff1')}`]: '1' })).status, 403);
  assert.equal((await staff1.get('/team/meetings/new')).status, 403);
});

test('meeting minutes refuse a future date, a bad date and no attendees, keeping the input', async () => {
  const before = sql(stack.db, 'SELECT count(*) FROM meetings');
  let r = await recordMeeting({ held_on: '2099-01-01', title: 'Planning', minutes: 'Plans', [`attendee_${id('staff3')}`]: '1' });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'held_on'), /^Date of the meeting cannot be in the future/);
  assert.match(r.text, new RegExp(`id="attendee_${id('staff3')}" name="attendee_${id('staff3')}" type="checkbox" value="1" checked`));
  r = await recordMeeting({ held_on: '2026-02-31', title: '', minutes: 'Typed minutes', attendee_999999: '1' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'held_on'), 'Date of the meeting must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'title'), 'Title is required.');
  assert.equal(fieldError(r.text, 'attendees'), 'Tick at least one attendee.');
  assert.match(r.text, /<a href="#attendees">Tick at least one attendee\.<\/a>/, 'listed in the error summary');
  assert.match(r.text, /Typed minutes<\/textarea>/);
  assert.equal(sql(stack.db, 'SELECT count(*) FROM meetings'), before);
});

test('raising an action from a meeting creates an ordinary action linked back to it', async () => {
  const actionsBefore = Number(sql(stack.db, "SELECT count(*) FROM actions WHERE source_type = 'meeting'"));
  const r0 = await recordMeeting({ held_on: '2026-11-09', title: 'Complaints review', minutes: 'Three complaints about callbacks.', [`attendee_${id('staff3')}`]: '1' });
  const mid = r0.headers.get('location').match(/\/team\/meetings\/(\d+)/)[1];
  let token = await manager.csrf(`/team/meetings/${mid}`);
  let r = await manager.post(`/team/meetings/${mid}/actions`, {
    csrf_token: token, action_title: 'Call back log on the team board', problem: 'Callbacks missed', kind: 'corrective',
    owner: id('staff1'), due_date: '2099-12-01',
  });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/team/meetings/${mid}?done=action#actions`);
  const row = sql(stack.db, `SELECT id, kind, source_type, source_id, owner_id, due_date, status, created_by FROM actions WHERE title = 'Call back log on the team board'`).split('|');
  assert.deepEqual(row.slice(1), ['corrective', 'meeting', mid, id('staff1'), '2099-12-01', 'open', id('manager')]);
  const page = await staff2.get(`/team/meetings/${mid}`);
  assert.match(page.text, new RegExp(`<td><a href="/actions/${row[0]}">Call back log on the team board</a></td><td>Amy Clarke</td><td>2099-12-01</td><td>Open</td>`));
  assert.match((await staff2.get('/team/meetings')).text, new RegExp(`Complaints review</a></td><td>1</td><td>1</td>`));
  r = await manager.post(`/team/meetings/${mid}/actions`, { csrf_token: token, action_title: '', kind: 'corrective', owner: '555555', due_date: '2001-01-01' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'action_title'), 'Action is required.');
  assert.equal(fieldError(r.text, 'owner'), 'Owner must be one of the people listed.');
  assert.equal(fieldError(r.text, 'due_date'), 'Due date must be today or later.');
  const staffToken = await staff1.csrf(`/team/meetings/${mid}`);
  r = await staff1.post(`/team/meetings/${mid}/actions`, { csrf_token: staffToken, action_title: 'x', kind: 'corrective', owner: id('staff1'), due_date: '2099-01-01' });
  assert.equal(r.status, 403);
  r = await manager.post('/team/meetings/99999/actions', { csrf_token: token, action_title: 'x', kind: 'corrective', owner: id('staff1'), due_date: '2099-01-01' });
  assert.equal(r.status, 404);
  assert.equal(Number(sql(stack.db, "SELECT count(*) FROM actions WHERE source_type = 'meeting'")), actionsBefore + 1);
});

test('coaching log: managers write, the member reads their own, nobody else sees it, viewing is audited', async () => {
  const s1 = id('staff1');
  let token = await manager.csrf(`/team/coaching/${s1}`);
  let r = await manager.post(`/team/coaching/${s1}`, {
    csrf_token: token, held_on: '2026-11-10', kind: 'coaching', notes: 'Listened to three calls; strong empathy, long holds.',
    agreed: 'Use the hold script', follow_up: '2026-12-01',
  });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/team/coaching/${s1}?done=added`);
  // the member sees their own log
  const own = await staff1.get(`/team/coaching/${s1}`);
  assert.equal(own.status, 200);
  assert.match(own.text, /Listened to three calls; strong empathy, long holds\./);
  assert.match(own.text, /This is your own log/);
  assert.doesNotMatch(own.text, /Add to the log/, 'members cannot write entries');
  // staff go from the index to their own log
  r = await staff2.get('/team/coaching');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/team/coaching/${id('staff2')}`);
  // another member, an assessor and an admin without the manager role cannot see it
  r = await staff2.get(`/team/coaching/${s1}`);
  assert.equal(r.status, 404);
  assert.doesNotMatch(r.text, /Listened to three calls/);
  const assessor = await signedIn(stack.base, 'assessor');
  assert.equal((await assessor.get(`/team/coaching/${s1}`)).status, 403);
  const admin = await signedIn(stack.base, 'admin');
  assert.equal((await admin.get(`/team/coaching/${s1}`)).status, 403);
  assert.equal((await admin.get('/team/coaching')).status, 403);
  // staff cannot write, even about themselves
  const staffToken = await staff1.csrf(`/team/coaching/${s1}`);
  r = await staff1.post(`/team/coaching/${s1}`, { csrf_token: staffToken, held_on: '2026-11-10', kind: 'recognition', notes: 'I am great' });
  assert.equal(r.status, 403);
  assert.equal(sql(stack.db, `SELECT count(*) FROM coaching_entries WHERE user_id = ${s1}`), '1');
  // the manager's index
  const index = await manager.get('/team/coaching');
  assert.match(index.text, new RegExp(`<a href="/team/coaching/${s1}">Amy Clarke</a></td><td>Team Leader</td><td>Phones</td><td>1</td><td>2026-11-10</td>`));
  // viewing is audited: the member's own view and the manager's views
  const viewers = sql(stack.db, `SELECT group_concat(DISTINCT username) FROM (SELECT username FROM audit WHERE action = 'coaching.viewed' AND target_id = ${s1} ORDER BY username)`);
  assert.equal(viewers, 'manager,staff1');
  assert.doesNotMatch(sql(stack.db, "SELECT group_concat(detail) FROM audit WHERE action LIKE 'coaching.%'"), /Listened/, 'no contents in the audit');
});

test('coaching entries refuse bad and future dates and a follow-up before the entry', async () => {
  const s2 = id('staff2');
  const entriesBefore = sql(stack.db, `SELECT count(*) FROM coaching_entries WHERE user_id = ${s2}`);
  const token = await manager.csrf(`/team/coaching/${s2}`);
  let r = await manager.post(`/team/coaching/${s2}`, { csrf_token: token, held_on: '2099-01-01', kind: 'concern', notes: 'Late three times', follow_up: '2026-01-01' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'held_on'), 'Date cannot be in the future.');
  r = await manager.post(`/team/coaching/${s2}`, { csrf_token: token, held_on: '2026-11-10', kind: 'concern', notes: 'Late three times', follow_up: '2026-11-01' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'follow_up'), 'Follow-up date must be on or after the date of the entry.');
  assert.match(r.text, /Late three times<\/textarea>/);
  r = await manager.post(`/team/coaching/${s2}`, { csrf_token: token, held_on: 'yesterday', kind: 'gossip', notes: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'held_on'), 'Date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'kind'), 'Kind of entry must be one of the options offered.');
  assert.equal(fieldError(r.text, 'notes'), 'Notes is required.');
  assert.equal(sql(stack.db, `SELECT count(*) FROM coaching_entries WHERE user_id = ${s2}`), entriesBefore);
  assert.equal((await manager.get(`/team/coaching/${id('assessor')}`)).status, 404, 'assessors have no log');
});

test('forged team forms (no token, another site) change nothing', async () => {
  const s3 = id('staff3');
  const count = () => sql(stack.db, 'SELECT (SELECT count(*) FROM coaching_entries) || (SELECT count(*) FROM meetings) || (SELECT count(*) FROM team_roles)');
  const before = count();
  const token = await manager.csrf('/team');
  let r = await manager.post(`/team/coaching/${s3}`, { held_on: '2026-11-10', kind: 'concern', notes: 'Forged' });
  assert.equal(r.status, 403);
  r = await manager.post('/team/roles', { csrf_token: token, person: s3, responsibility: 'Forged duty' }, { origin: 'https://evil.example' });
  assert.equal(r.status, 403);
  r = await manager.post('/team/meetings', { csrf_token: 'f'.repeat(64), held_on: '2026-11-02', title: 'Forged', minutes: 'x', [`attendee_${s3}`]: '1' });
  assert.equal(r.status, 403);
  assert.equal(count(), before);
});

test('multi-line text keeps its line breaks and is still escaped', async () => {
  const evil = '<script>alert("x")</script>\nline two & <b>bold</b>';
  const r = await recordMeeting({ held_on: '2026-11-03', title: '<i>Title</i>', minutes: evil, decisions: evil, [`attendee_${id('staff4')}`]: '1' });
  assert.equal(r.status, 303);
  const page = await staff1.get(r.headers.get('location'));
  assert.doesNotMatch(page.text, /<script>alert|<b>bold<\/b>|<i>Title<\/i>/);
  assert.match(page.text, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;\nline two &amp; &lt;b&gt;bold&lt;\/b&gt;/);
  assert.match(page.text, /<h1>&lt;i&gt;Title&lt;\/i&gt;<\/h1>/);
});
