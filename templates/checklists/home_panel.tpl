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
  {{! MANAGER_HTML is checklists/home_manager.tpl expanded with AUTOESCAPE (every value escaped), the same for every manager, kept per worker until the database changes; tests/e2e/checklists.test.mjs checks markup in a template's title is escaped here }}{{MANAGER_HTML:none}}
  {{/MANAGER}}
  <p><a href="/checklists">All checklists</a> · <a href="/checklists/dashboard">Compliance dashboard</a></p>
</section>
{{/PANEL}}
