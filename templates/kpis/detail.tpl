{{%AUTOESCAPE context="HTML"}}
<p><a href="/kpis">Back to KPIs</a></p>
<h1>{{NAME}}</h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=kpi&amp;record=/kpis/{{ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
{{#IS_ARCHIVED}}<p><strong class="tag tag--warning">Archived</strong></p>{{/IS_ARCHIVED}}
{{#CAN_MANAGE}}<p><a class="button button--secondary" href="/kpis/{{ID}}/edit">Edit the KPI</a></p>{{/CAN_MANAGE}}
<dl class="summary-list">
  <div><dt>What it measures</dt><dd>{{DESCRIPTION}}</dd></div>
  <div><dt>Target</dt><dd>{{TARGET}} ({{DIRECTION}})</dd></div>
  <div><dt>Colours</dt><dd>{{RULE}}</dd></div>
  <div><dt>Unit</dt><dd>{{UNIT}}</dd></div>
  <div><dt>Frequency</dt><dd>{{FREQUENCY}}</dd></div>
  <div><dt>Source of results</dt><dd>{{SOURCE}}</dd></div>
  <div><dt>Owner</dt><dd>{{OWNER}}</dd></div>
</dl>
<h2>Trend</h2>
{{#HAS_RESULTS}}
<figure class="chart-figure">
  {{! CHART is built by core/chart.c, which escapes every text; tests/unit/test_chart.c and tests/e2e/unescaped-values.test.mjs prove it }}{{CHART:none}}
  <figcaption>The last {{CHART_COUNT}} results, oldest on the left; the dashed line is the target. Every figure is in the results table below (newest first, across its pages).</figcaption>
</figure>
{{/HAS_RESULTS}}
{{#CAN_COMPUTE}}
<form method="post" action="/kpis/{{ID}}/compute" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <p>Results of this KPI are computed from Frontline's own records. <button type="submit" class="button button--secondary">Compute the complete periods now</button></p>
</form>
{{/CAN_COMPUTE}}
{{#RESULT_FORM}}
<section class="panel" aria-labelledby="record-heading">
<h2 id="record-heading">Record a result</h2>
{{>FORM_ERRORS}}
<form method="post" action="/kpis/{{ID}}/results" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#PERIOD_INVALID}} field--error{{/PERIOD_INVALID}}">
    <label for="period">Period</label>
    <p class="hint" id="period-hint">{{PERIOD_HINT}}</p>
    {{#PERIOD_INVALID}}<p class="field-error" id="period-error">{{PERIOD_ERROR}}</p>{{/PERIOD_INVALID}}
    <input id="period" name="period" type="text" class="input--short" value="{{PERIOD_VALUE}}" aria-describedby="period-hint{{#PERIOD_INVALID}} period-error{{/PERIOD_INVALID}}"{{#PERIOD_INVALID}} aria-invalid="true"{{/PERIOD_INVALID}}>
  </div>
  <div class="field{{#VALUE_INVALID}} field--error{{/VALUE_INVALID}}">
    <label for="value">Value</label>
    {{#VALUE_INVALID}}<p class="field-error" id="value-error">{{VALUE_ERROR}}</p>{{/VALUE_INVALID}}
    <input id="value" name="value" type="text" inputmode="decimal" class="input--short" value="{{VALUE_VALUE}}"{{#VALUE_INVALID}} aria-invalid="true" aria-describedby="value-error"{{/VALUE_INVALID}}>
  </div>
  <div class="field{{#NOTE_INVALID}} field--error{{/NOTE_INVALID}}">
    <label for="note">Note (optional)</label>
    {{#NOTE_INVALID}}<p class="field-error" id="note-error">{{NOTE_ERROR}}</p>{{/NOTE_INVALID}}
    <textarea id="note" name="note" rows="2">{{NOTE_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Record the result</button>
</form>
</section>
{{/RESULT_FORM}}
<h2>Results</h2>
{{#NO_RESULTS}}<p class="empty">No results have been recorded yet.</p>{{/NO_RESULTS}}
{{#HAS_RESULTS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">Results of {{NAME}}, newest first</caption>
  <thead><tr><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Follow-up</th><th scope="col">Note</th><th scope="col">Source</th></tr></thead>
  <tbody>
  {{#RESULT}}
  <tr>
    <th scope="row"><a href="/kpis/results/{{ID}}">{{PERIOD}}</a></th>
    <td>{{VALUE}}</td>
    <td><strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></td>
    <td>{{#NEEDS_ATTENTION}}<a class="tag tag--warning" href="/kpis/results/{{ID}}">Needs attention</a>{{/NEEDS_ATTENTION}}{{#HAS_ACTIONS}}<a href="/kpis/results/{{ID}}">{{ACTIONS}} action(s)</a>{{/HAS_ACTIONS}}{{#JUSTIFIED}} Justified{{/JUSTIFIED}}</td>
    <td>{{NOTE}}</td>
    <td>{{ORIGIN}}</td>
  </tr>
  {{/RESULT}}
  </tbody>
</table>
</div>
{{/HAS_RESULTS}}
{{>PAGER}}
