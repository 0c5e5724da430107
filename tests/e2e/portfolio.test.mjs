// portfolio.test.mjs: the evidence portfolio: assessors see only their
// learners' submitted portfolios and nothing else of the intranet; the
// learner adds and maps evidence, submits (a frozen snapshot); the
// assessor judges; the IQA reviews; a witness writes only what was asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, sql, ROOT } from '../lib/stack.mjs';
import { signedIn, fieldError, userId } from '../lib/e2e-helpers.mjs';

let stack;
const c = {};
before(async () => {
  stack = await startStack();
  for (const who of ['manager', 'staff1', 'staff2', 'assessor', 'iqa', 'admin']) c[who] = await signedIn(stack.base, who);
});
after(() => stack?.stop());

const one = (q) => sql(stack.db, q);
async function post(client, path, fields, from) {
  const token = await client.csrf(from ?? '/portfolio');
  return client.post(path, { csrf_token: token, ...fields });
}

test('assessors and IQAs are refused the intranet pages', async () => {
  for (const who of ['assessor', 'iqa'])
    for (const path of ['/plans', '/kpis', '/actions', '/team', '/team/meetings', '/standards', '/slas', '/rota', '/customer-feedback'])
      assert.equal((await c[who].get(path)).status, 403, `${who} ${path}`);
  assert.equal((await c.staff1.get('/plans')).status, 200);
});

