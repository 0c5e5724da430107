{{%AUTOESCAPE context="HTML"}}
<form method="get" action="/checklists/dashboard" class="filter-form">
  <label for="template">Template</label>
  <select id="template" name="template"><option value="0">Every template</option>{{#TEMPLATE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEMPLATE_OPTION}}</select>
  <button type="submit" class="button button--secondary">Show</button>
</form>
<dl class="figures checklist-figures">
  <div><dt>Checks overdue</dt><dd id="figure-overdue">{{OVERDUE_COUNT}}</dd></div>
  <div><dt>Due dates missed (last year)</dt><dd id="figure-missed">{{MISSED_COUNT}}</dd></div>
  <div><dt>Runs waiting for sign-off</dt><dd id="figure-waiting">{{WAITING_COUNT}}</dd></div>
  <div><dt>Open actions from failed items</dt><dd id="figure-actions">{{ACTION_COUNT}}</dd></div>
</dl>
<h2 id="latest-heading">Latest score per team</h2>
{{#NO_LATEST}}<p class="empty">No checklist has been completed yet.</p>{{/NO_LATEST}}
{{#HAS_LATEST}}
<div class="table-wrap"><table class="table" id="latest" aria-labelledby="latest-heading">
  <thead><tr><th scope="col">Template</th><th scope="col">Team</th><th scope="col">Latest score</th><th scope="col">RAG</th><th scope="col">Run</th></tr></thead>
  <tbody>{{#LATEST}}<tr><td>{{TEMPLATE}}</td><td>{{TEAM}}</td><td>{{SCORE}}</td><td><strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></td><td><a href="/checklists/runs/{{RUN_ID}}">{{AT}}</a>{{#WAITING}} <span class="tag">waiting for sign-off</span>{{/WAITING}}</td></tr>{{/LATEST}}</tbody>
</table></div>
{{/HAS_LATEST}}
<h2>Trend</h2>
{{#NO_TREND}}<p class="empty">No runs in the last twelve months.</p>{{/NO_TREND}}
{{#HAS_TREND}}<div class="chart-figure">{{! TREND is built by core/chart.c, which escapes every text; tests/unit/test_chart.c proves it }}{{TREND:none}}</div>{{/HAS_TREND}}
<h2>Overdue and in progress</h2>
{{#NO_LATE}}<p class="empty">No check is overdue.</p>{{/NO_LATE}}
{{#HAS_LATE}}
<div class="table-wrap"><table class="table" id="late">
  <caption class="visually-hidden">Checks overdue or in progress</caption>
  <thead><tr><th scope="col">Template</th><th scope="col">For</th><th scope="col">Due</th><th scope="col">State</th></tr></thead>
  <tbody>{{#LATE}}<tr><td><a href="/checklists/schedules/{{SCHEDULE_ID}}">{{TEMPLATE}}</a></td><td>{{ASSIGNEE}}</td><td>{{DUE}}</td><td><span class="tag{{#OVERDUE}} tag--warning{{/OVERDUE}}">{{STATE_LABEL}}</span>{{#IN_PROGRESS}} <a href="/checklists/runs/{{RUN_ID}}">in progress</a>{{/IN_PROGRESS}}{{#HAS_MISSED}} <span class="tag tag--warning">{{MISSED_COUNT}} missed before</span>{{/HAS_MISSED}}</td></tr>{{/LATE}}</tbody>
</table></div>
{{/HAS_LATE}}
<h2>Open actions from failed items</h2>
{{#NO_ACTIONS}}<p class="empty">No action from a failed item is open.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}
<div class="table-wrap"><table class="table" id="open-actions">
  <caption class="visually-hidden">Open corrective actions raised from failed checklist items</caption>
  <thead><tr><th scope="col">Action</th><th scope="col">From</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
  <tbody>{{#OPEN_ACTION}}<tr><td><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a></td><td><a href="/checklists/runs/{{RUN_ID}}">{{TEMPLATE}}</a></td><td>{{ACTION_OWNER}}</td><td>{{ACTION_DUE}}{{#ACTION_OVERDUE}} <span class="tag tag--warning">overdue</span>{{/ACTION_OVERDUE}}</td><td>{{ACTION_STATUS}}</td></tr>{{/OPEN_ACTION}}</tbody>
</table></div>
{{#MORE_ACTIONS}}<p>The twenty due soonest are shown: <a href="/actions?status=live&amp;source=checklist_item">every open action from a checklist</a>.</p>{{/MORE_ACTIONS}}
{{/HAS_ACTIONS}}
