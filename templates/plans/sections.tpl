{{%AUTOESCAPE context="HTML"}}
{{#ALL_PARTS}}
<section>
<h2 id="goals">Business goals</h2>
{{#NO_GOALS}}<p class="empty">No business goals yet.</p>{{/NO_GOALS}}
{{#HAS_GOALS}}<ul class="plain-list">
  {{#GOAL}}<li><strong>{{TITLE}}</strong> ({{OBJECTIVES}} objective(s))<br><span class="prewrap">{{DESCRIPTION}}</span>{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> goal {{TITLE}}</span></a>{{/EDIT}}</li>{{/GOAL}}
</ul>{{/HAS_GOALS}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/goals/new">Add a business goal</a></p>{{/MANAGER}}
</section>
{{/ALL_PARTS}}

<section>
<h2 id="objectives">Objectives</h2>
{{#NO_OBJECTIVES}}<p class="empty">No objectives yet.</p>{{/NO_OBJECTIVES}}
{{#HAS_OBJECTIVES}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Objectives with their targets and progress</caption>
  <thead><tr><th scope="col">Objective</th><th scope="col">Business goal</th><th scope="col">Measure</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Current</th><th scope="col">Progress</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Deadline</th></tr></thead>
  <tbody>
  {{#OBJECTIVE}}
  <tr>
    <td>{{STATEMENT}}{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> objective {{STATEMENT}}</span></a>{{/EDIT}}</td>
    <td>{{GOAL}}</td>
    <td>{{MEASURE}}</td>
    <td>{{BASELINE}}</td>
    <td>{{TARGET}}</td>
    <td>{{CURRENT}}{{#KPI}}<br><span class="muted">from KPI <a href="/kpis/{{KPI_ID}}">{{KPI_NAME}}</a></span>{{/KPI}}</td>
    <td>{{#PROGRESS}}<progress max="100" value="{{PERCENT}}" aria-label="Progress">{{PERCENT}}%</progress> {{PERCENT}}%{{/PROGRESS}}</td>
    <td><span class="tag objective--{{STATUS_CLASS}}">{{STATUS}}</span></td>
    <td>{{OWNER}}</td>
    <td>{{DEADLINE}}</td>
  </tr>
  {{/OBJECTIVE}}
  </tbody>
</table>
</div>
{{/HAS_OBJECTIVES}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/objectives/new">Add an objective</a></p>{{/MANAGER}}
</section>

{{#ALL_PARTS}}
<section>
<h2 id="milestones">Milestones and timeline</h2>
{{#NO_MILESTONES}}<p class="empty">No milestones yet.</p>{{/NO_MILESTONES}}
{{#HAS_MILESTONES}}
<figure class="gantt-figure">
  {{! GANTT_SVG is built by cgi-bin/plans/gantt.c, which escapes every label; tests/unit/test_plans.c and tests/e2e/unescaped-values.test.mjs prove it }}
  {{GANTT_SVG:none}}
  <figcaption>Milestones from start to due date; a diamond is a one-day milestone; the red line is today. The same dates are in the table below.</figcaption>
</figure>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Milestones</caption>
  <thead><tr><th scope="col">Milestone</th><th scope="col">Start</th><th scope="col">Due</th><th scope="col">Reached</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Notes</th></tr></thead>
  <tbody>
  {{#MILESTONE}}
  <tr>
    <td>{{TITLE}}{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> milestone {{TITLE}}</span></a>{{/EDIT}}</td>
    <td>{{START}}</td>
    <td>{{DUE}}</td>
    <td>{{DONE}}</td>
    <td><span class="tag milestone--{{STATUS_CLASS}}">{{STATUS}}</span></td>
    <td>{{OWNER}}</td>
    <td class="prewrap">{{NOTES}}</td>
  </tr>
  {{/MILESTONE}}
  </tbody>
</table>
</div>
{{/HAS_MILESTONES}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/milestones/new">Add a milestone</a></p>{{/MANAGER}}
</section>

<section>
<h2 id="resources">Resource requirements</h2>
{{#NO_RESOURCES}}<p class="empty">No resource requirements yet.</p>{{/NO_RESOURCES}}
{{#HAS_RESOURCES}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Resource requirements</caption>
  <thead><tr><th scope="col">Kind</th><th scope="col">Description</th><th scope="col">Asked for</th><th scope="col">When</th><th scope="col">Team</th><th scope="col">Rota's planned hours</th><th scope="col">Notes</th></tr></thead>
  <tbody>
  {{#RESOURCE}}
  <tr>
    <td>{{KIND}}</td>
    <td>{{DESCRIPTION}}{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> resource {{DESCRIPTION}}</span></a>{{/EDIT}}</td>
    <td>{{QUANTITY}}</td>
    <td>{{WHEN}}</td>
    <td>{{TEAM}}</td>
    <td>{{#ROTA_NO_DATES}}<span class="muted">Give dates to compare with the rota</span>{{/ROTA_NO_DATES}}{{#ROTA_MET}}{{ROTA_HOURS}} hours{{/ROTA_MET}}{{#ROTA_SHORT}}<strong class="tag tag--warning">{{ROTA_HOURS}} hours: short of what is asked</strong>{{/ROTA_SHORT}}</td>
    <td class="prewrap">{{NOTES}}</td>
  </tr>
  {{/RESOURCE}}
  </tbody>
</table>
</div>
<p>Staff hours asked for: {{STAFF_HOURS_TOTAL}}. Budget asked for: £{{BUDGET_TOTAL}}.</p>
{{/HAS_RESOURCES}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/resources/new">Add a resource requirement</a></p>{{/MANAGER}}
</section>

<section>
<h2 id="risks">Risks and contingencies</h2>
{{#NO_RISKS}}<p class="empty">No risks recorded yet.</p>{{/NO_RISKS}}
{{#HAS_RISKS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Risks, highest score first</caption>
  <thead><tr><th scope="col">Risk</th><th scope="col">Likelihood</th><th scope="col">Impact</th><th scope="col">Score</th><th scope="col">Contingency</th><th scope="col">Owner</th></tr></thead>
  <tbody>
  {{#RISK}}
  <tr>
    <td>{{DESCRIPTION}}{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> risk {{DESCRIPTION}}</span></a>{{/EDIT}}</td>
    <td>{{LIKELIHOOD}}</td>
    <td>{{IMPACT}}</td>
    <td><span class="tag risk--{{BAND}}">{{SCORE}} {{BAND}}</span></td>
    <td class="prewrap">{{CONTINGENCY}}</td>
    <td>{{OWNER}}</td>
  </tr>
  {{/RISK}}
  </tbody>
</table>
</div>
<p class="muted">Score = likelihood x impact: 1-4 low, 5-9 medium, 10-14 high, 15-25 severe.</p>
{{/HAS_RISKS}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/risks/new">Add a risk</a></p>{{/MANAGER}}
</section>

<section>
<h2 id="stakeholders">Stakeholders and communication</h2>
{{#NO_STAKEHOLDERS}}<p class="empty">No stakeholders yet.</p>{{/NO_STAKEHOLDERS}}
{{#HAS_STAKEHOLDERS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Stakeholders and how they are kept informed</caption>
  <thead><tr><th scope="col">Stakeholder</th><th scope="col">Their interest</th><th scope="col">Kept informed by</th><th scope="col">How often</th></tr></thead>
  <tbody>
  {{#STAKEHOLDER}}
  <tr>
    <td>{{NAME}}{{#EDIT}} <a href="{{HREF}}">Edit<span class="visually-hidden"> stakeholder {{NAME}}</span></a>{{/EDIT}}</td>
    <td>{{INTEREST}}</td>
    <td>{{CHANNEL}}</td>
    <td>{{FREQUENCY}}</td>
  </tr>
  {{/STAKEHOLDER}}
  </tbody>
</table>
</div>
{{/HAS_STAKEHOLDERS}}
{{#MANAGER}}<p><a href="/plans/{{PLAN_ID}}/stakeholders/new">Add a stakeholder</a></p>{{/MANAGER}}
</section>
{{/ALL_PARTS}}
