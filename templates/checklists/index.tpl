{{%AUTOESCAPE context="HTML"}}
<h1>Compliance checklists</h1>
<p>Checks against the Consumer Rights Act 2015, UK GDPR and the Data Protection Act 2018, the Equality Act 2010 and the organisation's own policies. Each check is scored, and every failed item is put right or explained before a manager signs it off.</p>
<ul class="actions">
  <li><a class="button button--secondary" href="/checklists/dashboard">Compliance dashboard</a></li>
  <li><a class="button button--secondary" href="/checklists/runs">All runs</a></li>
  {{#CAN_MANAGE}}<li><a class="button" href="/checklists/templates/new">New template</a></li>{{/CAN_MANAGE}}
</ul>
<h2 id="my-checks">Checks for you and your team</h2>
{{#NO_MY_CHECKS}}<p class="empty">Nothing is due for you or your team just now.</p>{{/NO_MY_CHECKS}}
{{#HAS_MY_CHECKS}}
<ul class="checklist-due">
{{#MY_CHECK}}
  <li class="checklist-due__item checklist-due__item--{{STATE}}">
    <p><strong>{{TEMPLATE}}</strong> <span class="muted">{{ASSIGNEE}}, {{FREQUENCY}}</span></p>
    <p>Due {{DUE}} <span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span>{{#HAS_MISSED}} <span class="tag tag--warning">{{MISSED_COUNT}} missed before</span>{{/HAS_MISSED}}</p>
    <form method="post" action="/checklists/schedules/{{SCHEDULE_ID}}/run" class="inline-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button checklist-big">{{#IN_PROGRESS}}Carry on<span class="visually-hidden">: {{TEMPLATE}}</span>{{/IN_PROGRESS}}{{#NOT_STARTED}}Start<span class="visually-hidden">: {{TEMPLATE}}</span>{{/NOT_STARTED}}</button>
    </form>
  </li>
{{/MY_CHECK}}
</ul>
{{/HAS_MY_CHECKS}}
<h2>Templates</h2>
{{#NO_TEMPLATES}}<p class="empty">There are no checklist templates yet.{{#CAN_MANAGE}} Load the built-in ones with <code>frontline-admin checklist-load DB</code>, or write a new one.{{/CAN_MANAGE}}</p>{{/NO_TEMPLATES}}
{{#HAS_TEMPLATES}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Checklist templates</caption>
  <thead><tr><th scope="col">Template</th><th scope="col">Version</th><th scope="col">Items</th><th scope="col">Pass mark</th><th scope="col">Latest run</th></tr></thead>
  <tbody>
  {{#TEMPLATE}}<tr><td><a href="/checklists/templates/{{ID}}">{{TITLE}}</a>{{#BUILT_IN}} <span class="tag">built in</span>{{/BUILT_IN}}</td><td>{{VERSION}}</td><td>{{ITEMS}}</td><td>{{PASS_MARK}}%</td><td>{{#HAS_RAG}}<strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong>{{/HAS_RAG}}{{#NEVER_RUN}}<span class="muted">never run</span>{{/NEVER_RUN}}</td></tr>{{/TEMPLATE}}
  </tbody>
</table>
</div>
{{/HAS_TEMPLATES}}
