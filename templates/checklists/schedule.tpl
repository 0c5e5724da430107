{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists/templates/{{TEMPLATE_ID}}">{{TEMPLATE}}</a></p>
<h1>{{TEMPLATE}}: {{ASSIGNEE}}</h1>
<dl class="summary-list">
  <div><dt>How often</dt><dd>{{FREQUENCY}}, first due {{FIRST_DUE}}</dd></div>
  <div><dt>Schedule</dt><dd>{{#ACTIVE}}Running{{/ACTIVE}}{{#STOPPED}}Stopped{{/STOPPED}}</dd></div>
</dl>
{{#CAN_RUN}}
<form method="post" action="/checklists/schedules/{{ID}}/run">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button checklist-big">Run the check that is due</button>
</form>
{{/CAN_RUN}}
<h2>Due dates</h2>
<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">Every due date of this schedule, latest first</caption>
  <thead><tr><th scope="col">Due</th><th scope="col">State</th><th scope="col">Run</th></tr></thead>
  <tbody>{{#OCCURRENCE}}<tr class="checklist-occurrence--{{STATE}}"><td>{{DUE}}</td><td><span class="tag{{#RUN}}{{/RUN}}">{{STATE_LABEL}}</span></td><td>{{#RUN}}<a href="/checklists/runs/{{RUN_ID}}">Run {{RUN_ID}}</a>{{/RUN}}</td></tr>{{/OCCURRENCE}}</tbody>
</table></div>
{{#CAN_MANAGE}}
<form method="post" action="/checklists/schedules/{{ID}}/stop">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <button type="submit" class="button button--warning">Stop this schedule</button>
</form>
{{/CAN_MANAGE}}
