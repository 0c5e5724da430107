{{%AUTOESCAPE context="HTML"}}
<p><a href="/standards">All standards</a></p>
<h1>{{STD_TITLE}}</h1>
<dl class="summary-list">
  <div><dt>Commitment</dt><dd><strong>{{COMMITMENT}}</strong></dd></div>
  <div><dt>Principle</dt><dd>{{PRINCIPLE}}</dd></div>
  <div><dt>Owner</dt><dd>{{OWNER}}</dd></div>
  <div><dt>Version</dt><dd>{{VERSION}}, published {{PUBLISHED_AT}} by {{PUBLISHED_BY}}</dd></div>
  <div><dt>Review by</dt><dd>{{REVIEW_DATE}}{{#REVIEW_OVERDUE}} <strong class="tag tag--warning">Review overdue</strong>{{/REVIEW_OVERDUE}}{{#REVIEW_SOON}} <span class="tag">Review due soon</span>{{/REVIEW_SOON}}</dd></div>
</dl>
{{#HAS_DETAILS}}<div class="std-details">{{DETAILS:pre_escape}}</div>{{/HAS_DETAILS}}
{{#MY_ACK_DUE}}
<section class="panel std-ack" aria-labelledby="ack-heading">
  <h2 id="ack-heading">Please read and acknowledge</h2>
  <p>Version {{VERSION}} of this standard is waiting for your acknowledgement.</p>
  <form method="post" action="/standards/{{ID}}/acknowledge">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="version" value="{{VERSION}}">
    <button type="submit" class="button">I have read and understood version {{VERSION}}</button>
  </form>
</section>
{{/MY_ACK_DUE}}
{{#MY_ACK_DONE}}<p class="muted">You acknowledged version {{VERSION}} on {{AT}}.</p>{{/MY_ACK_DONE}}
{{#CAN_MANAGE}}
<ul class="actions">
  <li><a class="button" href="/standards/{{ID}}/publish">Publish a new version</a></li>
  <li><a class="button button--secondary" href="/standards/{{ID}}/edit">Edit title, owner or review date</a></li>
</ul>
{{/CAN_MANAGE}}
{{#ACK_STATUS}}
<h2>Acknowledgements of version {{VERSION}}</h2>
<div class="std-acks">
  <section>
    <h3>Not yet acknowledged ({{NOT_ACKED_COUNT}})</h3>
    {{#ALL_ACKED}}<p class="empty">Everyone has acknowledged this version.</p>{{/ALL_ACKED}}
    <ul class="plain-list" id="not-acknowledged">{{#NOT_ACKED}}<li>{{NAME}}</li>{{/NOT_ACKED}}</ul>
  </section>
  <section>
    <h3>Acknowledged ({{ACKED_COUNT}})</h3>
    {{#NONE_ACKED}}<p class="empty">Nobody has acknowledged this version yet.</p>{{/NONE_ACKED}}
    <ul class="plain-list" id="acknowledged">{{#ACKED}}<li>{{NAME}} <span class="muted">{{AT}}</span></li>{{/ACKED}}</ul>
  </section>
</div>
{{/ACK_STATUS}}
<h2 id="raci">Who is responsible (RACI)</h2>
{{#NO_RACI}}<p class="empty">Nobody has been named yet.</p>{{/NO_RACI}}
{{#HAS_RACI}}
<table class="table">
  <caption class="visually-hidden">Responsible, accountable, consulted and informed people</caption>
  <thead><tr><th scope="col">Role</th><th scope="col">Person</th>{{#CAN_MANAGE}}<th scope="col"><span class="visually-hidden">Remove</span></th>{{/CAN_MANAGE}}</tr></thead>
  <tbody>
  {{#RACI_ROW}}<tr><td><abbr title="{{LETTER_LABEL}}">{{LETTER}}</abbr> {{LETTER_LABEL}}</td><td>{{NAME}}</td>{{#CAN_MANAGE}}<td><form method="post" action="/standards/{{ID}}/raci/{{RACI_ID}}/delete" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="link-button">Remove<span class="visually-hidden"> {{NAME}} as {{LETTER_LABEL}}</span></button></form></td>{{/CAN_MANAGE}}</tr>{{/RACI_ROW}}
  </tbody>
</table>
{{/HAS_RACI}}
{{#CAN_MANAGE}}
{{>FORM_ERRORS}}
<form method="post" action="/standards/{{ID}}/raci" class="std-raci-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#USER_INVALID}} field--error{{/USER_INVALID}}">
    <label for="user">Person</label>
    {{#USER_INVALID}}<p class="field-error" id="user-error">{{USER_ERROR}}</p>{{/USER_INVALID}}
    <select id="user" name="user"{{#USER_INVALID}} aria-invalid="true" aria-describedby="user-error"{{/USER_INVALID}}>{{#RACI_PERSON}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/RACI_PERSON}}</select>
  </div>
  <div class="field{{#LETTER_INVALID}} field--error{{/LETTER_INVALID}}">
    <label for="letter">Role</label>
    {{#LETTER_INVALID}}<p class="field-error" id="letter-error">{{LETTER_ERROR}}</p>{{/LETTER_INVALID}}
    <select id="letter" name="letter"{{#LETTER_INVALID}} aria-invalid="true" aria-describedby="letter-error"{{/LETTER_INVALID}}>{{#RACI_LETTER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}: {{LABEL}}</option>{{/RACI_LETTER_OPTION}}</select>
  </div>
  <button type="submit" class="button button--secondary">Add to the RACI</button>
</form>
{{/CAN_MANAGE}}
<h2>Version history</h2>
<ol class="plain-list std-history">
{{#VERSION_ROW}}
  <li>
    <p><strong>Version {{VERSION}}</strong>, published {{PUBLISHED_AT}} by {{PUBLISHED_BY}} · acknowledged by {{ACKS}}</p>
    <p>{{COMMITMENT}}</p>
    {{#HAS_CHANGE_NOTE}}<p class="muted">What changed: {{CHANGE_NOTE}}</p>{{/HAS_CHANGE_NOTE}}
    {{#HAS_DETAILS}}<details><summary>Details of version {{VERSION}}</summary><div class="std-details">{{DETAILS:pre_escape}}</div></details>{{/HAS_DETAILS}}
  </li>
{{/VERSION_ROW}}
</ol>
