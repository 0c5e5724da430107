// standards.test.mjs: service standards: creating, validation, refusals by
// role, publishing versions, the acknowledgement flow between the manager's
// page and the staff home page, RACI and overdue reviews.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, fieldError, inputValue, decodeHtml, userId, q } from '../lib/e2e-helpers.mjs';

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

const FUTURE = '2099-06-30';

// POSTs the new-standard form as the given client (csrf added).
async function createStandard(client, fields) {
  const token = await client.csrf('/standards');
  return client.post('/standards', { csrf_token: token, ...fields });
}

// A valid standard owned by the manager, with a unique title; returns its id.
async function newStandard(title) {
  const r = await createStandard(manager, {
    title, principle: 'responsiveness', owner: String(userId(stack.db, 'manager')),
    review_date: FUTURE, commitment: 'Answer 90% of calls within 20 seconds', details: 'Measured weekly.',
  });
  assert.equal(r.status, 303, `creating ${title}`);
  const m = r.headers.get('location').match(/^\/standards\/(\d+)\?done=created$/);
  assert.ok(m, `redirect to the new standard, got ${r.headers.get('location')}`);
  return Number(m[1]);
}

async function publish(id, fields) {
  const token = await manager.csrf(`/standards/${id}/publish`);
  return manager.post(`/standards/${id}/publish`, { csrf_token: token, ...fields });
}

test('a manager creates a standard; it is version 1 and staff see it listed', async () => {
  const id = await newStandard('Phone answering');
  assert.equal(sql(stack.db, `SELECT title, principle, current_version, review_date FROM standards WHERE id = ${id}`),
    `Phone answering|responsiveness|1|${FUTURE}`);
  assert.equal(sql(stack.db, `SELECT version, commitment FROM standard_versions WHERE standard_id = ${id}`),
    '1|Answer 90% of calls within 20 seconds');
  assert.match(sql(stack.db, `SELECT action FROM audit WHERE target_type = 'standard' AND target_id = ${id}`), /standard\.created/);
  const page = await manager.get(`/standards/${id}?done=created`);
  assert.equal(page.status, 200);
  assert.match(page.text, /published as version 1/);
  const list = await staff1.get('/standards');
  assert.equal(list.status, 200);
  assert.match(list.text, new RegExp(`<a href="/standards/${id}">Phone answering</a>`));
  assert.match(list.text, /Please read and acknowledge/);
  assert.doesNotMatch(list.text, /Add a standard/, 'staff are not offered the create button');
});

test('bad input is refused with the field named and what was typed kept', async () => {
  const before = sql(stack.db, 'SELECT count(*) FROM standards');
  let r = await createStandard(manager, {
    title: '', principle: 'own', own_principle: '', owner: '999999', review_date: '2026-02-30',
    commitment: 'Reply to every email within one working day',
  });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'title'), 'Title is required.');
  assert.equal(fieldError(r.text, 'review_date'), 'Review date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'own_principle'), "Own principle is required when the principle is the organisation's own.");
  assert.equal(fieldError(r.text, 'owner'), 'Owner must be one of the people listed.');
  assert.equal(inputValue(r.text, 'commitment'), 'Reply to every email within one working day');
  assert.equal(inputValue(r.text, 'review_date'), '2026-02-30');
  assert.match(r.text, /id="principle-own" name="principle" type="radio" value="own" checked/);
  r = await createStandard(manager, {
    title: 'Old review', principle: 'empathy', owner: String(userId(stack.db, 'manager')),
    review_date: '2020-01-01', commitment: 'x',
  });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'review_date'), 'Review date must be today or later.');
  assert.equal(fieldError(r.text, 'commitment'), 'Commitment must be at least 5 characters.');
  assert.equal(sql(stack.db, 'SELECT count(*) FROM standards'), before, 'nothing was saved');
});

