// checklists.test.mjs: compliance checklists through the real stack: the
// demo (built-in templates, schedules, three months of runs, an overdue
// schedule), who may do what (staff run what is theirs but cannot edit
// templates or sign off; assessors are refused every page), building a
// template with refusals that keep what was typed, versions that leave
// past runs alone, schedules, a run answered item by item with its
// refusals, failed items answered with an action or a justification,
// sign-off and the lock it puts on the run, reopening, the report, the
// CSV, the dashboard and the home panels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { csrfIn, decodeHtml, fieldError, inputValue, q, routesOf, pathFor, signedIn, userId } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff;       // staff1, Phones
let other;       // staff4, Email and Chat
let assessor;
let token;
let staffToken;
let otherToken;

before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff = await signedIn(stack.base, 'staff1');
  other = await signedIn(stack.base, 'staff4');
  assessor = await signedIn(stack.base, 'assessor');
  token = await manager.csrf('/checklists');
  staffToken = await staff.csrf('/checklists');
  otherToken = await other.csrf('/checklists');
});
after(() => stack?.stop());

const one = (statement) => sql(stack.db, statement);
const count = (table, where = '1') => Number(one(`SELECT count(*) FROM ${table} WHERE ${where}`));
const main = (html) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
const templateId = (slug) => Number(one(`SELECT id FROM checklist_templates WHERE slug = ${q(slug)}`));
const scheduleOf = (slug) => Number(one(`SELECT s.id FROM checklist_schedules s JOIN checklist_templates t
  ON t.id = s.template_id WHERE t.slug = ${q(slug)} ORDER BY s.id LIMIT 1`));
// The items of a run's version, in order: [{ id, kind, prompt, note_on_fail, source }].
function itemsOf(runId) {
  const rows = one(`SELECT i.id, i.kind, i.note_on_fail, i.source, i.mandatory FROM checklist_items i
    JOIN checklist_sections s ON s.id = i.section_id
    WHERE i.version_id = (SELECT version_id FROM checklist_runs WHERE id = ${runId})
    ORDER BY s.position, i.position`);
  return rows.split('\n').map((l) => {
    const [id, kind, noteOnFail, source, mandatory] = l.split('|');
    return { id: Number(id), kind, noteOnFail: noteOnFail === '1', source, mandatory: mandatory === '1' };
  });
}
// A passing answer for an item of each kind.
function passing(item) {
  const today = new Date().toISOString().slice(0, 10);
  return { yesno: 'yes', scale: '5', number: '0', date: today, choice: 'Met on every day', text: 'All fine.' }[item.kind];
}

