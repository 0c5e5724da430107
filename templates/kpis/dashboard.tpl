{{%AUTOESCAPE context="HTML"}}
<h1>KPIs</h1>
<p>Each key performance indicator's latest result against its target, worst first, with its trend over the last twelve results. Colours are also written out.</p>
{{#CAN_MANAGE}}
<ul class="actions">
  <li><a class="button" href="/kpis/new">Add a KPI</a></li>
  <li><a class="button button--secondary" href="/kpis/import">Import results from CSV</a></li>
</ul>
{{/CAN_MANAGE}}
{{#HAS_ATTENTION}}
<section class="attention" aria-labelledby="attention-heading">
  <h2 id="attention-heading">Red results needing attention ({{ATTENTION_COUNT}})</h2>
  <p>Each needs an action raised from it, or a written reason why no action is needed.</p>
  <ul class="plain-list">
    {{#ATTENTION}}<li><a href="/kpis/results/{{RESULT_ID}}">{{NAME}}, {{PERIOD}}: {{VALUE}}</a> <strong class="rag rag--red">Red</strong></li>{{/ATTENTION}}
  </ul>
</section>
{{/HAS_ATTENTION}}
{{#NO_KPIS}}<p class="empty">No KPIs have been set up yet.{{#CAN_MANAGE}} Add the first one to start monitoring performance against your targets.{{/CAN_MANAGE}}</p>{{/NO_KPIS}}
{{#HAS_KPIS}}
<ul class="kpi-cards">
{{#KPI}}
<li class="kpi-card">
  <h2 class="kpi-card__name"><a href="/kpis/{{ID}}">{{NAME}}</a></h2>
  {{#LATEST}}<p class="kpi-card__latest"><span class="kpi-card__value">{{VALUE}}</span> <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong> <span class="muted">{{PERIOD}}</span></p>{{/LATEST}}
  {{#NO_RESULTS}}<p class="empty">No results yet.</p>{{/NO_RESULTS}}
  <p class="muted">Target {{TARGET}}, {{DIRECTION}}. Owner: {{OWNER}}.</p>
  {{#NEEDS_ATTENTION}}<p><strong class="tag tag--warning">{{COUNT}} red result(s) need attention</strong></p>{{/NEEDS_ATTENTION}}
  {{TREND:none}}
</li>
{{/KPI}}
</ul>
{{/HAS_KPIS}}
{{#HAS_ARCHIVED}}
<h2>Archived KPIs</h2>
<ul class="plain-list">{{#ARCHIVED}}<li><a href="/kpis/{{ID}}">{{NAME}}</a></li>{{/ARCHIVED}}</ul>
{{/HAS_ARCHIVED}}