test('the assessor sees the assigned learner, not others; views are audited and shown to the learner', async () => {
  const mgr = userId(stack.db, 'manager');
  let r = await c.assessor.get(`/portfolio/learners/${mgr}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /Portfolio of Daniel Okafor/);
  assert.equal((await c.assessor.get(`/portfolio/learners/${userId(stack.db, 'staff1')}`)).status, 404);
  assert.equal((await c.staff2.get(`/portfolio/learners/${mgr}`)).status, 404);
  r = await c.manager.get(`/portfolio/learners/${mgr}/views`);
  assert.equal(r.status, 200);
  assert.match(r.text, /assessor: overview/);
  assert.equal((await c.assessor.get(`/portfolio/learners/${mgr}/views`)).status, 403);
  r = await c.assessor.get('/');
  assert.match(r.text, /Portfolios to assess/);
  assert.match(r.text, /Daniel Okafor: unit 001, submission 1/);
});

test('a learner maps evidence, a plan warns on its gaps, submission freezes a snapshot the live edit leaves alone', async () => {
  const plan = one('SELECT id FROM plans ORDER BY id LIMIT 1');
  let r = await post(c.manager, '/portfolio/evidence/product', { kind: 'plan', record: `/plans/${plan}`, product_title: '' }, '/portfolio/evidence/new');
  assert.equal(r.status, 303);
  const ev = r.headers.get('location').match(/\/portfolio\/evidence\/(\d+)/)[1];
  r = await post(c.manager, '/portfolio/evidence/product', { kind: 'kpi', record: '/plans/1', product_title: 'x' }, '/portfolio/evidence/new');
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'record'), 'The record must be its number or its address, like /plans/3.');
  r = await c.manager.get(`/portfolio/evidence/${ev}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /Criteria this is likely to evidence/);
  const crit = one("SELECT c.id FROM pf_criteria c JOIN pf_units u ON u.id = c.unit_id WHERE u.code = '002' AND c.ref = '002.1'");
  r = await post(c.manager, `/portfolio/evidence/${ev}/mappings`, { criterion: crit, rationale: 'short' }, `/portfolio/evidence/${ev}`);
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'rationale'), 'How it meets the criterion must be at least 10 characters.');
  r = await post(c.manager, `/portfolio/evidence/${ev}/mappings`, { criterion: crit, rationale: 'The plan sets targets <b>measured</b> monthly.' }, `/portfolio/evidence/${ev}`);
  assert.equal(r.status, 303);
  // the assessor cannot change evidence, a learner cannot record decisions
  assert.equal((await post(c.assessor, `/portfolio/evidence/${ev}/mappings`, { criterion: crit, rationale: 'assessor was here' })).status, 403);
  const unit = one("SELECT id FROM pf_units WHERE code = '002'");
  r = await post(c.manager, `/portfolio/units/${unit}/submit`, {});
  assert.equal(r.status, 303);
  const sub = r.headers.get('location').match(/submissions\/(\d+)/)[1];
  const hash = one(`SELECT hash FROM pf_snapshots WHERE submission_id = ${sub}`);
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.equal((await post(c.manager, `/portfolio/submissions/${sub}/decisions`, { feedback: 'x'.repeat(30), signed_name: 'Me' })).status, 403);
  assert.equal((await post(c.manager, `/portfolio/units/${unit}/submit`, {})).status, 409);
  // the live plan changes; the snapshot does not
  sql(stack.db, `UPDATE plans SET title = 'Renamed <script>x</script>' WHERE id = ${plan}`);
  assert.equal(one(`SELECT hash FROM pf_snapshots WHERE submission_id = ${sub}`), hash);
  const snap = one(`SELECT id FROM pf_snapshots WHERE submission_id = ${sub}`);
  r = await c.assessor.get(`/portfolio/snapshots/${snap}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /hash checked/);
  assert.match(r.text, /The live record has changed since it was submitted/);
  assert.match(r.text, /Renamed &lt;script&gt;x&lt;\/script&gt;/);
  assert.doesNotMatch(r.text, /<script>x/);
  // the assessor judges: every criterion needs an outcome
  const crits = one(`SELECT group_concat(id) FROM pf_criteria WHERE unit_id = ${unit}`).split(',');
  r = await post(c.assessor, `/portfolio/submissions/${sub}/decisions`, { feedback: 'Good collection of data.', signed_name: 'Margaret Ellis' }, `/portfolio/submissions/${sub}`);
  assert.equal(r.status, 400);
  const fields = { feedback: 'Good collection of data; more on evaluation please.', signed_name: 'Margaret Ellis' };
  crits.forEach((id, i) => { fields[`outcome_${id}`] = i === 0 ? 'met' : 'not_yet'; });
  r = await post(c.assessor, `/portfolio/submissions/${sub}/decisions`, fields, `/portfolio/submissions/${sub}`);
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT status || sampled FROM pf_submissions WHERE id = ${sub}`), 'assessed1');
  assert.equal((await post(c.assessor, `/portfolio/submissions/${sub}/decisions`, fields, `/portfolio/submissions/${sub}`)).status, 409);
  // the IQA agrees or disagrees
  r = await c.iqa.get('/');
  assert.match(r.text, /Decisions sampled for quality assurance/);
  r = await post(c.iqa, `/portfolio/submissions/${sub}/review`, { verdict: 'agree', note: 'Consistent with the evidence.' }, `/portfolio/submissions/${sub}`);
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT verdict FROM pf_iqa_reviews WHERE submission_id = ${sub}`), 'agree');
  // resubmission makes a new snapshot; the history stays
  r = await post(c.manager, `/portfolio/units/${unit}/submit`, {});
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT count(*) FROM pf_submissions WHERE unit_id = ${unit}`), '2');
  assert.notEqual(one(`SELECT hash FROM pf_snapshots WHERE submission_id = (SELECT max(id) FROM pf_submissions)`), hash);
  const resubmitted = one('SELECT max(id) FROM pf_submissions');
  r = await c.assessor.get(`/portfolio/submissions/${resubmitted}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /Renamed &lt;script&gt;x&lt;\/script&gt;/, 'the frozen snapshot (HTML) arrives escaped');
  assert.doesNotMatch(r.text, /<script>x/);
  assert.match(r.text, /Submission 1<\/a>: assessed/, 'the first decision history stays');
  // the matrix and the print escape what they show
  r = await c.manager.get(`/portfolio/learners/${userId(stack.db, 'manager')}/units/${unit}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /pf-rag--green|pf-rag--red/);
  r = await c.assessor.get(`/portfolio/learners/${userId(stack.db, 'manager')}/print`);
  assert.equal(r.status, 200);
  assert.match(r.text, /Evidence portfolio/);
  r = await c.assessor.get(`/portfolio/learners/${userId(stack.db, 'manager')}/export`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'application/zip');
  assert.match(r.text, /portfolio\/manifest\.json/);
  assert.match(r.text, /portfolio\/portfolio\.html/);
});

