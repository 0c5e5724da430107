{{%AUTOESCAPE context="HTML"}}
<p><a href="/customer-feedback">Back to the feedback log</a></p>
<h1>Feedback response {{ID}}</h1>
{{>FORM_ERRORS}}
<dl class="summary-list">
  <div><dt>Received</dt><dd>{{WHEN}}</dd></div>
  <div><dt>Form</dt><dd>{{FORM}} (version {{VERSION}})</dd></div>
  <div><dt>Touchpoint</dt><dd>{{TOUCHPOINT}}</dd></div>
  <div><dt>Satisfaction (CSAT, 1-5)</dt><dd>{{CSAT}}</dd></div>
  <div><dt>Likely to recommend (NPS, 0-10)</dt><dd>{{NPS}}{{#NPS_BAND}} ({{BAND}}){{/NPS_BAND}}</dd></div>
</dl>
<h2>Comment</h2>
{{#HAS_COMMENT}}<blockquote class="feedback-comment">{{COMMENT}}</blockquote>{{/HAS_COMMENT}}
{{#NO_COMMENT}}<p class="empty">The customer left no comment.</p>{{/NO_COMMENT}}
{{#SERVQUAL}}
<h2>Service quality (SERVQUAL, 1-7)</h2>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Expectation, perception and gap per dimension</caption>
  <thead><tr><th scope="col">Dimension</th><th scope="col">Expected</th><th scope="col">Got</th><th scope="col">Gap (got minus expected)</th></tr></thead>
  <tbody>
  {{#DIMENSION}}<tr><th scope="row">{{NAME}}</th><td>{{EXPECTATION}}</td><td>{{PERCEPTION}}</td><td{{#NEGATIVE}} class="gap-negative"{{/NEGATIVE}}>{{GAP}}</td></tr>{{/DIMENSION}}
  </tbody>
</table>
</div>
{{#HAS_ITEMS}}
<details><summary>The 22 answers as given</summary>
<table class="table">
  <thead><tr><th scope="col">#</th><th scope="col">Statement (experience)</th><th scope="col">Dimension</th><th scope="col">Expected</th><th scope="col">Got</th></tr></thead>
  <tbody>
  {{#ITEM}}<tr><td>{{NUMBER}}</td><td>{{STATEMENT}}{{#REVERSED}} <span class="muted">(negatively worded: reversed when scored)</span>{{/REVERSED}}</td><td>{{DIMENSION}}</td><td>{{EXPECTATION}}</td><td>{{PERCEPTION}}</td></tr>{{/ITEM}}
  </tbody>
</table>
</details>
{{/HAS_ITEMS}}
{{/SERVQUAL}}
{{#CONTACT}}
<h2>Contact details</h2>
<p>The customer agreed to be contacted on {{CONSENT_AT}} (privacy notice {{NOTICE}}).</p>
{{#HIDDEN}}<p><a class="button button--secondary" href="/customer-feedback/{{ID}}?contact=1#contact">Show contact details</a> <span class="hint">Your viewing is recorded in the audit trail.</span></p>{{/HIDDEN}}
{{#UNREADABLE}}<p class="field-error">The contact details could not be decrypted (the key file does not match). Ask an administrator.</p>{{/UNREADABLE}}
{{#SHOWN}}
<dl class="summary-list" id="contact">
  <div><dt>Name</dt><dd>{{NAME}}</dd></div>
  <div><dt>Email</dt><dd>{{EMAIL}}</dd></div>
  <div><dt>Phone</dt><dd>{{PHONE}}</dd></div>
</dl>
{{/SHOWN}}
{{/CONTACT}}
<h2 id="tags">Tags</h2>
{{#NO_TAGS}}<p class="empty">No tags yet. Tag responses with themes (such as "waiting time") to find patterns.</p>{{/NO_TAGS}}
{{#HAS_TAGS}}
<ul class="feedback-tags">
  {{#TAG}}<li>{{TAG}} <form method="post" action="/customer-feedback/{{RESPONSE_ID}}/tags/remove" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="tag" value="{{TAG}}"><button type="submit" class="button button--secondary">Remove<span class="visually-hidden"> the tag {{TAG}}</span></button></form></li>{{/TAG}}
</ul>
{{/HAS_TAGS}}
<form method="post" action="/customer-feedback/{{ID}}/tags" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TAG_INVALID}} field--error{{/TAG_INVALID}}">
    <label for="tag">Add a tag</label>
    {{#TAG_INVALID}}<p class="field-error" id="tag-error">{{TAG_ERROR}}</p>{{/TAG_INVALID}}
    <input id="tag" name="tag" type="text" maxlength="40"{{#TAG_INVALID}} aria-invalid="true" aria-describedby="tag-error"{{/TAG_INVALID}}>
  </div>
  <button type="submit" class="button button--secondary">Add tag</button>
</form>
<h2 id="actions">Actions raised from this response</h2>
{{#NO_ACTIONS}}<p class="empty">No actions have been raised from this response.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}<ul class="feedback-actions">
{{#ACTION}}<li><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a> – {{ACTION_STATUS}}, due {{ACTION_DUE}}, owner: {{ACTION_OWNER}}{{#ACTION_OVERDUE}} <strong class="tag tag--warning">overdue</strong>{{/ACTION_OVERDUE}}</li>{{/ACTION}}
</ul>{{/HAS_ACTIONS}}
{{#CAN_RAISE}}
<h3>Raise an action</h3>
<form method="post" action="/customer-feedback/{{ID}}/action" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}">
    <label for="problem">What is wrong (optional; no customer contact details)</label>
    {{#PROBLEM_INVALID}}<p class="field-error" id="problem-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}
    <textarea id="problem" name="problem" rows="3"{{#PROBLEM_INVALID}} aria-invalid="true" aria-describedby="problem-error"{{/PROBLEM_INVALID}}>{{PROBLEM_VALUE}}</textarea>
  </div>
  <div class="field">
    <label for="kind">Kind</label>
    <select id="kind" name="kind">
      <option value="corrective">Corrective: put right what went wrong</option>
      <option value="improvement"{{#KIND_IMPROVEMENT}} selected{{/KIND_IMPROVEMENT}}>Improvement: make the service better</option>
    </select>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"{{#OWNER_INVALID}} aria-invalid="true" aria-describedby="owner-error"{{/OWNER_INVALID}}>
      <option value="0">Nobody yet</option>
      {{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}
    </select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date</label>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="date" value="{{DUE_DATE_VALUE}}"{{#DUE_DATE_INVALID}} aria-invalid="true" aria-describedby="due_date-error"{{/DUE_DATE_INVALID}}>
  </div>
  <button type="submit" class="button">Raise action</button>
</form>
{{/CAN_RAISE}}
