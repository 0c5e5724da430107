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
{{>RACI}}
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
