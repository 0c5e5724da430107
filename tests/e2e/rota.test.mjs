// rota.test.mjs: the rota through the real stack: shifts and their
// refusals (overlap, equipment, leave, bad input, wrong role, CSRF), the
// week grid and what staff may see, publishing, working-time warnings and
// their acknowledgement, cover, leave, swaps, copy and patterns, CSV and
// the calendar feed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, fieldError, decodeHtml, userId, q, waitFor } from '../lib/e2e-helpers.mjs';

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

// ISO week ("2027-W10") of a YYYY-MM-DD date.
function isoWeek(date) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);   // the week's Thursday
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4, 12));
  const week = 1 + Math.round(((d - jan4) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const shiftCount = () => Number(sql(stack.db, 'SELECT count(*) FROM shifts'));
const equipmentId = (name) => Number(sql(stack.db, `SELECT id FROM rota_equipment WHERE name = ${q(name)}`));

// POSTs the shift form as the given client (default the manager).
async function addShift(fields, client = manager, path = '/rota/shifts') {
  const token = await manager.csrf('/rota/shifts/new');
  return client.post(path, {
    csrf_token: client === manager ? token : await client.csrf('/rota/mine'),
    break_minutes: '30', role: 'phones', location: 'Head office', equipment: '0', ...fields,
  });
}

// Posts a form with the manager's csrf token.
async function managerPost(path, fields) {
  return manager.post(path, { csrf_token: await manager.csrf('/rota'), ...fields });
}

test('the dashboard shows the demo rota: what waits for the manager, and staff their next shifts', async () => {
  const home = await manager.get('/');
  assert.match(home.text, /<dt>Leave requests waiting<\/dt><dd>1<\/dd>/);
  assert.match(home.text, /<dt>Swaps waiting<\/dt><dd>1<\/dd>/);
  assert.match(home.text, /<dt>Working-time warnings to acknowledge<\/dt><dd>1<\/dd>/);
  assert.match(home.text, /<dt>Cover planned this week<\/dt><dd>\d+%<\/dd>/);
  const staff = await staff1.get('/');
  assert.match(staff.text, /<h3>Your next shifts<\/h3>/);
  assert.doesNotMatch(staff.text, /Leave requests waiting/, 'staff see no manager figures');
  const assessor = await signedIn(stack.base, 'assessor');
  assert.doesNotMatch((await assessor.get('/')).text, /rota-heading/);
});

test('the manager adds a shift and sees it on the week grid with the weekly hours', async () => {
  const r = await addShift({ user: userId(stack.db, 'staff1'), date: '2027-03-02', start: '09:00', end: '17:00' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/rota?week=2027-W09&done=created');
  const row = sql(stack.db, "SELECT start_utc, end_utc, start_local, end_local, break_minutes FROM shifts WHERE local_date = '2027-03-02'");
  assert.equal(row, '2027-03-02T09:00:00Z|2027-03-02T17:00:00Z|09:00|17:00|30');
  const grid = await manager.get(r.headers.get('location'));
  assert.equal(grid.status, 200);
  assert.match(grid.text, /The shift has been added/);
  assert.match(grid.text, /09:00–17:00<\/a> Phones <small>Head office<\/small>/);
  assert.match(grid.text, /Amy Clarke<\/a>[^\n]*?<td>7\.50<\/td><\/tr>/, '7.5 hours net of the break');
  assert.match(grid.text, /Draft: staff cannot see this week yet/);
  assert.match(grid.text, /href="\/rota\?week=2027-W08"/, 'previous week link');
  assert.match(grid.text, /href="\/rota\?week=2027-W10"/, 'next week link');
  const audit = sql(stack.db, "SELECT action, detail FROM audit WHERE action = 'shift.created' ORDER BY id DESC LIMIT 1");
  assert.match(audit, /^shift\.created\|user=\d+ Tue 2 Mar 09:00-17:00 \(Phones\)$/);
});

test('a shift across the March clock change has its real length', async () => {
  const r = await addShift({ user: userId(stack.db, 'staff6'), date: '2027-03-27', start: '22:00', end: '06:00', break_minutes: '30', role: 'floor' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, "SELECT start_utc || ' ' || end_utc FROM shifts WHERE local_date = '2027-03-27'"),
    '2027-03-27T22:00:00Z 2027-03-28T05:00:00Z', '7 real hours: the clocks go forward at 01:00');
  const grid = await manager.get(`/rota?week=2027-W12&team=0`);
  assert.match(grid.text, /Femi Adeyemi<\/a>[^\n]*?<td>6\.50<\/td><\/tr>/);
});

test('overlapping shifts for one person are refused outright, naming the field', async () => {
  const before = shiftCount();
  const r = await addShift({ user: userId(stack.db, 'staff1'), date: '2027-03-02', start: '16:00', end: '20:00', break_minutes: '0' });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'start'), /overlaps the person's shift on Tue 2 Mar, 09:00-17:00/);
  assert.match(r.text, /<a href="#start">This overlaps/);
  assert.equal(shiftCount(), before);
  // Even with a working-time reason the overlap stays refused.
  const again = await addShift({ user: userId(stack.db, 'staff1'), date: '2027-03-02', start: '08:00', end: '10:00', ack_reason: 'please' });
  assert.equal(again.status, 400);
  assert.equal(shiftCount(), before);
});

test('equipment cannot be double-booked', async () => {
  const headset = equipmentId('Headset 4');
  const a = await addShift({ user: userId(stack.db, 'staff2'), date: '2027-03-03', start: '09:00', end: '17:00', equipment: String(headset) });
  assert.equal(a.status, 303);
  const before = shiftCount();
  const b = await addShift({ user: userId(stack.db, 'staff3'), date: '2027-03-03', start: '16:00', end: '20:00', break_minutes: '0', equipment: String(headset) });
  assert.equal(b.status, 400);
  assert.equal(fieldError(b.text, 'equipment'), 'Headset 4 is already booked by Ben Hughes on Wed 3 Mar, 09:00-17:00.');
  assert.match(b.text, new RegExp(`<option value="${headset}" selected>Headset 4`), 'the choice is kept');
  assert.equal(shiftCount(), before);
  const c = await addShift({ user: userId(stack.db, 'staff3'), date: '2027-03-03', start: '17:00', end: '21:00', break_minutes: '0', equipment: String(headset) });
  assert.equal(c.status, 303, 'back to back is fine');
});

test('bad shift input is refused with the field named and what was typed kept', async () => {
  const before = shiftCount();
  const cases = [
    [{ start: '25:00' }, 'start', /Start must be/],
    [{ start: '09:00', end: '09:00' }, 'end', /End must differ/],
    [{ break_minutes: '600' }, 'break_minutes', /break/i],
    [{ start: '09:00', end: '09:30', break_minutes: '30' }, 'break_minutes', /shorter than the shift/],
    [{ role: 'cook' }, 'role', /Role/],
    [{ user: '999999' }, 'user', /Person must be one of the staff/],
    [{ date: '2027-02-30' }, 'date', /Date/],
    [{ location: 'x'.repeat(61) }, 'location', /Location/],
  ];
  for (const [fields, field, message] of cases) {
    const r = await addShift({ user: userId(stack.db, 'staff4'), date: '2027-03-04', start: '10:00', end: '12:00', ...fields });
    assert.equal(r.status, 400, JSON.stringify(fields));
    assert.match(fieldError(r.text, field) ?? '', message, JSON.stringify(fields));
  }
  const kept = await addShift({ user: userId(stack.db, 'staff4'), date: '2027-03-04', start: '10:00', end: '10:00', location: 'Annexe <b>2</b>' });
  assert.match(kept.text, /value="Annexe &lt;b&gt;2&lt;\/b&gt;"/, 'typed location kept, escaped');
  assert.equal(shiftCount(), before);
});

test('staff cannot plan: the shift pages and actions answer 403', async () => {
  const id = sql(stack.db, 'SELECT id FROM shifts ORDER BY id LIMIT 1');
  const token = await staff1.csrf('/rota/mine');
  for (const path of ['/rota/shifts/new', `/rota/shifts/${id}`, '/rota/cover', '/rota/plan', '/rota/import', '/rota/breaches', '/rota/export.csv']) {
    assert.equal((await staff1.get(path)).status, 403, path);
  }
  const before = shiftCount();
  const r = await staff1.post('/rota/shifts', { csrf_token: token, user: userId(stack.db, 'staff1'), date: '2027-03-05', start: '09:00', end: '12:00', role: 'phones' });
  assert.equal(r.status, 403);
  assert.equal((await staff1.post(`/rota/shifts/${id}/delete`, { csrf_token: token })).status, 403);
  assert.equal((await staff1.post('/rota/publish', { csrf_token: token, week: '2027-W09' })).status, 403);
  assert.equal(shiftCount(), before);
  const assessor = await signedIn(stack.base, 'assessor');
  assert.equal((await assessor.get('/rota')).status, 403, 'assessors have no rota');
});

test('a POST without the CSRF token changes nothing', async () => {
  const before = shiftCount();
  const r = await manager.post('/rota/shifts', { user: userId(stack.db, 'staff1'), date: '2027-03-05', start: '09:00', end: '12:00', role: 'phones' });
  assert.equal(r.status, 403);
  assert.equal(shiftCount(), before);
});

test('staff see only published weeks; publishing shows the week and marks later changes', async () => {
  const draft = await staff1.get('/rota?week=2027-W09');
  assert.equal(draft.status, 200);
  assert.match(draft.text, /has not been published yet/);
  assert.doesNotMatch(draft.text, /09:00–17:00/, 'no draft shift leaks to staff');
  const mineDraft = await staff1.get('/rota/mine?week=2027-W09');
  assert.match(mineDraft.text, /This week has not been published yet/);
  const pub = await managerPost('/rota/publish', { week: '2027-W09' });
  assert.equal(pub.status, 303);
  assert.equal(pub.headers.get('location'), '/rota?week=2027-W09&done=published');
  assert.equal(sql(stack.db, "SELECT count(*) FROM rota_weeks WHERE week = '2027-W09'"), '1');
  const seen = await staff1.get('/rota?week=2027-W09');
  assert.match(seen.text, /09:00–17:00 Phones/);
  assert.doesNotMatch(seen.text, /href="\/rota\/shifts\/\d+"/, 'no edit links for staff');
  // A change to the published week is marked and told to the person.
  const id = sql(stack.db, `SELECT id FROM shifts WHERE local_date = '2027-03-02' AND user_id = ${userId(stack.db, 'staff1')}`);
  const token = await manager.csrf(`/rota/shifts/${id}`);
  const edit = await manager.post(`/rota/shifts/${id}`, { csrf_token: token, user: userId(stack.db, 'staff1'), date: '2027-03-02', start: '10:00', end: '18:00', break_minutes: '30', role: 'phones', location: 'Head office', equipment: '0' });
  assert.equal(edit.status, 303);
  assert.equal(sql(stack.db, `SELECT changed_after_publish FROM shifts WHERE id = ${id}`), '1');
  const mine = await staff1.get('/rota/mine?week=2027-W09');
  assert.match(mine.text, /Your shift Tue 2 Mar 09:00-17:00 \(Phones\) was changed to Tue 2 Mar 10:00-18:00 \(Phones\)/);
  assert.match(mine.text, /10:00<\/td><td>18:00/);
  assert.match(mine.text, /<strong class="tag">Changed<\/strong>/);
  const other = await staff2.get('/rota/mine?week=2027-W09');
  assert.doesNotMatch(other.text, /was changed to Tue 2 Mar/, 'only the person affected is told');
});

test('a working-time breach must be acknowledged with a reason, which is kept and audited', async () => {
  const u = userId(stack.db, 'staff5');
  assert.equal((await addShift({ user: u, date: '2027-04-05', start: '13:00', end: '22:00' })).status, 303);
  const before = shiftCount();
  const warn = await addShift({ user: u, date: '2027-04-06', start: '07:00', end: '12:00', break_minutes: '0' });
  assert.equal(warn.status, 400);
  assert.match(decodeHtml(warn.text), /Ellie Murphy<\/strong>: Only 9h 00m of unbroken rest in the 24 hours from 13:00 on 2027-04-05 \(11 hours needed\)/);
  assert.match(fieldError(warn.text, 'ack_reason'), /give a reason to go ahead/);
  assert.equal(shiftCount(), before, 'not saved without a reason');
  const ok = await addShift({ user: u, date: '2027-04-06', start: '07:00', end: '12:00', break_minutes: '0', ack_reason: 'Covering a colleague off sick; agreed with Ellie' });
  assert.equal(ok.status, 303);
  assert.equal(shiftCount(), before + 1);
  assert.equal(sql(stack.db, `SELECT rule, reason FROM rota_breach_acks WHERE user_id = ${u}`), 'daily_rest|Covering a colleague off sick; agreed with Ellie');
  assert.match(sql(stack.db, "SELECT detail FROM audit WHERE action = 'wtr.acknowledged' ORDER BY id DESC LIMIT 1"), /rule=daily_rest .*reason=Covering a colleague/);
  const grid = await manager.get('/rota?week=2027-W14');
  assert.match(grid.text, /daily_rest acknowledged/);
});

test('a week with an unacknowledged warning cannot be published until it is acknowledged', async () => {
  const week = sql(stack.db, 'SELECT week FROM rota_weeks ORDER BY week LIMIT 1');   // the demo's published week
  const monday = sql(stack.db, `SELECT min(local_date) FROM shifts WHERE user_id = ${userId(stack.db, 'staff1')}`);
  const d = new Date(`${monday}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  const next = isoWeek(d.toISOString().slice(0, 10));
  assert.notEqual(next, week);
  const grid = await manager.get(`/rota?week=${next}`);
  assert.match(grid.text, /⚠ daily_rest/, 'the demo warning shows on the grid');
  const r = await managerPost('/rota/publish', { week: next });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/rota/breaches?week=${next}&done=unacknowledged`);
  assert.equal(sql(stack.db, `SELECT count(*) FROM rota_weeks WHERE week = ${q(next)}`), '0');
  const page = await manager.get(r.headers.get('location'));
  assert.match(page.text, /The week was not published/);
  const id = page.text.match(/action="\/rota\/breaches\/(\d+)\/ack"/)[1];
  const empty = await managerPost(`/rota/breaches/${id}/ack`, { reason: '   ' });
  assert.equal(empty.status, 400);
  // The week's warnings again, the problem beside this warning's reason.
  assert.match(empty.text, new RegExp(`<p class="field-error" id="reason-${id}-error">Reason is required.</p>`));
  assert.match(empty.text, new RegExp(`id="reason-${id}" name="reason" type="text" required aria-invalid="true" aria-describedby="reason-${id}-error"`));
  assert.equal(sql(stack.db, `SELECT count(*) FROM rota_breach_acks WHERE reason = ''`), '0');
  assert.equal((await managerPost('/rota/breaches/999999/ack', { reason: '' })).status, 404);
  const ack = await managerPost(`/rota/breaches/${id}/ack`, { reason: 'Chloe asked for the late-early swap' });
  assert.equal(ack.status, 303);
  const pub = await managerPost('/rota/publish', { week: next });
  assert.equal(pub.headers.get('location'), `/rota?week=${next}&done=published`);
});

test('cover needed is compared slot by slot on the grid and the day view', async () => {
  const bad = await managerPost('/rota/cover', { weekday: '3', start: '08:15', end: '10:00', role: 'phones', needed: '4' });
  assert.equal(bad.status, 400);
  assert.match(fieldError(bad.text, 'start'), /half hour/);
  const r = await managerPost('/rota/cover', { weekday: '3', start: '20:00', end: '22:00', role: 'email', needed: '1' });
  assert.equal(r.status, 303);
  // 2027-03-03 is a Wednesday: Chloe works 17:00-21:00 on phones, no one on email.
  const grid = await manager.get('/rota?week=2027-W09');
  assert.match(grid.text, /<tr class="cover-short"><td>Wed 3 Mar<\/td><td>20:00–22:00<\/td><td>Email and chat<\/td><td>1<\/td><td>0<\/td><td>Understaffed<\/td><\/tr>/);
  assert.match(grid.text, /<svg[^>]*role="img"[^>]*aria-labelledby="heatmap-title"/);
  assert.match(grid.text, /<rect x="\d+" y="\d+" width="82" height="\d+" fill="#c62828"\/>/, 'an understaffed slot in red');
  assert.doesNotMatch(grid.text, /<script/i);
  assert.equal((await addShift({ user: userId(stack.db, 'staff5'), date: '2027-03-03', start: '20:00', end: '23:00', break_minutes: '0', role: 'email' })).status, 303);
  const after = await manager.get('/rota/day?date=2027-03-03');
  assert.match(after.text, /<tr class="cover-met"><td>Wed 3 Mar<\/td><td>20:00–22:00<\/td><td>Email and chat<\/td><td>1<\/td><td>1<\/td><td>Met<\/td>/);
  assert.match(after.text, /<title id="timeline-title">/);
});

test('leave: requested, refused only with a reason, approved; shifts on leave are refused', async () => {
  const token = await staff2.csrf('/rota/leave');
  const bad = await staff2.post('/rota/leave', { csrf_token: token, kind: 'leave', from_date: '2027-05-12', to_date: '2027-05-10' });
  assert.equal(bad.status, 400);
  assert.match(fieldError(bad.text, 'to_date'), /on or after the first day/);
  const r = await staff2.post('/rota/leave', { csrf_token: token, kind: 'leave', from_date: '2027-05-10', to_date: '2027-05-12', note: 'Holiday' });
  assert.equal(r.status, 303);
  const id = sql(stack.db, `SELECT id FROM rota_leave WHERE user_id = ${userId(stack.db, 'staff2')} AND from_date = '2027-05-10'`);
  assert.equal((await staff2.post(`/rota/leave/${id}/decide`, { csrf_token: token, decision: 'approve' })).status, 403, 'staff cannot decide');
  const noReason = await managerPost(`/rota/leave/${id}/decide`, { decision: 'refuse', reason: '' });
  assert.equal(noReason.status, 400);
  // The leave page again: the problem beside that request's reason, Refuse still chosen.
  assert.match(noReason.text, new RegExp(`<option value="refuse" selected>Refuse</option></select>\\s*<label for="reason-${id}">Reason \\(needed to refuse\\)</label>\\s*<p class="field-error" id="reason-${id}-error">Give a reason to refuse: the person will see it.</p>`));
  assert.match(noReason.text, new RegExp(`id="reason-${id}" name="reason" type="text" aria-invalid="true"`));
  assert.equal(sql(stack.db, `SELECT status FROM rota_leave WHERE id = ${id}`), 'pending');
  assert.equal((await managerPost(`/rota/leave/${id}/decide`, { decision: 'approve', reason: '' })).status, 303);
  assert.equal(sql(stack.db, `SELECT status FROM rota_leave WHERE id = ${id}`), 'approved');
  assert.match(sql(stack.db, `SELECT action FROM audit WHERE target_type = 'leave' AND target_id = ${id} ORDER BY id`), /leave\.requested\nleave\.approved/);
  const week = await manager.get('/rota?week=2027-W19');
  assert.equal((week.text.match(/<div class="rota-leave">On leave<\/div>/g) ?? []).length, 3, 'three days of leave on the grid');
  assert.doesNotMatch((await staff1.get('/rota?week=2027-W19')).text, /rota-leave/, 'colleagues do not see it');
  const shift = await addShift({ user: userId(stack.db, 'staff2'), date: '2027-05-11', start: '09:00', end: '17:00' });
  assert.equal(shift.status, 400);
  assert.equal(fieldError(shift.text, 'date'), 'The person is on approved leave from 2027-05-10 to 2027-05-12.');
  const mine = await staff2.get('/rota/mine');
  assert.match(mine.text, /Leave Mon 10 May to Wed 12 May: <strong>approved<\/strong>/);
  // Unavailability is in force at once.
  await staff2.post('/rota/leave', { csrf_token: token, kind: 'unavailable', from_date: '2027-05-20', to_date: '2027-05-20' });
  const un = await addShift({ user: userId(stack.db, 'staff2'), date: '2027-05-20', start: '09:00', end: '12:00' });
  assert.equal(un.status, 400);
  assert.match(fieldError(un.text, 'date'), /unavailable/);
});

test('the demo swap: the manager approves it, the shift moves and both people are told', async () => {
  const swap = sql(stack.db, "SELECT id, shift_id FROM rota_swaps WHERE status = 'accepted'").split('|');
  const page = await manager.get('/rota/swaps');
  assert.match(page.text, /Swaps waiting for a manager/);
  const refused = await managerPost(`/rota/swaps/${swap[0]}/decide`, { decision: 'refuse', reason: '' });
  assert.equal(refused.status, 400, 'a refusal needs a reason');
  assert.match(refused.text, new RegExp(`<p class="field-error" id="reason-${swap[0]}-error">Give a reason to refuse: the person will see it.</p>`));
  assert.equal((refused.text.match(/class="field-error"/g) ?? []).length, 1, 'only on that swap');
  const r = await managerPost(`/rota/swaps/${swap[0]}/decide`, { decision: 'approve', reason: '' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT user_id FROM shifts WHERE id = ${swap[1]}`), String(userId(stack.db, 'staff3')));
  assert.equal(sql(stack.db, `SELECT status FROM rota_swaps WHERE id = ${swap[0]}`), 'approved');
  const ben = await staff2.get('/rota/mine');
  assert.match(ben.text, /was given to someone else/);
  const chloe = await signedIn(stack.base, 'staff3');
  assert.match((await chloe.get('/rota/mine')).text, /New shift for you/);
});

test('a swap offered by staff is accepted only by a colleague with the role', async () => {
  const u = userId(stack.db, 'staff1');
  assert.equal((await addShift({ user: u, date: '2027-03-04', start: '09:00', end: '17:00', role: 'team_leader' })).status, 303);
  const id = sql(stack.db, `SELECT id FROM shifts WHERE user_id = ${u} AND local_date = '2027-03-04'`);
  const t1 = await staff1.csrf('/rota/mine');
  assert.equal((await staff1.post(`/rota/shifts/${id}/offer`, { csrf_token: t1 })).status, 303);
  assert.equal((await staff1.post(`/rota/shifts/${id}/offer`, { csrf_token: t1 })).status, 409, 'offered once');
  const t2 = await staff2.csrf('/rota/swaps');
  assert.equal((await staff2.post(`/rota/shifts/${id}/offer`, { csrf_token: t2 })).status, 404, 'not your shift');
  const swap = sql(stack.db, `SELECT id FROM rota_swaps WHERE shift_id = ${id}`);
  const ben = await staff2.post(`/rota/swaps/${swap}/accept`, { csrf_token: t2 });
  assert.equal(ben.status, 409, 'Ben does not work as team leader');
  assert.match(decodeHtml(ben.text), /needs someone who works Team leader/);
  assert.equal((await staff1.post(`/rota/swaps/${swap}/accept`, { csrf_token: t1 })).status, 400, 'not your own');
  const ellie = await signedIn(stack.base, 'staff5');
  const t5 = await ellie.csrf('/rota/swaps');
  assert.match((await ellie.get('/rota/swaps')).text, /Amy Clarke: Thu 4 Mar 09:00-17:00 \(Team leader\)/);
  assert.equal((await ellie.post(`/rota/swaps/${swap}/accept`, { csrf_token: t5 })).status, 303);
  assert.equal(sql(stack.db, `SELECT status FROM rota_swaps WHERE id = ${swap}`), 'accepted');
  assert.match((await staff1.get('/rota/mine?week=2027-W09')).text, /Swap accepted, waiting for a manager/);
});

test('copy a week and a repeating pattern: all or nothing, refusals listed', async () => {
  const before = shiftCount();
  const pattern = await managerPost('/rota/pattern', {
    user: userId(stack.db, 'staff4'), from_date: '2027-06-07', weeks: '6', start: '09:00', end: '13:00',
    break_minutes: '0', role: 'email', location: 'Home working', mon: '1', tue: '1', wed: '1', thu: '1', fri: '1',
  });
  assert.equal(pattern.status, 303);
  assert.equal(shiftCount(), before + 30, 'every weekday for 6 weeks');
  const copy = await managerPost('/rota/copy-week', { from_week: '2027-W23', to_week: '2027-W30' });
  assert.equal(copy.status, 303);
  assert.equal(shiftCount(), before + 35);
  const clash = await managerPost('/rota/copy-week', { from_week: '2027-W23', to_week: '2027-W24' });
  assert.equal(clash.status, 409);
  assert.equal((clash.text.match(/This overlaps the person/g) ?? []).length, 5, 'each refused shift listed');
  assert.equal(shiftCount(), before + 35, 'nothing half-copied');
  const badWeek = await managerPost('/rota/copy-week', { from_week: '2027-W99', to_week: '2027-W24' });
  assert.equal(badWeek.status, 400);
  assert.match(fieldError(badWeek.text, 'from_week'), /ISO week/);
  const noDays = await managerPost('/rota/pattern', { user: userId(stack.db, 'staff4'), from_date: '2027-09-06', weeks: '1', start: '09:00', end: '13:00', role: 'email' });
  assert.equal(noDays.status, 400);
  assert.match(fieldError(noDays.text, 'mon'), /at least one day/);
});

// POSTs a CSV file to the import form.
async function importCsv(week, csv) {
  const fd = new FormData();
  fd.append('csrf_token', await manager.csrf('/rota/import'));
  fd.append('week', week);
  fd.append('csv', new Blob([csv], { type: 'text/csv' }), 'rota.csv');
  const res = await fetch(`${stack.base}/rota/import`, {
    method: 'POST', body: fd, redirect: 'manual', headers: { cookie: manager.cookieHeader(), origin: stack.base },
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

test('CSV: a week exports and imports; a bad file imports nothing and names the rows', async () => {
  const exp = await manager.get('/rota/export.csv?week=2027-W23');
  assert.equal(exp.status, 200);
  assert.match(exp.headers.get('content-type'), /^text\/csv/);
  assert.match(exp.headers.get('content-disposition'), /rota-2027-W23\.csv/);
  const lines = exp.text.trim().split('\r\n');
  assert.equal(lines[0], 'person,date,start,end,break_minutes,role,location,equipment');
  assert.equal(lines.length, 6);
  assert.equal(lines[1], 'staff4,2027-06-07,09:00,13:00,0,email,Home working,');
  // Moved to another week and imported back.
  const moved = exp.text.replace(/2027-06-(\d\d)/g, (m, d) => `2027-08-${Number(d) + 9}`);   // to week 33
  const before = shiftCount();
  const ok = await importCsv('2027-W33', moved);
  assert.equal(ok.status, 303, (decodeHtml(ok.text).match(/Refused:<\/strong>[^<]*|field-error[^<]*<[^<]*/g) ?? []).join(' / '));
  assert.equal(shiftCount(), before + 5);
  const bad = [
    'person,date,start,end,break_minutes,role,location,equipment',
    'staff2,2027-09-06,09:00,17:00,30,phones,Head office,',
    'ghost,2027-09-07,09:00,17:00,30,phones,Head office,',
    'staff2,2027-09-08,9am,17:00,30,phones,Head office,',
    'staff2,2027-09-20,09:00,17:00,30,phones,Head office,',
  ].join('\n');
  const refused = await importCsv('2027-W36', bad);
  assert.equal(refused.status, 400);
  const text = decodeHtml(refused.text);
  assert.match(text, /3 of 4 rows were refused, so nothing was imported/);
  assert.match(text, /<td>3<\/td><td>ghost[^<]*<\/td><td><strong>Refused:<\/strong> there is no member of staff with the username "ghost"/);
  assert.match(text, /<td>4<\/td><td>[^<]*<\/td><td><strong>Refused:<\/strong> start and end must be times like 09:00/);
  assert.match(text, /<td>5<\/td><td>[^<]*<\/td><td><strong>Refused:<\/strong> the date 2027-09-20 is not in week 2027-W36/);
  assert.match(text, /<td>2<\/td><td>[^<]*<\/td><td>Would be accepted/);
  assert.equal(shiftCount(), before + 5, 'nothing half-imported');
  const malformed = await importCsv('2027-W36', 'person,date,start\nstaff2,"2027-09-06,09:00\n');
  assert.equal(malformed.status, 400);
  assert.equal(fieldError(malformed.text, 'csv'), 'Row 2 is malformed: a quoted field is not closed. Nothing was imported.');
  const afterQuote = await importCsv('2027-W36', 'person,date\n\nstaff2,"2027-09-06"x\n');
  assert.equal(fieldError(afterQuote.text, 'csv'), 'Row 2 is malformed: there is text after a closing quote. Nothing was imported.');
  const wide = await importCsv('2027-W36', 'person\nstaff2,2027-09-06,09:00,17:00,30,phones,Head office,,extra\n');
  assert.equal(fieldError(wide.text, 'csv'), 'Row 2 is malformed: it has more fields than the header allows. Nothing was imported.');
  const clash = await importCsv('2027-W33', moved);
  assert.equal(clash.status, 400, 'the same shifts again overlap');
  assert.match(decodeHtml(clash.text), /5 of 5 rows were refused/);
  assert.equal(shiftCount(), before + 5);
});

test('the calendar feed: a secret address, published shifts only, 404 when unknown or revoked', async () => {
  const token = await staff1.csrf('/rota/calendar');
  const made = await staff1.post('/rota/calendar/new', { csrf_token: token });
  assert.equal(made.status, 200);
  const url = made.text.match(/value="http:\/\/[^"]*(\/rota\/feed\.ics\?key=([0-9a-f]{64}))"/);
  assert.ok(url, 'the address is shown');
  assert.doesNotMatch(sql(stack.db, 'SELECT token_hash FROM rota_feeds'), new RegExp(url[2]), 'only a hash is stored');
  const anon = new BrowserClient(stack.base);
  const feed = await anon.get(url[1]);
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get('content-type'), /^text\/calendar/);
  assert.match(feed.text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/Frontline\/\/Rota\/\/EN/);
  assert.match(feed.text, /DTSTART:20270302T100000Z\r\nDTEND:20270302T180000Z/, 'the published (changed) shift');
  assert.doesNotMatch(feed.text, /DTSTART:20270614/, 'no draft-week shifts');
  assert.match(feed.text, /END:VCALENDAR\r\n$/);
  assert.equal((await anon.get(`/rota/feed.ics?key=${'0'.repeat(64)}`)).status, 404);
  assert.equal((await anon.get('/rota/feed.ics?key=short')).status, 404);
  assert.equal((await anon.get('/rota/feed.ics')).status, 404);
  // The access log has the feed's requests, never its secret (nginx
  // writes the buffered log within its 2 s flush).
  const log = join(stack.runDir, 'logs', 'access.log');
  const logged = await waitFor(() => existsSync(log) && readFileSync(log, 'utf8').includes('/rota/feed.ics'),
    { attempts: 60, intervalMs: 100, timeoutMs: 6000 });
  assert.ok(logged, 'the feed requests reach the access log');
  assert.ok(!readFileSync(log, 'utf8').includes(url[2]), 'the feed secret is not in the access log');
  assert.doesNotMatch(readFileSync(log, 'utf8'), /feed\.ics\?/, 'no query string is logged');
  await staff1.post('/rota/calendar/revoke', { csrf_token: token });
  assert.equal((await anon.get(url[1])).status, 404, 'revoked');
  assert.match(sql(stack.db, "SELECT group_concat(action) FROM audit WHERE action LIKE 'rota.feed%'"), /rota\.feed_created,rota\.feed_revoked/);
});

test('the print view and filters; bad week and filter values are refused', async () => {
  const print = await manager.get('/rota/print?week=2027-W09');
  assert.equal(print.status, 200);
  assert.match(print.text, /class="rota-print-grid"/);
  assert.doesNotMatch(print.text, /rota-add/, 'no add links in print');
  const team = sql(stack.db, "SELECT id FROM teams WHERE name = 'Email and Chat'");
  const filtered = await manager.get(`/rota?week=2027-W09&team=${team}`);
  assert.match(filtered.text, /Dev Patel/);
  assert.doesNotMatch(filtered.text, /Amy Clarke/);
  const byRole = await manager.get('/rota?week=2027-W09&role=floor');
  assert.doesNotMatch(byRole.text, /09:00–17:00<\/a> Phones/);
  assert.equal((await manager.get('/rota?week=2027-W60')).status, 400);
  assert.equal((await manager.get('/rota?week=<script>')).status, 400);
  assert.equal((await manager.get('/rota?role=cook')).status, 400);
  const deleted = sql(stack.db, "SELECT id FROM shifts WHERE local_date = '2027-03-03' AND role = 'email'");
  const del = await managerPost(`/rota/shifts/${deleted}/delete`, {});
  assert.equal(del.status, 303);
  assert.equal(sql(stack.db, `SELECT count(*) FROM shifts WHERE id = ${deleted}`), '0');
  assert.equal((await managerPost(`/rota/shifts/${deleted}/delete`, {})).status, 404);
});

test('working-time details: opt-out with its date and recorder; date of birth makes a young worker', async () => {
  const u = userId(stack.db, 'staff2');
  const token = await manager.csrf(`/rota/people/${u}`);
  const bad = await manager.post(`/rota/people/${u}`, { csrf_token: token, opt_out: '1', skill_phones: '1' });
  assert.equal(bad.status, 400);
  assert.match(fieldError(bad.text, 'opt_out_date'), /date the opt-out was signed/);
  const ok = await manager.post(`/rota/people/${u}`, { csrf_token: token, opt_out: '1', opt_out_date: '2026-01-05', date_of_birth: '2010-01-01', skill_phones: '1' });
  assert.equal(ok.status, 303);
  assert.equal(sql(stack.db, `SELECT opt_out_date, opt_out_by, date_of_birth FROM rota_people WHERE user_id = ${u}`),
    `2026-01-05|${userId(stack.db, 'manager')}|2010-01-01`);
  assert.doesNotMatch(sql(stack.db, "SELECT detail FROM audit WHERE action = 'rota.person_updated' ORDER BY id DESC LIMIT 1"), /2010/, 'no birth date in the audit trail');
  // Ben is 17 in 2027: a 5-hour shift without a 30-minute break is a warning.
  const young = await addShift({ user: u, date: '2027-07-05', start: '09:00', end: '14:00', break_minutes: '20' });
  assert.equal(young.status, 400);
  assert.match(decodeHtml(young.text), /over 4\.5 hours it needs 30 minutes/);
});

test('the grid and cover, inserted as HTML fragments, carry names and places escaped', async () => {
  sql(stack.db, "UPDATE users SET display_name = 'Zed <b>Bold</b> \"Q\"' WHERE username = 'staff4'");
  const r = await addShift({ user: userId(stack.db, 'staff4'), date: '2027-10-05', start: '09:00', end: '12:00', break_minutes: '0', location: '<img src=x onerror=alert(1)>' });
  assert.equal(r.status, 303);
  const grid = await manager.get('/rota?week=2027-W40');
  assert.match(grid.text, /Zed &lt;b&gt;Bold&lt;\/b&gt; &quot;Q&quot;/);
  assert.match(grid.text, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(grid.text, /<b>Bold<\/b>|<img src=x/);
  // The heat map and its table hold only numbers and fixed labels.
  const svg = grid.text.match(/<svg[\s\S]*?<\/svg>/)[0];
  assert.doesNotMatch(svg.replace(/<\/?(svg|title|text|rect)\b[^>]*>/g, ''), /[<>]/, 'only svg, title, text and rect elements');
  // A later change shows at once, even though the grid is kept per worker.
  sql(stack.db, "UPDATE users SET display_name = 'Dev Patel' WHERE username = 'staff4'");
  assert.match((await manager.get('/rota?week=2027-W40')).text, /Dev Patel/);
});

test('equipment: managers add and remove items; names are unique; staff cannot', async () => {
  const r = await managerPost('/rota/equipment', { name: 'Van 2', kind: 'vehicle' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, "SELECT kind FROM rota_equipment WHERE name = 'Van 2'"), 'vehicle');
  const dup = await managerPost('/rota/equipment', { name: 'Van 2', kind: 'vehicle' });
  assert.equal(dup.status, 400);
  assert.equal(fieldError(dup.text, 'name'), 'There is already equipment with that name.');
  const bad = await managerPost('/rota/equipment', { name: '', kind: 'boat' });
  assert.equal(bad.status, 400);
  assert.ok(fieldError(bad.text, 'name') && fieldError(bad.text, 'kind'));
  const token = await staff1.csrf('/rota/mine');
  assert.equal((await staff1.get('/rota/equipment')).status, 403);
  assert.equal((await staff1.post('/rota/equipment', { csrf_token: token, name: 'Mine', kind: 'desk' })).status, 403);
  const id = equipmentId('Van 2');
  assert.match((await manager.get('/rota/shifts/new')).text, new RegExp(`<option value="${id}">Van 2</option>`));
  assert.equal((await managerPost(`/rota/equipment/${id}/delete`, {})).status, 303);
  assert.equal(sql(stack.db, "SELECT count(*) FROM rota_equipment WHERE name = 'Van 2'"), '0');
  assert.match(sql(stack.db, "SELECT group_concat(action) FROM audit WHERE action LIKE 'rota.equipment%'"), /rota\.equipment_added,rota\.equipment_removed/);
});
