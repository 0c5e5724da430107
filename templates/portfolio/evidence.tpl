{{%AUTOESCAPE context="HTML"}}
{{#NOTICE}}<div class="notice" role="status"><p>{{MESSAGE}}</p></div>{{/NOTICE}}
<p><a href="/portfolio">Portfolio</a></p>
<h1>{{EVIDENCE_TITLE}}</h1>
<p class="muted">{{KIND}}{{#HAS_LIVE}} · <a href="{{LIVE_URL}}">the live record</a>{{/HAS_LIVE}}{{#FILE}} · <a href="/portfolio/evidence/{{ID}}/file">download the file</a>{{/FILE}}</p>
{{#WARNING}}<div class="notice notice--warning pf-warning" role="note"><p>{{TEXT}}</p></div>{{/WARNING}}
<section class="pf-rendered" aria-labelledby="now-heading"><h2 id="now-heading">As it is now</h2>
{{#RECORD_GONE}}<p class="empty">The record no longer exists.</p>{{/RECORD_GONE}}
{{! RENDERED comes from the kind's renderer (core/snapshot.h): every value is escaped with html_escape_append; tests/e2e/portfolio.test.mjs proves markup arrives escaped }}
{{RENDERED:none}}
</section>
<h2>Mapped to</h2>
{{#NO_MAPPINGS}}<p class="empty">Not mapped to any criterion yet.</p>{{/NO_MAPPINGS}}
{{#HAS_MAPPINGS}}<ul class="plain-list" id="mappings">{{#MAPPING}}<li><strong>{{REF}}</strong> {{TEXT}}<br><em>{{RATIONALE}}</em>
<form method="post" action="/portfolio/mappings/{{ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Remove</button></form></li>{{/MAPPING}}</ul>{{/HAS_MAPPINGS}}
{{#HAS_SUGGESTIONS}}<h2>Criteria this is likely to evidence</h2><ul class="plain-list" id="suggestions">{{#SUGGESTION}}<li><strong>{{REF}}</strong> {{TEXT}}</li>{{/SUGGESTION}}</ul>{{/HAS_SUGGESTIONS}}
<h2>Map it to a criterion</h2>
{{>FORM_ERRORS}}
<form method="post" action="/portfolio/evidence/{{ID}}/mappings" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#CRITERION_INVALID}} field--error{{/CRITERION_INVALID}}"><label for="criterion">Criterion</label>{{#CRITERION_INVALID}}<p class="field-error" id="criterion-error">{{CRITERION_ERROR}}</p>{{/CRITERION_INVALID}}<select id="criterion" name="criterion">{{#CRITERION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{REF}} {{TEXT}}</option>{{/CRITERION}}</select></div>
  <div class="field{{#RATIONALE_INVALID}} field--error{{/RATIONALE_INVALID}}"><label for="rationale">How it meets the criterion (one sentence)</label>{{#RATIONALE_INVALID}}<p class="field-error" id="rationale-error">{{RATIONALE_ERROR}}</p>{{/RATIONALE_INVALID}}<textarea id="rationale" name="rationale" rows="3"{{#RATIONALE_INVALID}} aria-invalid="true" aria-describedby="rationale-error"{{/RATIONALE_INVALID}}>{{RATIONALE_VALUE:pre_escape}}</textarea></div>
  <button type="submit" class="button">Map it</button>
</form>
<form method="post" action="/portfolio/evidence/{{ID}}/delete"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button button--secondary">Remove this evidence</button></form>
