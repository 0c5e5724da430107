{{%AUTOESCAPE context="HTML"}}
{{#PANEL}}
<section class="panel" aria-labelledby="checklists-heading">
  <h2 id="checklists-heading">Compliance checks</h2>
  {{#NO_MINE}}<p class="empty">No check is due for you or your team this week.</p>{{/NO_MINE}}
  {{#HAS_MINE}}
  <ul class="plain-list checklist-home">
    {{#MINE}}<li><a href="/checklists/schedules/{{SCHEDULE_ID}}">{{TEMPLATE}}</a> <span class="muted">{{ASSIGNEE}}, due {{DUE}}</span> <span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span>
      <form method="post" action="/checklists/schedules/{{SCHEDULE_ID}}/run" class="inline-form">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button--secondary">{{#IN_PROGRESS}}Carry on{{/IN_PROGRESS}}{{#NOT_STARTED}}Run it now{{/NOT_STARTED}}<span class="visually-hidden">: {{TEMPLATE}}</span></button>
      </form></li>{{/MINE}}
  </ul>
  {{/HAS_MINE}}
  {{#MANAGER}}
  <h3>Across the teams</h3>
  {{#NO_ALL}}<p class="empty">No check is overdue or due this week.</p>{{/NO_ALL}}
  {{#HAS_ALL}}<ul class="plain-list" id="checklists-all">
    {{#ALL}}<li><a href="/checklists/schedules/{{SCHEDULE_ID}}">{{TEMPLATE}}</a> <span class="muted">{{ASSIGNEE}}, due {{DUE}}</span> <span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span></li>{{/ALL}}
  </ul>{{/HAS_ALL}}
  <h3>Waiting for your sign-off</h3>
  {{#NO_WAITING}}<p class="empty">No run is waiting for sign-off.</p>{{/NO_WAITING}}
  {{#HAS_WAITING}}<ul class="plain-list" id="checklists-waiting">
    {{#WAITING}}<li><a href="/checklists/runs/{{RUN_ID}}">{{TEMPLATE}}, {{TEAM}}</a> <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong> <span class="muted">submitted {{AT}}</span></li>{{/WAITING}}
  </ul>{{/HAS_WAITING}}
  {{/MANAGER}}
  <p><a href="/checklists">All checklists</a> · <a href="/checklists/dashboard">Compliance dashboard</a></p>
</section>
{{/PANEL}}
