{{%AUTOESCAPE context="HTML"}}
<h1>Service level agreements</h1>
<p>What we have promised, to whom, how it is measured and in which hours the clock runs. Link each SLA to the KPI that measures it, and its page shows how it is doing.</p>
<ul class="actions">
  {{#CAN_MANAGE}}<li><a class="button" href="/slas/new">Add an SLA</a></li>{{/CAN_MANAGE}}
  {{#CAN_EDIT_HOLIDAYS}}<li><a class="button button--secondary" href="/slas/holidays">Bank holidays</a></li>{{/CAN_EDIT_HOLIDAYS}}
</ul>
{{#NO_SLAS}}<p class="empty">No SLAs have been agreed yet.</p>{{/NO_SLAS}}
{{#HAS_SLAS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Service level agreements</caption>
  <thead><tr><th scope="col">SLA</th><th scope="col">Promised to</th><th scope="col">Metric</th><th scope="col">Target</th><th scope="col">Period</th><th scope="col">Clock runs</th><th scope="col">Responsible</th></tr></thead>
  <tbody>
  {{#SLA}}
  <tr><td><a href="/slas/{{ID}}">{{TITLE}}</a></td><td>{{CUSTOMER}}</td><td>{{METRIC}}</td><td>{{TARGET}}</td><td>{{PERIOD}}</td><td>{{HOURS}}</td><td>{{RESPONSIBLE}}</td></tr>
  {{/SLA}}
  </tbody>
</table>
</div>
{{/HAS_SLAS}}
{{>PAGER}}