test('the demo: built-in templates scheduled for the teams, three months of runs, an overdue check', async () => {
  assert.equal(count('checklist_templates', "origin = 'seed'"), 4);
  for (const slug of ['consumer-rights-2015', 'uk-gdpr-dpa-2018', 'equality-act-2010', 'service-policy'])
    assert.ok(templateId(slug) > 0, slug);
  assert.equal(count('checklist_schedules'), 4);
  assert.ok(count('checklist_runs', "status = 'signed_off'") >= 15);
  assert.ok(count('checklist_runs', "started_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-80 days')") >= 3);
  assert.ok(count('checklist_answers', "outcome = 'fail'") >= 5);
  assert.ok(count('actions', "source_type = 'checklist_item'") >= 3);
  const page = await manager.get('/checklists/dashboard');
  assert.equal(page.status, 200);
  assert.match(page.text, /<dd id="figure-overdue">1<\/dd>/);
  assert.match(page.text, /<dd id="figure-missed">1<\/dd>/);
  assert.match(page.text, /<dd id="figure-waiting">1<\/dd>/);
  const late = page.text.match(/<table class="table" id="late">[\s\S]*?<\/table>/)[0];
  assert.match(late, /UK GDPR and DPA 2018[\s\S]*Email and Chat[\s\S]*Overdue/);
  assert.match(page.text, /<table class="table" id="latest"[\s\S]*Consumer Rights Act 2015[\s\S]*Phones/);
  assert.match(page.text, /<svg class="chart/);
  assert.match(page.text, /<caption>Average score of the runs of each month<\/caption>/);
  assert.match(page.text, /<table class="table" id="open-actions">[\s\S]*Put right:/);
});

test('assessors are refused every checklist page; nobody else is let in without signing in', async () => {
  const routes = routesOf('intranet').filter((r) => r.area === 'checklists');
  assert.ok(routes.length >= 25);
  const aToken = await assessor.csrf('/account');
  for (const r of routes) {
    assert.ok(!r.roles.includes('assessor'), `${r.pattern} must not name assessors`);
    const path = pathFor(r.pattern);
    const res = r.method === 'GET' ? await assessor.get(path) : await assessor.post(path, { csrf_token: aToken });
    assert.equal(res.status, 403, `${r.method} ${path} as assessor`);
  }
  const home = await assessor.get('/');
  assert.doesNotMatch(home.text, /Compliance checks/);
  assert.doesNotMatch(home.text, /href="\/checklists"/);
});

test('staff read templates but cannot build, edit, schedule or sign off', async () => {
  const id = templateId('consumer-rights-2015');
  const page = await staff.get(`/checklists/templates/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /CRA 2015 s\.20\(15\)/);
  assert.doesNotMatch(main(page.text), /\/edit"|Add the section|Add the schedule|Remove<span/);
  const before = [count('checklist_versions'), count('checklist_schedules'), count('checklist_items')];
  for (const [path, fields] of [
    ['/checklists/templates', { title: 'Mine', pass_mark: '90', amber_band: '10' }],
    [`/checklists/templates/${id}`, { title: 'Renamed', pass_mark: '50', amber_band: '10' }],
    [`/checklists/templates/${id}/sections`, { section_title: 'More' }],
    [`/checklists/templates/${id}/items`, { section: '1', prompt: 'p', kind: 'yesno', weight: '1' }],
    [`/checklists/templates/${id}/schedules`, { team: '1', frequency: 'weekly', first_due: '2030-01-01' }],
    [`/checklists/templates/${id}/run`, {}],
    ['/checklists/runs/12/signoff', {}],
    ['/checklists/runs/1/reopen', { reason: 'Because I say so' }],
  ]) {
    const r = await staff.post(path, { csrf_token: staffToken, ...fields });
    assert.equal(r.status, 403, path);
    assert.match(r.text, /does not have the role this page needs/);
  }
  for (const path of ['/checklists/templates/new', `/checklists/templates/${id}/edit`, `/checklists/templates/${id}/items/new`,
                      '/checklists/runs.csv'])
    assert.equal((await staff.get(path)).status, 403, path);
  assert.deepEqual([count('checklist_versions'), count('checklist_schedules'), count('checklist_items')], before);
});

test('a manager builds a template: refusals name the field and keep what was typed', async () => {
  let r = await manager.post('/checklists/templates', { csrf_token: token, title: '', description: 'Kept text', pass_mark: '90', amber_band: '95' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'title'), 'Title is required.');
  assert.match(fieldError(r.text, 'amber_band'), /Amber band must be smaller than the pass mark/);
  assert.match(r.text, />Kept text<\/textarea>/);
  assert.equal(inputValue(r.text, 'amber_band'), '95');
  r = await manager.post('/checklists/templates', { csrf_token: token, title: 'Fire <b>safety</b>', pass_mark: '100', amber_band: '0' });
  assert.equal(r.status, 303);
  const id = Number(r.headers.get('location').match(/^\/checklists\/templates\/(\d+)\?done=created$/)[1]);
  r = await manager.post(`/checklists/templates/${id}/sections`, { csrf_token: token, section_title: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'section_title'), 'Section title is required.');
  r = await manager.post(`/checklists/templates/${id}/sections`, { csrf_token: token, section_title: 'Exits' });
  assert.equal(r.status, 303);
  const item = (over) => ({ csrf_token: token, section: '1', prompt: 'Exits are clear', kind: 'yesno', weight: '2', source: 'none', ...over });
  for (const [over, field, message] of [
    [{ kind: 'choice', choices: 'Only one' }, 'choices', /at least two answers/],
    [{ kind: 'choice', choices: 'A\nB', pass_choices: 'C' }, 'pass_choices', /must each be one of the answers offered/],
    [{ kind: 'scale', scale_max: '5', pass_at: '6' }, 'pass_at', /cannot be above the top of the scale/],
    [{ kind: 'number' }, 'min_value', /lowest or the highest/],
    [{ kind: 'number', min_value: '10', max_value: '1' }, 'max_value', /must not be below the lowest/],
    [{ kind: 'text', source: 'rota_working_time' }, 'source', /confirmed with yes or no/],
    [{ weight: '101' }, 'weight', /Weight/],
    [{ kind: 'colour' }, 'kind', /Kind of answer/],
  ]) {
    r = await manager.post(`/checklists/templates/${id}/items`, item(over));
    assert.equal(r.status, 400, JSON.stringify(over));
    assert.match(fieldError(r.text, field) ?? '', message, JSON.stringify(over));
    assert.equal(inputValue(r.text, 'prompt'), 'Exits are clear');
  }
  r = await manager.post(`/checklists/templates/${id}/items`, item({ mandatory: '1', note_on_fail: '1', reference: 'RRO 2005 art. 14' }));
  assert.equal(r.status, 303);
  r = await manager.post(`/checklists/templates/${id}/items`, item({ prompt: 'Minutes to clear', kind: 'number', max_value: '3' }));
  assert.equal(r.status, 303);
  const page = await manager.get(`/checklists/templates/${id}`);
  assert.match(page.text, /<h1>Fire &lt;b&gt;safety&lt;\/b&gt;<\/h1>/);
  assert.match(page.text, /Exits are clear<\/strong> <span class="tag tag--warning">mandatory/);
  assert.match(page.text, /A number of at most 3/);
  assert.match(page.text, /RRO 2005 art\. 14/);
  assert.equal(count('checklist_versions', `template_id = ${id}`), 1);   // never run: edited in place
});

test('editing a version that has been run makes a new one; the past run keeps its questions', async () => {
  const id = templateId('consumer-rights-2015');
  const runId = Number(one(`SELECT min(id) FROM checklist_runs WHERE template_id = ${id}`));
  const item = Number(one(`SELECT min(i.id) FROM checklist_items i JOIN checklist_versions v ON v.id = i.version_id
    WHERE v.template_id = ${id}`));
  const prompt = one(`SELECT prompt FROM checklist_items WHERE id = ${item}`);
  const edit = await manager.get(`/checklists/templates/${id}/items/${item}/edit`);
  assert.equal(edit.status, 200);
  assert.equal(inputValue(edit.text, 'prompt'), prompt);
  const r = await manager.post(`/checklists/templates/${id}/items/${item}`, {
    csrf_token: token, section: '1', prompt: 'Rejections within 30 days were refunded in full', kind: 'yesno',
    weight: '5', mandatory: '1', note_on_fail: '1', reference: 'CRA 2015 s.20', source: 'none' });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /done=versioned$/);
  assert.equal(one(`SELECT current_version FROM checklist_templates WHERE id = ${id}`), '2');
  assert.equal(count('checklist_items', `version_id = (SELECT id FROM checklist_versions WHERE template_id = ${id} AND version = 2)`),
               count('checklist_items', `version_id = (SELECT id FROM checklist_versions WHERE template_id = ${id} AND version = 1)`));
  const old = await manager.get(`/checklists/runs/${runId}`);
  assert.match(old.text, new RegExp(prompt.replace(/[()]/g, '.').slice(0, 40)));
  assert.match(old.text, /the template is now at version 2; this run keeps the version it was run against/);
  assert.doesNotMatch(old.text, /Rejections within 30 days were refunded in full/);
  const current = await manager.get(`/checklists/templates/${id}`);
  assert.match(current.text, /Rejections within 30 days were refunded in full/);
  assert.match(current.text, /Version 2<\/strong>/);
  // the old item's key lives on, so runs of both versions compare
  assert.equal(one(`SELECT count(DISTINCT item_key) FROM checklist_items i JOIN checklist_versions v ON v.id = i.version_id
    WHERE v.template_id = ${id} AND i.prompt IN (${q(prompt)}, 'Rejections within 30 days were refunded in full')`), '1');
});

test('schedules: a team or a person, due dates shown with missed ones', async () => {
  const id = templateId('equality-act-2010');
  let r = await manager.post(`/checklists/templates/${id}/schedules`, { csrf_token: token, team: '1', user: String(userId(stack.db, 'staff2')), frequency: 'monthly', first_due: '2027-01-31' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'team'), 'Choose a team or a person, not both.');
  assert.equal(inputValue(r.text, 'first_due'), '2027-01-31');
  r = await manager.post(`/checklists/templates/${id}/schedules`, { csrf_token: token, team: '0', user: '0', frequency: 'monthly', first_due: '2027-01-31' });
  assert.equal(r.status, 400);
  r = await manager.post(`/checklists/templates/${id}/schedules`, { csrf_token: token, team: '999', frequency: 'monthly', first_due: '2027-01-31' });
  assert.equal(fieldError(r.text, 'team'), 'Choose a team from the list.');
  r = await manager.post(`/checklists/templates/${id}/schedules`, { csrf_token: token, user: String(userId(stack.db, 'staff2')), frequency: 'monthly', first_due: '2027-01-31' });
  assert.equal(r.status, 303);
  const sid = Number(one('SELECT max(id) FROM checklist_schedules'));
  const page = await manager.get(`/checklists/schedules/${sid}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Ben Hughes/);
  assert.match(page.text, /31 Jan 2027[\s\S]*?<\/tr>/);
  assert.match(page.text, /28 Feb 2027/);
  const missed = await manager.get(`/checklists/schedules/${scheduleOf('equality-act-2010')}`);
  assert.match(missed.text, /<span class="tag">Missed<\/span>/);
  // a person's schedule is theirs: another member of staff may not run it
  r = await other.post(`/checklists/schedules/${sid}/run`, { csrf_token: otherToken });
  assert.equal(r.status, 403);
  assert.match(r.text, /assigned to someone else/);
});

test('staff run their team\'s check item by item; refusals keep the answer; sign-off needs failures answered', async () => {
  const sid = scheduleOf('service-policy');
  let r = await staff.post(`/checklists/schedules/${sid}/run`, { csrf_token: staffToken });
  assert.equal(r.status, 303);
  const runId = Number(r.headers.get('location').match(/^\/checklists\/runs\/(\d+)$/)[1]);
  // asking again opens the same run
  r = await staff.post(`/checklists/schedules/${sid}/run`, { csrf_token: staffToken });
  assert.equal(r.headers.get('location'), `/checklists/runs/${runId}`);
  const items = itemsOf(runId);
  const page = await staff.get(`/checklists/runs/${runId}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /From Frontline's records<\/strong> \(the rota: working-time warnings this month\): <span class="checklist-records__figure">\d+ working-time warnings? on the rota since/);
  assert.match(page.text, /Since the last run/);   // last week's run of the same schedule
  // another team may read it but not answer it
  const otherPage = await other.get(`/checklists/runs/${runId}`);
  assert.match(otherPage.text, /This run belongs to another team or person/);
  r = await other.post(`/checklists/runs/${runId}/items/${items[0].id}`, { csrf_token: otherToken, answer: 'yes' });
  assert.equal(r.status, 403);

  const number = items.find((i) => i.kind === 'number');
  r = await staff.post(`/checklists/runs/${runId}/items/${number.id}`, { csrf_token: staffToken, answer: 'two', note: '' });
  assert.equal(r.status, 400);
  assert.match(r.text, /<p class="field-error" id="answer-\d+-error">Enter a number, like 12 or 3.5.<\/p>/);
  assert.match(r.text, new RegExp(`href="#item-${number.id}"`));
  r = await staff.post(`/checklists/runs/${runId}/items/${number.id}`, { csrf_token: staffToken, answer: '2', note: '' });
  assert.equal(r.status, 400);
  assert.match(r.text, /<p class="field-error" id="note-\d+-error">Write a note saying what is wrong: this item needs one when it fails.<\/p>/);
  assert.match(r.text, new RegExp(`id="answer-${number.id}" name="answer" type="text" inputmode="decimal" value="2"`));
  assert.equal(count('checklist_answers', `run_id = ${runId}`), 0);
  r = await staff.post(`/checklists/runs/${runId}/items/${number.id}`, { csrf_token: staffToken, answer: '2', note: 'Two from the <b>spring</b> backlog' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/checklists/runs/${runId}?done=saved#item-${number.id}`);
  assert.equal(one(`SELECT outcome FROM checklist_answers WHERE run_id = ${runId} AND item_id = ${number.id}`), 'fail');
  assert.ok(Number(one(`SELECT failed_count FROM checklist_runs WHERE id = ${runId}`)) === 1);

  r = await staff.post(`/checklists/runs/${runId}/submit`, { csrf_token: staffToken });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /items still need an answer before the run can be submitted/);

  for (const item of items.filter((i) => i !== number)) {
    r = await staff.post(`/checklists/runs/${runId}/items/${item.id}`, { csrf_token: staffToken, answer: passing(item), note: '' });
    assert.equal(r.status, 303, `${item.kind} item ${item.id}: ${r.text.match(/field-error[^<]*<\/p>/)?.[0]}`);
  }
  const scored = await staff.get(`/checklists/runs/${runId}`);
  assert.match(scored.text, /<span id="run-score">\d+\.\d%<\/span> <strong class="rag rag--(green|amber)" id="run-rag">/);
  assert.match(scored.text, /Two from the &lt;b&gt;spring&lt;\/b&gt; backlog/);
  // last week's run passed the backlog item: it is listed as failing now
  assert.match(scored.text, new RegExp(`<ul class="plain-list" id="changes-broken"><li><a href="#item-${number.id}">Number of complaints open for more than eight weeks`));
  assert.match(scored.text, /Failed then, passing now<\/h3>\s*<p class="empty">None.<\/p>/);
  assert.doesNotMatch(scored.text, /Raise a corrective action/);   // staff do not raise from here
  r = await staff.post(`/checklists/runs/${runId}/submit`, { csrf_token: staffToken });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT status FROM checklist_runs WHERE id = ${runId}`), 'submitted');

  // the manager cannot sign off while the failure is unanswered
  r = await manager.post(`/checklists/runs/${runId}/signoff`, { csrf_token: token });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /1 failed item still needs a corrective action or a justification/);
  const answerId = Number(one(`SELECT id FROM checklist_answers WHERE run_id = ${runId} AND outcome = 'fail'`));
  r = await manager.post(`/checklists/runs/${runId}/answers/${answerId}/action`, { csrf_token: token, title: 'Clear the backlog', problem: 'Two old complaints', owner: '99999', due_date: '2001-01-01' });
  assert.equal(r.status, 400);
  assert.match(r.text, new RegExp(`id="owner-${answerId}-error"`));
  assert.match(r.text, new RegExp(`id="due_date-${answerId}-error"`));
  assert.match(r.text, new RegExp(`id="title-${answerId}" name="title" type="text" value="Clear the backlog"`));
  r = await manager.post(`/checklists/runs/${runId}/answers/${answerId}/justify`, { csrf_token: token, justification: 'too short' });
  assert.equal(r.status, 400);
  const due = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);
  r = await manager.post(`/checklists/runs/${runId}/answers/${answerId}/action`, { csrf_token: token, title: 'Clear the backlog', problem: 'Two old complaints', owner: String(userId(stack.db, 'staff1')), due_date: due });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT count(*) FROM actions WHERE source_type = 'checklist_item' AND source_id = ${answerId} AND title = 'Clear the backlog'`), '1');
  // staff cannot sign off; the manager can, and the name and time are kept
  r = await staff.post(`/checklists/runs/${runId}/signoff`, { csrf_token: staffToken });
  assert.equal(r.status, 403);
  r = await manager.post(`/checklists/runs/${runId}/signoff`, { csrf_token: token });
  assert.equal(r.status, 303);
  const signed = await manager.get(`/checklists/runs/${runId}`);
  assert.match(signed.text, /Signed off by <strong>Daniel Okafor<\/strong> on \d\d \w{3} \d{4} \d\d:\d\d/);
  assert.match(signed.text, /Action: <a href="\/actions\/\d+">Clear the backlog<\/a>/);
  assert.doesNotMatch(signed.text, /class="checklist-answer-form"/);

  // a signed-off run refuses every change with a clear message
  const before = one(`SELECT group_concat(value || outcome || note, ';') FROM checklist_answers WHERE run_id = ${runId}`);
  for (const [path, fields] of [
    [`/checklists/runs/${runId}/items/${items[0].id}`, { answer: 'no', note: 'late change' }],
    [`/checklists/runs/${runId}/submit`, {}],
    [`/checklists/runs/${runId}/signoff`, {}],
    [`/checklists/runs/${runId}/answers/${answerId}/justify`, { justification: 'Changing my mind after the sign-off.' }],
  ]) {
    const c = path.includes('/items/') || path.endsWith('/submit') ? staff : manager;
    r = await c.post(path, { csrf_token: c === staff ? staffToken : token, ...fields });
    assert.equal(r.status, 409, path);
    assert.match(decodeHtml(r.text), /was signed off by Daniel Okafor on .* and can no longer change/);
  }
  assert.equal(one(`SELECT group_concat(value || outcome || note, ';') FROM checklist_answers WHERE run_id = ${runId}`), before);

  // reopening: a new revision with the answers, the old one kept
  r = await manager.post(`/checklists/runs/${runId}/reopen`, { csrf_token: token, reason: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'reason'), 'Why it is reopened is required.');
  r = await manager.post(`/checklists/runs/${runId}/reopen`, { csrf_token: token, reason: 'The backlog count was wrong' });
  assert.equal(r.status, 303);
  const newId = Number(r.headers.get('location').match(/^\/checklists\/runs\/(\d+)\?done=reopened$/)[1]);
  assert.equal(one(`SELECT status || ',' || superseded_by FROM checklist_runs WHERE id = ${runId}`), `signed_off,${newId}`);
  assert.equal(one(`SELECT status || ',' || revision || ',' || revision_of FROM checklist_runs WHERE id = ${newId}`), `in_progress,2,${runId}`);
  assert.equal(count('checklist_answers', `run_id = ${newId}`), items.length);
  const reopened = await staff.get(`/checklists/runs/${newId}`);
  assert.match(reopened.text, /reopened from <a href="\/checklists\/runs\/\d+">run \d+<\/a>: The backlog count was wrong/);
  assert.match(reopened.text, /Clear the backlog/);   // the action raised in the revision before
  r = await staff.post(`/checklists/runs/${newId}/items/${number.id}`, { csrf_token: staffToken, answer: '0', note: '' });
  assert.equal(r.status, 303);
  r = await staff.post(`/checklists/runs/${runId}/items/${number.id}`, { csrf_token: staffToken, answer: '0', note: '' });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /has been reopened as revision 2/);
  assert.equal(one(`SELECT outcome FROM checklist_answers WHERE run_id = ${runId} AND item_id = ${number.id}`), 'fail');
});

