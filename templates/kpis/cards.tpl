{{%AUTOESCAPE context="HTML"}}
{{#HAS_ATTENTION}}
<section class="attention" aria-labelledby="attention-heading">
  <h2 id="attention-heading">Red results needing attention ({{ATTENTION_COUNT}})</h2>
  <p>Each needs an action raised from it, or a written reason why no action is needed. The latest:</p>
  <ul class="plain-list">
    {{#ATTENTION}}<li><a href="/kpis/results/{{RESULT_ID}}">{{NAME}}, {{PERIOD}}: {{VALUE}}</a></li>{{/ATTENTION}}
  </ul>
  {{#MORE_ATTENTION}}<p>And {{MORE}} more: each KPI below says how many of its results need attention.</p>{{/MORE_ATTENTION}}
</section>
{{/HAS_ATTENTION}}
{{#HAS_KPIS}}
<ul class="kpi-cards">
{{#KPI}}<li class="kpi-card">
<h2><a href="/kpis/{{ID}}">{{NAME}}</a></h2>
{{#LATEST}}<p><span class="kpi-card__value">{{VALUE}}</span> <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong> <span class="muted">{{PERIOD}}</span></p>{{/LATEST}}{{#NO_RESULTS}}<p class="empty">No results yet.</p>{{/NO_RESULTS}}
<p class="muted">Target {{TARGET}}, {{DIRECTION}}. Owner: {{OWNER}}.</p>
{{#NEEDS_ATTENTION}}<p><strong class="tag tag--warning">{{COUNT}} red result(s) need attention</strong></p>{{/NEEDS_ATTENTION}}
{{! TREND is built by core/chart.c, which escapes every text; tests/unit/test_chart.c and tests/e2e/unescaped-values.test.mjs prove it }}{{TREND:none}}</li>
{{/KPI}}
</ul>
{{/HAS_KPIS}}
{{#HAS_ARCHIVED}}
<h2>Archived KPIs</h2>
<ul class="plain-list">{{#ARCHIVED}}<li><a href="/kpis/{{ID}}">{{NAME}}</a></li>{{/ARCHIVED}}</ul>
{{/HAS_ARCHIVED}}
