{{%AUTOESCAPE context="HTML"}}
<h1>KPIs</h1>
<p>Each key performance indicator's latest result against its target, worst first, with its trend over the last twelve results. Colours are also written out.</p>
{{#CAN_MANAGE}}
<ul class="actions">
  <li><a class="button" href="/kpis/new">Add a KPI</a></li>
  <li><a class="button button--secondary" href="/kpis/import">Import results from CSV</a></li>
</ul>
{{/CAN_MANAGE}}
{{#NO_KPIS}}<p class="empty">No KPIs have been set up yet.{{#CAN_MANAGE}} Add the first one to start monitoring performance against your targets.{{/CAN_MANAGE}}</p>{{/NO_KPIS}}
{{! CARDS is kpis/cards.tpl expanded with AUTOESCAPE (every value escaped), kept per worker; tests/e2e/kpis.test.mjs and tests/e2e/unescaped-values.test.mjs check markup in names is escaped }}{{CARDS:none}}