test('a plan without measurable targets or contingencies, and an action with no root cause, are warned on', async () => {
  const now = "strftime('%Y-%m-%dT%H:%M:%SZ','now')";
  sql(stack.db, `INSERT INTO plans (title, period_start, period_end, created_at, updated_at) VALUES ('Vague plan', '2026-01-01', '2026-06-30', ${now}, ${now});
                 INSERT INTO plan_objectives (plan_id, statement, created_at, updated_at) VALUES (last_insert_rowid(), 'Be better', ${now}, ${now});
                 INSERT INTO actions (title, source_type, due_date, created_at, updated_at) VALUES ('Fix the queue', 'other', '2026-12-31', ${now}, ${now});`);
  const plan = one("SELECT id FROM plans WHERE title = 'Vague plan'");
  let r = await post(c.manager, '/portfolio/evidence/product', { kind: 'plan', record: plan, product_title: '' }, '/portfolio/evidence/new');
  r = await c.manager.get(r.headers.get('location'));
  assert.match(r.text, /Some objectives have no measure and target: a generic plan without specific, measurable targets/);
  assert.match(r.text, /The plan has no contingency measures/);
  assert.match(r.text, /<h1>Vague plan<\/h1>/, 'the title is the record\'s own when none is given');
  const action = one("SELECT id FROM actions WHERE title = 'Fix the queue'");
  r = await post(c.manager, '/portfolio/evidence/product', { kind: 'action', record: `/actions/${action}`, product_title: 'Queue fix' }, '/portfolio/evidence/new');
  r = await c.manager.get(r.headers.get('location'));
  assert.match(r.text, /No root cause is recorded: a problem with no root cause/);
  assert.match(r.text, /000\.3/, 'an action suggests the problem-procedure criteria');
  r = await post(c.manager, '/portfolio/evidence/product', { kind: 'kpi', record: '999999', product_title: '' }, '/portfolio/evidence/new');
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'record'), 'There is no such record.');
});