test('the printable report, the list of runs and the CSV of every run', async () => {
  const runId = Number(one("SELECT min(id) FROM checklist_runs WHERE status = 'signed_off' AND failed_count > 0"));
  const report = await staff.get(`/checklists/runs/${runId}/report`);
  assert.equal(report.status, 200);
  assert.match(report.text, /compliance check report<\/h1>/);
  assert.match(report.text, /<dt>Signed off<\/dt><dd>Daniel Okafor, /);
  assert.match(report.text, /Action \d+: Put right:|Justified by/);
  assert.match(report.text, /<h2 id="failed-items">Failed items<\/h2>\s*<ol class="checklist-report-failed">\s*<li><strong>/);
  assert.match(report.text, /class="checklist-report"/);
  const answer = Number(one(`SELECT x.id FROM checklist_answers x JOIN actions a ON a.source_id = x.id
    AND a.source_type = 'checklist_item' WHERE x.run_id = ${runId} LIMIT 1`) || one(`SELECT min(source_id) FROM actions WHERE source_type = 'checklist_item'`));
  const action = Number(one(`SELECT id FROM actions WHERE source_type = 'checklist_item' AND source_id = ${answer} LIMIT 1`));
  const actionPage = await manager.get(`/actions/${action}`);
  assert.match(actionPage.text, new RegExp(`href="/checklists/answers/${answer}"`));
  const jump = await staff.get(`/checklists/answers/${answer}`);
  assert.equal(jump.status, 303);
  assert.match(jump.headers.get('location'), new RegExp(`^/checklists/runs/\\d+#answer-${answer}$`));
  assert.equal((await staff.get('/checklists/answers/999999')).status, 404);
  const list = await staff.get('/checklists/runs');
  assert.equal(list.status, 200);
  assert.match(list.text, /<a href="\/checklists\/runs\/\d+">\d+<\/a>/);
  assert.doesNotMatch(list.text, /runs\.csv/);
  one(`INSERT INTO checklist_runs (template_id, version_id, started_at)
    SELECT template_id, version_id, started_at FROM checklist_runs WHERE status = 'signed_off' LIMIT 20`);
  const second = await manager.get('/checklists/runs?page=2');
  assert.match(second.text, /<a rel="prev" href="\/checklists\/runs\?template=0&amp;page=1">Previous page<\/a>/);
  assert.match(second.text, /Page 2 of 2/);
  const csv = await manager.get('/checklists/runs.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'run,template,version,team,due_date,revision,superseded_by,status,score_percent,rag,failed_items,started_by,started_at,submitted_at,signed_off_by,signed_off_at,actions_raised');
  assert.equal(lines.length - 1, count('checklist_runs'));
  assert.ok(lines.some((l) => /,signed_off,\d+\.\d,(green|amber|red),\d+,.*,Daniel Okafor,/.test(l)));
});

test('the dashboard escapes what people type, filters by template and changes with a new run', async () => {
  const id = templateId('consumer-rights-2015');
  one(`UPDATE checklist_versions SET title = 'CRA <x-hostile id="pwned">' WHERE template_id = ${id}`);
  const page = await manager.get(`/checklists/dashboard?template=${id}`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /<x-hostile/);
  assert.match(page.text, /CRA &lt;x-hostile id=&quot;pwned&quot;&gt;/);
  assert.doesNotMatch(page.text.match(/<table class="table" id="latest"[\s\S]*?<\/table>/)[0], /UK GDPR/);
  assert.match(page.text, /class="chart-target/);        // one template: its pass mark drawn
  const bad = await manager.get('/checklists/dashboard?template=abc');
  assert.equal(bad.status, 400);
});

test('home panels: staff see their team\'s checks due; managers the overdue ones and those to sign off', async () => {
  const s = await staff.get('/');
  assert.match(s.text, /<h2 id="checklists-heading">Compliance checks<\/h2>/);
  const m = await manager.get('/');
  const all = m.text.match(/<ul class="plain-list" id="checklists-all">[\s\S]*?<\/ul>/)[0];
  assert.match(all, /UK GDPR and DPA 2018[\s\S]*Overdue/);
  assert.match(m.text, /<ul class="plain-list" id="checklists-waiting">/);
  const o = await other.get('/');
  assert.match(o.text, /UK GDPR and DPA 2018/);   // Email and Chat's overdue check is theirs
  // The managers' part is kept per worker: a change to the database shows
  // at once, and what people typed is escaped in it.
  const id = templateId('uk-gdpr-dpa-2018');
  const title = one(`SELECT title FROM checklist_versions WHERE template_id = ${id} ORDER BY version DESC LIMIT 1`);
  one(`UPDATE checklist_versions SET title = title || ' <x-hostile id="home">' WHERE template_id = ${id}`);
  const changed = await manager.get('/');
  const list = changed.text.match(/<ul class="plain-list" id="checklists-all">[\s\S]*?<\/ul>/)[0];
  assert.doesNotMatch(changed.text, /<x-hostile/);
  assert.match(list, /UK GDPR and DPA 2018[^<]*&lt;x-hostile id=&quot;home&quot;&gt;/);
  one(`UPDATE checklist_versions SET title = ${q(title)} WHERE template_id = ${id}`);
  const back = await manager.get('/');
  assert.doesNotMatch(back.text, /x-hostile/);
});

test('frontline-admin checklist-load: a new file loads, a second load is a new version, a bad file names its line', async () => {
  const { execFileSync, spawnSync } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');

  const bin = new URL('../../build/frontline-admin', import.meta.url).pathname;
  const file = join(stack.runDir, 'fire.checklist');
  writeFileSync(file, 'template: fire-safety\ntitle: Fire safety\npass mark: 100\namber band: 0\nsection: Exits\nitem: Exits clear\n  mandatory: yes\n');
  let out = execFileSync(bin, ['checklist-load', stack.db, file], { encoding: 'utf8' });
  assert.match(out, /template "Fire safety" \(fire-safety\) loaded as version 1, 1 sections, 1 items/);
  out = execFileSync(bin, ['checklist-load', stack.db, file], { encoding: 'utf8' });
  assert.match(out, /loaded as version 2/);
  writeFileSync(file, 'template: fire-safety\ntitle: Fire safety\npass mark: 100\nsection: Exits\nitem: Exits clear\n  weight: heavy\n');
  const bad = spawnSync(bin, ['checklist-load', stack.db, file], { encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /line 6: weight must be a whole number from 0 to 100/);
  assert.equal(one("SELECT current_version FROM checklist_templates WHERE slug = 'fire-safety'"), '2');
  out = execFileSync(bin, ['checklist-load', stack.db], { encoding: 'utf8' });
  assert.match(out, /The 4 built-in checklist templates are loaded/);
  assert.equal(count('checklist_templates', "origin = 'seed'"), 5);

});

test('the other manager pages: new and edit forms, an unscheduled run, a justification, stopping a schedule, CSRF', async () => {
  assert.match((await manager.get('/checklists/templates/new')).text, /<h1>New checklist template<\/h1>/);
  const id = templateId('uk-gdpr-dpa-2018');
  const edit = await manager.get(`/checklists/templates/${id}/edit`);
  assert.equal(inputValue(edit.text, 'pass_mark'), '90');
  let r = await manager.post(`/checklists/templates/${id}`, { csrf_token: token, title: 'UK GDPR and DPA 2018: data protection in the team',
    description: 'Monthly.', pass_mark: '95', amber_band: '5', change_note: 'Stricter after the audit' });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /done=versioned$/);
  assert.equal(one(`SELECT pass_mark || ',' || change_note FROM checklist_versions WHERE template_id = ${id} AND version = 2`), '95,Stricter after the audit');
  assert.equal(one(`SELECT pass_mark FROM checklist_versions WHERE template_id = ${id} AND version = 1`), '90');
  assert.ok(count('checklist_runs', `template_id = ${id} AND version_id = (SELECT id FROM checklist_versions WHERE template_id = ${id} AND version = 1)`) >= 3);
  // an unscheduled run of the new version, for a team chosen
  r = await manager.post(`/checklists/templates/${id}/run`, { csrf_token: token, team: '2' });
  assert.equal(r.status, 303);
  const runId = Number(r.headers.get('location').match(/^\/checklists\/runs\/(\d+)$/)[1]);
  assert.equal(one(`SELECT v.version || ',' || r.team_id || ',' || coalesce(r.due_date, '-') FROM checklist_runs r
    JOIN checklist_versions v ON v.id = r.version_id WHERE r.id = ${runId}`), '2,2,-');
  const run = await manager.get(`/checklists/runs/${runId}`);
  assert.match(run.text, /<dt>Due<\/dt><dd>unscheduled<\/dd>/);
  assert.match(run.text, /Green at 95% or above, amber from 90%/);
  assert.match(run.text, /customer feedback: contact details past their retention/);
  // a failed item answered with a justification
  const item = itemsOf(runId).find((i) => i.kind === 'yesno' && !i.noteOnFail && !i.source);
  r = await manager.post(`/checklists/runs/${runId}/items/${item.id}`, { csrf_token: token, answer: 'no', note: '' });
  assert.equal(r.status, 303);
  const answer = Number(one(`SELECT id FROM checklist_answers WHERE run_id = ${runId} AND item_id = ${item.id}`));
  r = await manager.post(`/checklists/runs/${runId}/answers/${answer}/justify`, { csrf_token: token, justification: 'Counted twice: the request was withdrawn.' });
  assert.equal(r.status, 303);
  const after = await manager.get(`/checklists/runs/${runId}`);
  assert.match(after.text, /No action needed, Daniel Okafor, .*: Counted twice: the request was withdrawn\./);
  // an administrator cannot own an action (only staff and managers can)
  r = await manager.post(`/checklists/runs/${runId}/answers/${answer}/action`, { csrf_token: token, title: 'x', problem: 'y',
    owner: String(userId(stack.db, 'admin')), due_date: '2099-01-01' });
  assert.equal(r.status, 400);
  assert.match(r.text, new RegExp(`id="owner-${answer}-error"`));
  // an answer that passes after all clears the justification
  r = await manager.post(`/checklists/runs/${runId}/items/${item.id}`, { csrf_token: token, answer: 'yes', note: '' });
  assert.equal(one(`SELECT justification FROM checklist_answers WHERE id = ${answer}`), '');
  r = await manager.post(`/checklists/runs/${runId}/answers/${answer}/justify`, { csrf_token: token, justification: 'This one passed, nothing to justify.' });
  assert.equal(r.status, 409);
  // a POST without the form's token changes nothing
  const n = count('checklist_answers', `run_id = ${runId}`);
  r = await manager.post(`/checklists/runs/${runId}/items/${itemsOf(runId)[0].id}`, { answer: 'yes' });
  assert.equal(r.status, 403);
  assert.match(r.text, /This form had expired or did not come from this site/);
  assert.equal(count('checklist_answers', `run_id = ${runId}`), n);
  // stopping a schedule keeps its runs; running it then is refused
  const sid = scheduleOf('equality-act-2010');
  const runs = count('checklist_runs', `schedule_id = ${sid}`);
  r = await manager.post(`/checklists/schedules/${sid}/stop`, { csrf_token: token });
  assert.equal(r.status, 303);
  assert.equal(count('checklist_runs', `schedule_id = ${sid}`), runs);
  r = await manager.post(`/checklists/schedules/${sid}/stop`, { csrf_token: token });
  assert.equal(r.status, 409);
  r = await manager.post(`/checklists/schedules/${sid}/run`, { csrf_token: token });
  assert.equal(r.status, 409);
  assert.match((await manager.get(`/checklists/schedules/${sid}`)).text, /<dd>Stopped<\/dd>/);
  assert.equal((await manager.get('/checklists/runs/999999')).status, 404);
  assert.equal((await manager.get('/checklists/templates/999999')).status, 404);
  assert.equal((await manager.get('/checklists/schedules/999999')).status, 404);
});

test('sections are renamed and removed; on a version that was run, as a new version', async () => {
  let r = await manager.post('/checklists/templates', { csrf_token: token, title: 'Sections test', pass_mark: '80', amber_band: '10' });
  const id = Number(r.headers.get('location').match(/templates\/(\d+)/)[1]);
  for (const title of ['First', 'Second', 'Third'])
    assert.equal((await manager.post(`/checklists/templates/${id}/sections`, { csrf_token: token, section_title: title })).status, 303);
  r = await manager.post(`/checklists/templates/${id}/items`, { csrf_token: token, section: '2', prompt: 'In the second', kind: 'yesno', weight: '1' });
  assert.equal(r.status, 303);
  r = await manager.post(`/checklists/templates/${id}/sections/2`, { csrf_token: token, section_title: 'Second, renamed' });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /done=renamed$/);
  r = await manager.post(`/checklists/templates/${id}/sections/2`, { csrf_token: token, section_title: '' });
  assert.equal(r.status, 400);
  r = await manager.post(`/checklists/templates/${id}/sections/9`, { csrf_token: token, section_title: 'Nowhere' });
  assert.equal(r.status, 404);
  // a run, then removing the second section makes version 2 without it
  r = await manager.post(`/checklists/templates/${id}/run`, { csrf_token: token, team: '1' });
  const runId = Number(r.headers.get('location').match(/runs\/(\d+)/)[1]);
  r = await manager.post(`/checklists/templates/${id}/sections/2/delete`, { csrf_token: token });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /done=versioned$/);
  const page = await manager.get(`/checklists/templates/${id}`);
  assert.match(page.text, /1\. First<\/h2>/);
  assert.match(page.text, /2\. Third<\/h2>/);
  assert.doesNotMatch(page.text, /Second, renamed|In the second/);
  const run = await manager.get(`/checklists/runs/${runId}`);
  assert.match(run.text, /Second, renamed/);
  assert.match(run.text, /In the second/);
  assert.equal((await staff.post(`/checklists/templates/${id}/sections/1/delete`, { csrf_token: staffToken })).status, 403);
});
