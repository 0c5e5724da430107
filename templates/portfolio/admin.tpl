{{%AUTOESCAPE context="HTML"}}
{{#NOTICE}}<div class="notice" role="status"><p>{{MESSAGE}}</p></div>{{/NOTICE}}
<h1>Assessment</h1>
<h2>Learners</h2>
{{#NO_LEARNERS}}<p class="empty">Nobody is enrolled yet.</p>{{/NO_LEARNERS}}
{{#HAS_LEARNERS}}<table class="table" id="learners"><caption class="visually-hidden">Enrolled learners</caption><thead><tr><th scope="col">Learner</th><th scope="col">Units</th><th scope="col">Assessor</th><th scope="col">IQA</th><th scope="col">Dates</th></tr></thead>
<tbody>{{#LEARNER}}<tr><td>{{NAME}}</td><td>{{UNITS}}</td><td>{{ASSESSOR}}</td><td>{{IQA}}</td><td>{{STARTED}} to {{PLANNED_END}}</td></tr>{{/LEARNER}}</tbody></table>{{/HAS_LEARNERS}}
{{>FORM_ERRORS}}
<h2>Enrol a learner</h2>
<form method="post" action="/portfolio/admin/learners" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#LEARNER_INVALID}} field--error{{/LEARNER_INVALID}}"><label for="learner">Learner</label>{{#LEARNER_INVALID}}<p class="field-error" id="learner-error">{{LEARNER_ERROR}}</p>{{/LEARNER_INVALID}}<select id="learner" name="learner">{{#LEARNER_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/LEARNER_OPTION}}</select></div>
  <div class="field{{#ASSESSOR_INVALID}} field--error{{/ASSESSOR_INVALID}}"><label for="assessor">Assessor</label>{{#ASSESSOR_INVALID}}<p class="field-error" id="assessor-error">{{ASSESSOR_ERROR}}</p>{{/ASSESSOR_INVALID}}<select id="assessor" name="assessor">{{#ASSESSOR_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ASSESSOR_OPTION}}</select></div>
  <div class="field{{#IQA_INVALID}} field--error{{/IQA_INVALID}}"><label for="iqa">Internal quality assurer</label>{{#IQA_INVALID}}<p class="field-error" id="iqa-error">{{IQA_ERROR}}</p>{{/IQA_INVALID}}<select id="iqa" name="iqa">{{#IQA_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/IQA_OPTION}}</select></div>
  <div class="field{{#STARTED_ON_INVALID}} field--error{{/STARTED_ON_INVALID}}"><label for="started_on">Start date</label>{{#STARTED_ON_INVALID}}<p class="field-error" id="started_on-error">{{STARTED_ON_ERROR}}</p>{{/STARTED_ON_INVALID}}<input id="started_on" name="started_on" type="date" value="{{STARTED_ON_VALUE}}"></div>
  <div class="field{{#PLANNED_END_INVALID}} field--error{{/PLANNED_END_INVALID}}"><label for="planned_end">Planned end date</label>{{#PLANNED_END_INVALID}}<p class="field-error" id="planned_end-error">{{PLANNED_END_ERROR}}</p>{{/PLANNED_END_INVALID}}<input id="planned_end" name="planned_end" type="date" value="{{PLANNED_END_VALUE}}"></div>
  <fieldset><legend>Units</legend>{{#UNIT_OPTION}}<div class="checkbox"><input id="{{FIELD}}" name="{{FIELD}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}><label for="{{FIELD}}">{{CODE}} {{TITLE}}</label></div>{{/UNIT_OPTION}}</fieldset>
  <button type="submit" class="button">Save the enrolment</button>
</form>
<h2>IQA sampling rate of an assessor</h2>
<p>Without a rate of their own, an assessor with fewer than 10 signed assessments has half sampled, others one in ten.</p>
<form method="post" action="/portfolio/admin/rates" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#RATE_ASSESSOR_INVALID}} field--error{{/RATE_ASSESSOR_INVALID}}"><label for="rate_assessor">Assessor</label>{{#RATE_ASSESSOR_INVALID}}<p class="field-error" id="rate_assessor-error">{{RATE_ASSESSOR_ERROR}}</p>{{/RATE_ASSESSOR_INVALID}}<select id="rate_assessor" name="rate_assessor">{{#ASSESSOR_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ASSESSOR_OPTION}}</select></div>
  <div class="field{{#RATE_INVALID}} field--error{{/RATE_INVALID}}"><label for="rate">Sampling rate (%)</label>{{#RATE_INVALID}}<p class="field-error" id="rate-error">{{RATE_ERROR}}</p>{{/RATE_INVALID}}<input id="rate" name="rate" type="text" inputmode="numeric" value="{{RATE_VALUE}}"></div>
  <button type="submit" class="button button--secondary">Save the rate</button>
</form>
<h2>External quality assurer</h2>
<ul class="plain-list" id="grants">{{#GRANT}}<li>{{NAME}}: until {{EXPIRES}} {{#ACTIVE}}<span class="tag">active</span>{{/ACTIVE}}{{#EXPIRED}}<span class="tag">expired</span>{{/EXPIRED}}</li>{{/GRANT}}</ul>
<form method="post" action="/portfolio/admin/eqa" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#EQA_USER_INVALID}} field--error{{/EQA_USER_INVALID}}"><label for="eqa_user">Account (assessor or IQA role)</label>{{#EQA_USER_INVALID}}<p class="field-error" id="eqa_user-error">{{EQA_USER_ERROR}}</p>{{/EQA_USER_INVALID}}<select id="eqa_user" name="eqa_user">{{#EQA_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/EQA_OPTION}}</select></div>
  <div class="field{{#EXPIRES_ON_INVALID}} field--error{{/EXPIRES_ON_INVALID}}"><label for="expires_on">Access ends on</label>{{#EXPIRES_ON_INVALID}}<p class="field-error" id="expires_on-error">{{EXPIRES_ON_ERROR}}</p>{{/EXPIRES_ON_INVALID}}<input id="expires_on" name="expires_on" type="date" value="{{EXPIRES_ON_VALUE}}"></div>
  <button type="submit" class="button button--secondary">Grant read-only access</button>
</form>
