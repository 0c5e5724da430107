{{%AUTOESCAPE context="HTML"}}
{{#NOTICE}}<div class="notice" role="status"><p>{{MESSAGE}}</p></div>{{/NOTICE}}
<h1>{{#IS_LEARNER}}My portfolio{{/IS_LEARNER}}{{#NOT_LEARNER}}Portfolio of {{NAME}}{{/NOT_LEARNER}}</h1>
<dl class="summary-list">
  <div><dt>Learner</dt><dd>{{NAME}} <span class="muted">{{JOB_TITLE}}</span></dd></div>
  <div><dt>Started</dt><dd>{{STARTED}}</dd></div>
  <div><dt>Planned end</dt><dd>{{PLANNED_END}}</dd></div>
  <div><dt>Assessor</dt><dd>{{ASSESSOR}}</dd></div>
  <div><dt>Internal quality assurer</dt><dd>{{IQA}}</dd></div>
</dl>
<p class="area-no-print"><a href="/portfolio/learners/{{LEARNER_ID}}/print">Printable portfolio</a> · <a href="/portfolio/learners/{{LEARNER_ID}}/export">Download (zip)</a>{{#IS_LEARNER}} · <a href="/portfolio/learners/{{LEARNER_ID}}/views">Who has viewed my portfolio</a> · <a href="/portfolio/evidence/new">Add evidence</a>{{/IS_LEARNER}}</p>
<h2>Units and progress</h2>
<table class="table" id="units">
  <caption class="visually-hidden">Progress on each unit</caption>
  <thead><tr><th scope="col">Unit</th><th scope="col">Criteria with evidence</th><th scope="col">Judged met</th><th scope="col">Time elapsed</th>{{#IS_LEARNER}}<th scope="col">Submit</th>{{/IS_LEARNER}}</tr></thead>
  <tbody>{{#UNIT}}<tr><th scope="row"><a href="/portfolio/learners/{{LEARNER}}/units/{{ID}}">{{CODE}} {{TITLE}}</a></th><td>{{EVIDENCE_PERCENT}}%</td><td>{{MET_PERCENT}}%</td><td>{{TIME_PERCENT}}% <span class="muted">({{DAYS_LEFT}})</span></td>{{#CAN_SUBMIT}}<td><form method="post" action="/portfolio/units/{{ID}}/submit"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Submit unit {{CODE}}</button></form></td>{{/CAN_SUBMIT}}</tr>{{/UNIT}}</tbody>
</table>
<h2>Submissions</h2>
{{#NO_SUBMISSIONS}}<p class="empty">Nothing has been submitted yet.</p>{{/NO_SUBMISSIONS}}
{{#HAS_SUBMISSIONS}}<ul class="plain-list" id="submissions">{{#SUBMISSION}}<li><a href="/portfolio/submissions/{{ID}}">Unit {{UNIT}}, submission {{NUMBER}}</a> <span class="muted">{{SUBMITTED_AT}}</span> {{#WAITING}}<span class="tag tag--warning">Waiting for the assessor</span>{{/WAITING}}{{#ASSESSED}}<span class="tag">Assessed {{ASSESSED_AT}}</span> {{REFERRED}} referred{{/ASSESSED}}</li>{{/SUBMISSION}}</ul>{{/HAS_SUBMISSIONS}}
{{#IS_LEARNER}}
<h2>My evidence</h2>
{{#NO_EVIDENCE}}<p class="empty">No evidence yet: <a href="/portfolio/evidence/new">add your first piece</a>.</p>{{/NO_EVIDENCE}}
{{#HAS_EVIDENCE}}<table class="table" id="evidence"><caption class="visually-hidden">My evidence</caption><thead><tr><th scope="col">Evidence</th><th scope="col">Kind</th><th scope="col">Mapped to</th><th scope="col">Added</th></tr></thead>
<tbody>{{#EVIDENCE}}<tr><td><a href="/portfolio/evidence/{{ID}}">{{TITLE}}</a></td><td>{{KIND}}</td><td>{{MAPPINGS}} criteria</td><td>{{CREATED_AT}}</td></tr>{{/EVIDENCE}}</tbody></table>{{/HAS_EVIDENCE}}
{{/IS_LEARNER}}
{{#IS_ASSESSOR}}
<h2>Record a professional discussion or observation</h2>
{{>FORM_ERRORS}}
<form method="post" action="/portfolio/learners/{{LEARNER_ID}}/discussions" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field"><label for="disc_kind">Kind of record</label><select id="disc_kind" name="disc_kind"><option value="discussion">Professional discussion</option><option value="observation">Observation</option></select></div>
  <div class="field{{#DISC_TITLE_INVALID}} field--error{{/DISC_TITLE_INVALID}}"><label for="disc_title">Title</label>{{#DISC_TITLE_INVALID}}<p class="field-error" id="disc_title-error">{{DISC_TITLE_ERROR}}</p>{{/DISC_TITLE_INVALID}}<input id="disc_title" name="disc_title" type="text" value="{{DISC_TITLE_VALUE}}"></div>
  <div class="field{{#DISC_BODY_INVALID}} field--error{{/DISC_BODY_INVALID}}"><label for="disc_body">The record</label>{{#DISC_BODY_INVALID}}<p class="field-error" id="disc_body-error">{{DISC_BODY_ERROR}}</p>{{/DISC_BODY_INVALID}}<textarea id="disc_body" name="disc_body" rows="6">{{DISC_BODY_VALUE:pre_escape}}</textarea></div>
  <button type="submit" class="button">Record it</button>
</form>
{{/IS_ASSESSOR}}