test('staff and assessors cannot create, edit or publish standards', async () => {
  const id = await newStandard('Email replies');
  const token = await staff1.csrf('/standards');
  for (const [path, fields] of [
    ['/standards', { title: 'Sneaky', principle: 'reliability', owner: '1', review_date: FUTURE, commitment: 'Never mind this' }],
    [`/standards/${id}/edit`, { title: 'Sneaky', principle: 'reliability', owner: '1', review_date: FUTURE }],
    [`/standards/${id}/publish`, { commitment: 'Sneaky change here', change_note: 'x', review_date: FUTURE }],
    [`/standards/${id}/raci`, { user: '1', letter: 'A' }],
  ]) {
    const r = await staff1.post(path, { csrf_token: token, ...fields });
    assert.equal(r.status, 403, `staff POST ${path}`);
  }
  for (const path of ['/standards/new', `/standards/${id}/edit`, `/standards/${id}/publish`]) {
    assert.equal((await staff1.get(path)).status, 403, `staff GET ${path}`);
  }
  assert.equal(sql(stack.db, `SELECT title, current_version FROM standards WHERE id = ${id}`), 'Email replies|1');
  const assessor = await signedIn(stack.base, 'assessor');
  const aToken = await assessor.csrf('/');
  assert.equal((await assessor.get(`/standards/${id}`)).status, 403, 'assessors read standards only through portfolio snapshots');
  const ack = await assessor.post(`/standards/${id}/acknowledge`, { csrf_token: aToken, version: '1' });
  assert.equal(ack.status, 403, 'only staff acknowledge');
});

test('a POST without the CSRF token changes nothing', async () => {
  const before = sql(stack.db, 'SELECT count(*) FROM standards');
  const r = await manager.post('/standards', {
    title: 'No token', principle: 'reliability', owner: '1', review_date: FUTURE, commitment: 'Something measurable',
  });
  assert.equal(r.status, 403);
  assert.equal(sql(stack.db, 'SELECT count(*) FROM standards'), before);
});

