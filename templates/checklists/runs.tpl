{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists">Checklists</a></p>
<h1>Checklist runs</h1>
{{#CAN_MANAGE}}<p><a href="/checklists/runs.csv">Download every run as CSV</a></p>{{/CAN_MANAGE}}
{{#NO_RUNS}}<p class="empty">No checklist has been run yet.</p>{{/NO_RUNS}}
{{#HAS_RUNS}}
<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">Checklist runs, newest first</caption>
  <thead><tr><th scope="col">Run</th><th scope="col">Template</th><th scope="col">Team</th><th scope="col">Due</th><th scope="col">State</th><th scope="col">Score</th><th scope="col">Failed</th></tr></thead>
  <tbody>{{#RUN}}<tr><td><a href="/checklists/runs/{{ID}}">{{ID}}</a>{{#SUPERSEDED}} <span class="tag">reopened</span>{{/SUPERSEDED}}</td><td>{{TITLE}} <span class="muted">v{{VERSION}}, rev. {{REVISION}}</span></td><td>{{TEAM}}</td><td>{{DUE}}</td><td>{{STATUS_LABEL}}</td><td>{{SCORE}} <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></td><td>{{FAILED}}</td></tr>{{/RUN}}</tbody>
</table></div>
{{>PAGER}}
{{/HAS_RUNS}}