test('the feedback analysis reaches the assessor as totals: no customer comment or contact', async () => {
  const snap = one("SELECT s.id FROM pf_snapshots s WHERE s.kind = 'feedback' ORDER BY s.id LIMIT 1");
  assert.ok(snap, 'the demo submitted a month of feedback');
  const r = await c.assessor.get(`/portfolio/snapshots/${snap}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /CSAT \(% satisfied\)/);
  const month = one(`SELECT substr(html, instr(html, '<dt>Days</dt><dd>') + 17, 7) FROM pf_snapshots WHERE id = ${snap}`);
  const comments = one(`SELECT group_concat(comment, char(10)) FROM feedback_responses WHERE comment <> '' AND day LIKE '${month}%'`).split('\n').filter(Boolean);
  assert.ok(comments.length > 0, `customers left comments in ${month}`);
  for (const comment of comments) assert.ok(!r.text.includes(comment), `a customer's comment reached the assessor: ${comment}`);
  assert.doesNotMatch(r.text, /@example\.|contact details:/i);
});

test('an IQA or assessor not assigned to a learner sees nothing of them', async () => {
  const staff2 = userId(stack.db, 'staff2');
  sql(stack.db, `INSERT INTO pf_learners (learner_id, started_on, planned_end, created_at, updated_at) VALUES (${staff2}, '2026-01-01', '2027-01-01', '', '')`);
  for (const who of ['assessor', 'iqa']) {
    assert.equal((await c[who].get(`/portfolio/learners/${staff2}`)).status, 404, `${who}: overview`);
    assert.equal((await c[who].get(`/portfolio/learners/${staff2}/print`)).status, 404, `${who}: print`);
    assert.equal((await c[who].get(`/portfolio/learners/${staff2}/export`)).status, 404, `${who}: export`);
  }
  assert.equal((await c.staff2.get(`/portfolio/learners/${staff2}`)).status, 200, 'the learner sees their own');
  assert.doesNotMatch((await c.iqa.get('/portfolio')).text, /Ben Hughes/);
});

test('a witness writes only the testimony asked of them', async () => {
  let r = await post(c.manager, '/portfolio/evidence/witness', { witness: String(userId(stack.db, 'staff2')), ask_title: 'Huddles', asked: 'Please confirm I ran the daily huddles.' }, '/portfolio/evidence/new');
  assert.equal(r.status, 303);
  const ev = r.headers.get('location').match(/evidence\/(\d+)/)[1];
  assert.equal((await c.staff1.get(`/portfolio/witness/${ev}`)).status, 404);
  assert.equal((await post(c.staff1, `/portfolio/witness/${ev}`, { statement: 'x'.repeat(30), signed_name: 'Amy' })).status, 404);
  r = await c.staff2.get(`/portfolio/witness/${ev}`);
  assert.equal(r.status, 200);
  assert.match(r.text, /Please confirm I ran the daily huddles/);
  r = await post(c.staff2, `/portfolio/witness/${ev}`, { statement: 'I saw Daniel run the huddle every morning at nine.', signed_name: 'Ben Hughes' }, `/portfolio/witness/${ev}`);
  assert.equal(r.status, 303);
  assert.equal((await post(c.staff2, `/portfolio/witness/${ev}`, { statement: 'Changed my mind entirely here.', signed_name: 'Ben Hughes' }, `/portfolio/witness/${ev}`)).status, 409);
});

test('admins enrol learners; an IQA account can be made on the admin pages', async () => {
  let r = await c.admin.get('/portfolio/admin');
  assert.equal(r.status, 200);
  const units = one('SELECT id FROM pf_units ORDER BY id LIMIT 1');
  r = await post(c.admin, '/portfolio/admin/learners', { learner: String(userId(stack.db, 'staff1')), assessor: String(userId(stack.db, 'assessor')), iqa: String(userId(stack.db, 'iqa')), started_on: '2026-09-01', planned_end: '2026-08-01', [`unit_${units}`]: '1' }, '/portfolio/admin');
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'planned_end'), 'Planned end date must be after the start date.');
  r = await post(c.admin, '/portfolio/admin/learners', { learner: String(userId(stack.db, 'staff1')), assessor: String(userId(stack.db, 'assessor')), iqa: String(userId(stack.db, 'iqa')), started_on: '2026-09-01', planned_end: '2027-08-01', [`unit_${units}`]: '1' }, '/portfolio/admin');
  assert.equal(r.status, 303);
  r = await post(c.admin, '/admin/users', { username: 'iqa2', display_name: 'Second IQA', role_iqa: '1', password: 'Long-Enough-Passphrase-71' }, '/admin/users/new');
  assert.equal(r.status, 303);
  assert.equal(one("SELECT roles FROM users WHERE username = 'iqa2'"), '16');
  assert.equal((await c.staff1.get('/portfolio/admin')).status, 403);
});