test('publish v2: staff home shows it, staff acknowledges, the manager sees who has not', async () => {
  const id = await newStandard('Callback promise');
  // staff1 acknowledges version 1 from the standard page
  let token = await staff1.csrf(`/standards/${id}`);
  let r = await staff1.post(`/standards/${id}/acknowledge`, { csrf_token: token, version: '1' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/standards/${id}?done=acknowledged`);
  assert.match((await staff1.get(`/standards/${id}`)).text, /You acknowledged version 1 on/);

  r = await publish(id, {
    commitment: 'Call back within 2 working hours', details: 'Clock runs in business hours.',
    change_note: 'Four hours was too slow', review_date: FUTURE,
  });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/standards/${id}?done=published`);
  assert.equal(sql(stack.db, `SELECT current_version FROM standards WHERE id = ${id}`), '2');

  // the staff home page lists it again, as version 2
  let home = await staff1.get('/');
  assert.match(home.text, /Standards to acknowledge/);
  assert.match(home.text, new RegExp(`<a href="/standards/${id}">Callback promise</a>, version 2`));

  // acknowledging the old version is refused
  token = await staff1.csrf('/');
  r = await staff1.post(`/standards/${id}/acknowledge`, { csrf_token: token, version: '1' });
  assert.equal(r.status, 409);
  assert.equal(r.statusText, 'Conflict', 'the status line says why');
  assert.match(r.text, /A newer version of this standard has been published/);

  // from the home page, version 2
  r = await staff1.post(`/standards/${id}/acknowledge?from=home`, { csrf_token: token, version: '2' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/?done=acknowledged');
  home = await staff1.get('/?done=acknowledged');
  assert.match(home.text, /your acknowledgement has been recorded/);
  assert.doesNotMatch(home.text, new RegExp(`<a href="/standards/${id}">Callback promise</a>`));
  // acknowledging twice keeps one row
  r = await staff1.post(`/standards/${id}/acknowledge`, { csrf_token: token, version: '2' });
  assert.equal(r.status, 303);
  const s1 = userId(stack.db, 'staff1');
  assert.equal(sql(stack.db, `SELECT count(*) FROM standard_acks a JOIN standard_versions v ON v.id = a.version_id
                              WHERE v.standard_id = ${id} AND a.user_id = ${s1}`), '2', 'one per version');

  // staff2 still has it waiting
  assert.match((await staff2.get('/')).text, new RegExp(`<a href="/standards/${id}">Callback promise</a>, version 2`));

  // the manager's view
  const page = await manager.get(`/standards/${id}`);
  const acked = page.text.match(/<ul class="plain-list" id="acknowledged">([\s\S]*?)<\/ul>/)[1];
  const waiting = page.text.match(/<ul class="plain-list" id="not-acknowledged">([\s\S]*?)<\/ul>/)[1];
  assert.match(acked, /Amy Clarke/);
  assert.doesNotMatch(acked, /Ben Hughes/);
  assert.match(waiting, /Ben Hughes/);
  assert.doesNotMatch(waiting, /Amy Clarke/);
  assert.doesNotMatch(waiting, /Margaret Ellis/, 'assessors are not asked');
  assert.match(page.text, /Version 2<\/strong>, published/);
  assert.match(page.text, /What changed: Four hours was too slow/);
  assert.match(page.text, /Version 1<\/strong>, published/);
  // staff do not see who has and has not
  assert.doesNotMatch((await staff2.get(`/standards/${id}`)).text, /id="not-acknowledged"/);
});

test('publishing refuses a past review date and an empty change note, naming the fields', async () => {
  const id = await newStandard('Face to face greeting');
  const r = await publish(id, { commitment: 'Greet within 30 seconds', change_note: '', review_date: '2001-01-01' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'change_note'), 'What changed is required.');
  assert.equal(fieldError(r.text, 'review_date'), 'Next review date must be today or later.');
  assert.equal(inputValue(r.text, 'commitment'), 'Greet within 30 seconds');
  assert.equal(sql(stack.db, `SELECT current_version FROM standards WHERE id = ${id}`), '1');
  const bad = await publish(id, { commitment: 'Greet within 30 seconds', change_note: 'x', review_date: 'soon' });
  assert.equal(bad.status, 400);
  assert.equal(fieldError(bad.text, 'review_date'), 'Next review date must be a real date written YYYY-MM-DD.');
});

test('RACI: people are named, only one is accountable, entries can be removed', async () => {
  const id = await newStandard('Complaint acknowledgement');
  const token = await manager.csrf(`/standards/${id}`);
  const add = (user, letter) => manager.post(`/standards/${id}/raci`, { csrf_token: token, user: String(userId(stack.db, user)), letter });
  assert.equal((await add('manager', 'A')).status, 303);
  assert.equal((await add('staff1', 'R')).status, 303);
  const second = await add('staff2', 'A');
  assert.equal(second.status, 400);
  assert.match(fieldError(second.text, 'letter'), /Only one person can be accountable, and Daniel Okafor already is/);
  const nobody = await manager.post(`/standards/${id}/raci`, { csrf_token: token, user: '99999', letter: 'C' });
  assert.equal(nobody.status, 400);
  assert.equal(fieldError(nobody.text, 'user'), 'Person must be one of the people listed.');
  const badLetter = await manager.post(`/standards/${id}/raci`, { csrf_token: token, user: '1', letter: 'X' });
  assert.equal(badLetter.status, 400);
  assert.equal(fieldError(badLetter.text, 'letter'), 'Role must be one of the options offered.');
  const page = await staff1.get(`/standards/${id}`);
  assert.match(page.text, /<td><abbr title="Responsible">R<\/abbr> Responsible<\/td><td>Amy Clarke<\/td>/);
  assert.match(page.text, /<td><abbr title="Accountable">A<\/abbr> Accountable<\/td><td>Daniel Okafor<\/td>/);
  const raciId = sql(stack.db, `SELECT id FROM raci WHERE subject_type = 'standard' AND subject_id = ${id} AND letter = 'A'`);
  assert.equal((await manager.post(`/standards/${id}/raci/${raciId}/delete`, { csrf_token: token })).status, 303);
  assert.equal((await manager.post(`/standards/${id}/raci/${raciId}/delete`, { csrf_token: token })).status, 404);
  assert.equal((await add('staff2', 'A')).status, 303, 'now staff2 can be accountable');
  assert.equal(sql(stack.db, `SELECT count(*) FROM raci WHERE subject_type = 'standard' AND subject_id = ${id}`), '2');
});

test('overdue reviews are flagged on the list, the standard and the manager home page', async () => {
  const id = await newStandard('Clean reception area');
  sql(stack.db, `UPDATE standards SET review_date = '2024-01-31' WHERE id = ${id}`);
  const list = await manager.get('/standards');
  const row = list.text.match(new RegExp(`<a href="/standards/${id}">Clean reception area</a>[\\s\\S]*?</tr>`))[0];
  assert.match(row, /2024-01-31 <strong class="tag tag--warning">Review overdue<\/strong>/);
  // the "Standards to review" panel of the manager's home page
  const reviews = async () => (await manager.get('/')).text.match(/<h2 id="std-review-heading">[\s\S]*?<\/section>/)[0];
  const home = { text: await reviews() };
  assert.match(home.text, new RegExp(`<a href="/standards/${id}">Clean reception area</a> <span class="muted">Daniel Okafor, review by 2024-01-31</span> <strong class="tag tag--warning">Overdue</strong>`));
  // a standard reviewed far ahead is not listed
  const later = await newStandard('Uniform standard');
  assert.doesNotMatch(home.text, new RegExp(`/standards/${later}"`));
  // editing the review date clears the flag
  const token = await manager.csrf(`/standards/${id}/edit`);
  const r = await manager.post(`/standards/${id}/edit`, {
    csrf_token: token, title: 'Clean reception area', principle: 'tangibles',
    owner: String(userId(stack.db, 'staff1')), review_date: FUTURE,
  });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT principle, owner_id, review_date FROM standards WHERE id = ${id}`),
    `tangibles|${userId(stack.db, 'staff1')}|${FUTURE}`);
  assert.doesNotMatch(await reviews(), new RegExp(`<a href="/standards/${id}">`));
});

test('an unknown standard is 404', async () => {
  assert.equal((await staff1.get('/standards/99999')).status, 404);
  const token = await staff1.csrf('/standards');
  assert.equal((await staff1.post('/standards/99999/acknowledge', { csrf_token: token, version: '1' })).status, 404);
});

test('the handbook shows every current standard in full to anyone in the organisation', async () => {
  const id = await newStandard('Handbook entry <b>');
  const r = await publish(id, { commitment: 'Reply within one working day', details: 'Line one\nLine two <i>', change_note: 'v2', review_date: FUTURE });
  assert.equal(r.status, 303);
  const assessor = await signedIn(stack.base, 'assessor');
  assert.equal((await assessor.get('/standards/handbook')).status, 403, 'not to assessors');
  const reader = await signedIn(stack.base, 'staff2');
  const page = await reader.get('/standards/handbook');
  assert.equal(page.status, 200);
  assert.match(page.text, /<h2>Handbook entry &lt;b&gt;<\/h2>\s*<p class="std-commitment"><strong>Reply within one working day<\/strong><\/p>/);
  assert.match(page.text, /Line one\nLine two &lt;i&gt;/);
  assert.match(page.text, /Handbook entry &lt;b&gt;[\s\S]*?owner Daniel Okafor · version 2, published/, 'the current version only');
  assert.doesNotMatch(page.text, /Answer 80% of calls within 30 seconds/, "the demo phone standard's old version 1 is not shown");
  assert.match(page.text, /<h2>Answering the phone<\/h2>/);
  assert.match((await staff1.get('/standards')).text, /href="\/standards\/handbook"/);
});