// A multipart body with the CSRF token, a title and one file part.
function multipart(token, title, filename, type, bytes) {
  const b = 'pfboundary7f3a';
  const head = (name) => `--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`;
  const body = Buffer.concat([
    Buffer.from(`${head('csrf_token')}${token}\r\n${head('file_title')}${title}\r\n`),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="upload"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes, Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${b}` };
}

test('uploads: the type is checked from the content, the file stored outside the web root', async () => {
  const token = await c.manager.csrf('/portfolio/evidence/new');
  // an HTML file calling itself a PDF is refused, with the title kept
  let m = multipart(token, 'Quality audit', 'audit.pdf', 'application/pdf', Buffer.from('<html><script>alert(1)</script></html>'));
  let r = await c.manager.postRaw('/portfolio/evidence/file', m.body, m.type);
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'file_title'), 'The file must be a PDF, PNG or JPEG (its content is checked, not its name).');
  assert.match(r.text, /value="Quality audit"/);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  m = multipart(token, 'Quality audit', 'audit Nov<1>.pdf', 'text/plain', pdf);
  r = await c.manager.postRaw('/portfolio/evidence/file', m.body, m.type);
  assert.equal(r.status, 303);
  const ev = r.headers.get('location').match(/evidence\/(\d+)/)[1];
  const stored = one(`SELECT stored_name || '|' || media_type || '|' || size FROM pf_files WHERE evidence_id = ${ev}`).split('|');
  assert.equal(stored[1], 'application/pdf');
  assert.equal(Number(stored[2]), pdf.length);
  assert.ok(existsSync(`${stack.db}.files/${stored[0]}`), 'stored beside the database');
  r = await c.manager.get(`/portfolio/evidence/${ev}/file`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'application/pdf');
  assert.match(r.headers.get('content-disposition'), /^attachment; filename="audit_Nov_1_.pdf"$/);
  assert.equal(r.text, pdf.toString());
  assert.equal((await c.staff1.get(`/portfolio/evidence/${ev}/file`)).status, 404, 'nobody else downloads it');
  assert.equal((await c.manager.get(`/static/../${stored[0]}`)).status, 404);
  // too large
  m = multipart(token, 'Huge', 'big.png', 'image/png', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(4 * 1024 * 1024 + 1)]));
  r = await c.manager.postRaw('/portfolio/evidence/file', m.body, m.type);
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'file_title'), 'The file is larger than the limit.');
});

test('a reflective account needs every prompt; refusals keep what was typed; CSRF is checked', async () => {
  const token = await c.staff1.csrf('/portfolio');
  // staff1 is not enrolled until the admin test enrols them, so use the manager
  const mt = await c.manager.csrf('/portfolio/evidence/new');
  let r = await c.manager.post('/portfolio/evidence/reflection', { csrf_token: mt, refl_title: 'Peak week', happened: 'Too short', did: 'x'.repeat(25), why: 'x'.repeat(25), result: 'x'.repeat(25), differently: 'x'.repeat(25) });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'happened'), 'What happened must be at least 20 characters.');
  assert.match(r.text, /value="Peak week"/);
  r = await c.manager.post('/portfolio/evidence/reflection', { csrf_token: token, refl_title: 'Peak week', happened: 'x'.repeat(25), did: 'x'.repeat(25), why: 'x'.repeat(25), result: 'x'.repeat(25), differently: 'x'.repeat(25) });
  assert.equal(r.status, 403, "another session's token is refused");
  r = await c.manager.post('/portfolio/evidence/reflection', { csrf_token: mt, refl_title: 'Peak <week>', happened: 'The queue grew at 9am every Monday.', did: 'I moved two advisers to phones early.', why: 'The demand forecast showed the peak.', result: 'Calls answered in 20 s rose to 84%.', differently: 'I would plan it in the rota sooner.' });
  assert.equal(r.status, 303);
  const ev = r.headers.get('location').match(/evidence\/(\d+)/)[1];
  r = await c.manager.get(`/portfolio/evidence/${ev}`);
  assert.match(r.text, /What I would do differently/);
  assert.match(r.text, /Peak &lt;week&gt;/);
  assert.equal((await c.staff2.get(`/portfolio/evidence/${ev}`)).status, 404);
});

test('the assessor records a discussion; an EQA reads for a limited time; the IQA only for their learners', async () => {
  const mgr = userId(stack.db, 'manager');
  let r = await post(c.assessor, `/portfolio/learners/${mgr}/discussions`, { disc_kind: 'observation', disc_title: 'Observed huddle', disc_body: 'Daniel ran the huddle and briefed the new standard clearly.' }, `/portfolio/learners/${mgr}`);
  assert.equal(r.status, 303);
  assert.equal(one("SELECT count(*) FROM pf_evidence WHERE kind = 'observation'"), '1');
  assert.equal((await post(c.manager, `/portfolio/learners/${mgr}/discussions`, { disc_kind: 'discussion', disc_title: 'Self', disc_body: 'x'.repeat(30) })).status, 403);
  // an EQA: an assessor account with no learners, given access until a date
  sql(stack.db, `INSERT INTO users (username, display_name, roles, password_hash, created_at, updated_at, password_changed_at)
                 SELECT 'eqa', 'External QA', roles, password_hash, created_at, updated_at, password_changed_at FROM users WHERE username = 'assessor'`);
  const eqa = await signedIn(stack.base, 'eqa');
  assert.equal((await eqa.get(`/portfolio/learners/${mgr}`)).status, 404, 'no grant, no access');
  r = await post(c.admin, '/portfolio/admin/eqa', { eqa_user: String(userId(stack.db, 'eqa')), expires_on: '2020-01-01' }, '/portfolio/admin');
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'expires_on'), 'Access ends on must be today or later.');
  r = await post(c.admin, '/portfolio/admin/eqa', { eqa_user: String(userId(stack.db, 'eqa')), expires_on: '2099-01-01' }, '/portfolio/admin');
  assert.equal(r.status, 303);
  r = await eqa.get(`/portfolio/learners/${mgr}`);
  assert.equal(r.status, 200);
  assert.doesNotMatch(r.text, /Record a professional discussion/, 'read only');
  const sub = one(`SELECT min(id) FROM pf_submissions WHERE learner_id = ${mgr} AND status = 'waiting'`);
  assert.equal((await post(eqa, `/portfolio/submissions/${sub}/decisions`, { feedback: 'x'.repeat(30), signed_name: 'EQA' })).status, 403);
  assert.match(one(`SELECT group_concat(detail, '|') FROM audit WHERE action = 'portfolio.viewed' AND username = 'eqa'`), /EQA: overview/);
  sql(stack.db, "UPDATE pf_eqa_grants SET expires_at = '2021-01-01T00:00:00Z', granted_at = '2020-01-01T00:00:00Z'");
  assert.equal((await eqa.get(`/portfolio/learners/${mgr}`)).status, 404, 'the grant expired');
  assert.equal((await eqa.get('/plans')).status, 403);
});

test('frontline-admin adds an IQA and loads a qualification file; a bad file names its line', () => {
  const admin = join(ROOT, 'build', 'frontline-admin');
  execFileSync(admin, ['adduser', stack.db, 'iqa3', 'Third IQA', 'iqa'], { input: 'Long-Enough-Passphrase-71\n' });
  assert.equal(one("SELECT roles FROM users WHERE username = 'iqa3'"), '16');
  const dir = mkdtempSync(join(tmpdir(), 'pf-seed-'));
  writeFileSync(join(dir, 'q.txt'), 'qualification EXTRA Extra qualification\nunit X1 A unit\ncriterion X1.1 [plan] Plans well.\n');
  execFileSync(admin, ['load-qualification', stack.db, join(dir, 'q.txt')]);
  assert.equal(one("SELECT count(*) FROM pf_criteria c JOIN pf_units u ON u.id = c.unit_id WHERE u.code = 'X1'"), '1');
  writeFileSync(join(dir, 'bad.txt'), 'qualification EXTRA Extra\nunit X1 A unit\ncriterion X1.2 Plans badly.\n');
  const bad = spawnSync(admin, ['load-qualification', stack.db, join(dir, 'bad.txt')], { encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /line 3: a criterion's tags must follow its reference in square brackets/);
  rmSync(dir, { recursive: true, force: true });
});

test('the evidence form is pre-filled from its query; a bad value is refused and shown escaped', async () => {
  let r = await c.manager.get('/portfolio/evidence/new?kind=kpi&record=/kpis/2');
  assert.equal(r.status, 200);
  assert.match(r.text, /<option value="kpi" selected>/);
  assert.doesNotMatch(r.text, /<option value="plan" selected>/);
  assert.match(r.text, /<input id="record" name="record" type="text" value="\/kpis\/2">/);
  // a record that is not of the kind: the form with the message beside the field
  const hostile = '"><script>alert(1)</script>';
  r = await c.manager.get(`/portfolio/evidence/new?kind=plan&record=${encodeURIComponent(hostile)}`);
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'record'), 'The record must be its number or its address, like /plans/3.');
  assert.doesNotMatch(r.text, /<script>alert/);
  assert.match(r.text, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  // without a kind the record is only filled in, still escaped
  r = await c.manager.get(`/portfolio/evidence/new?record=${encodeURIComponent(hostile)}`);
  assert.equal(r.status, 200);
  assert.doesNotMatch(r.text, /<script>alert/);
  // a kind that is not a product kind is refused, never echoed
  r = await c.manager.get(`/portfolio/evidence/new?kind=${encodeURIComponent('<b>x')}`);
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'kind'), /Kind of record/);
  assert.doesNotMatch(r.text, /<b>x/);
  // not a learner's page
  assert.equal((await c.admin.get('/portfolio/evidence/new?kind=plan&record=/plans/1')).status, 403);
});

test('the picker lists the latest records, months and weeks, each a link that pre-fills the form', async () => {
  const plan = one('SELECT id FROM plans ORDER BY id DESC LIMIT 1');
  const title = one(`SELECT title FROM plans WHERE id = ${plan}`);
  const r = await c.manager.get('/portfolio/evidence/new');
  assert.equal(r.status, 200);
  const href = `/portfolio/evidence/new?kind=plan&amp;record=/plans/${plan}#product-heading`;
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  assert.ok(r.text.includes(`<a href="${href}">${plan}: ${esc}</a>`), `picker lists plan ${plan}`);
  assert.doesNotMatch(r.text, /<script>x<\/script>/);
  const checklist = one('SELECT id FROM checklist_runs WHERE superseded_by IS NULL ORDER BY id DESC LIMIT 1');
  assert.ok(r.text.includes(`kind=checklist&amp;record=/checklists/runs/${checklist}#`));
  assert.match(r.text, /kind=feedback&amp;record=\d{4}-\d\d#product-heading">\d{4}-\d\d</);
  assert.match(r.text, /kind=rota&amp;record=\d{4}-W\d\d#product-heading">\d{4}-W\d\d</);
  const picks = r.text.match(/kind=plan&amp;record=/g) ?? [];
  assert.ok(picks.length >= 1 && picks.length <= 8, `at most 8 plans, got ${picks.length}`);
});

test('a plan page offers "Add to my portfolio" to learners; adding through it creates the evidence', async () => {
  const plan = one('SELECT id FROM plans ORDER BY id LIMIT 1');
  let r = await c.manager.get(`/plans/${plan}`);
  assert.equal(r.status, 200);
  const m = r.text.match(/<a href="([^"]*)">Add to my portfolio<\/a>/);
  assert.ok(m, 'the link is on the plan page');
  const link = m[1].replace(/&amp;/g, '&');
  assert.equal(link, `/portfolio/evidence/new?kind=plan&record=/plans/${plan}#product-heading`);
  assert.doesNotMatch((await c.admin.get(`/plans/${plan}`)).text, /Add to my portfolio/);
  // a colleague not enrolled sees the link too, and the form tells them how to be enrolled
  assert.equal(Number(one(`SELECT count(*) FROM pf_learners WHERE learner_id = ${userId(stack.db, 'staff3')}`)), 0);
  const colleague = await signedIn(stack.base, 'staff3');
  assert.match((await colleague.get(`/plans/${plan}`)).text, /Add to my portfolio/);
  const refused = await colleague.get(link.split('#')[0]);
  assert.equal(refused.status, 403);
  assert.match(refused.text, /You are not enrolled on a qualification: an administrator enrols learners/);
  for (const path of [`/kpis/${one('SELECT id FROM kpis LIMIT 1')}`, `/actions/${one('SELECT id FROM actions LIMIT 1')}`,
    `/team/meetings/${one('SELECT id FROM meetings LIMIT 1')}`, `/complaints/${one('SELECT id FROM complaints LIMIT 1')}`,
    `/checklists/runs/${one('SELECT id FROM checklist_runs LIMIT 1')}`]) {
    const page = await c.manager.get(path);
    assert.equal(page.status, 200, path);
    assert.match(page.text, /Add to my portfolio/, path);
  }
  r = await c.manager.get(link.split('#')[0]);
  assert.equal(r.status, 200);
  assert.match(r.text, /<option value="plan" selected>/);
  assert.ok(r.text.includes(`value="/plans/${plan}"`));
  const before = Number(one(`SELECT count(*) FROM pf_evidence WHERE kind = 'plan' AND record_id = ${plan}`));
  r = await post(c.manager, '/portfolio/evidence/product', { kind: 'plan', record: `/plans/${plan}`, product_title: '' }, link.split('#')[0]);
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/portfolio\/evidence\/\d+\?done=added$/);
  assert.equal(Number(one(`SELECT count(*) FROM pf_evidence WHERE kind = 'plan' AND record_id = ${plan}`)), before + 1);
});
