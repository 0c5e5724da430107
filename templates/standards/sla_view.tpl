{{%AUTOESCAPE context="HTML"}}
<p><a href="/slas">All SLAs</a></p>
<h1>{{SLA_TITLE}}</h1>
<dl class="summary-list">
  <div><dt>Promised to</dt><dd>{{CUSTOMER}}</dd></div>
  <div><dt>Metric</dt><dd>{{METRIC}}</dd></div>
  <div><dt>Target</dt><dd><strong>{{TARGET}}</strong></dd></div>
  <div><dt>Measured</dt><dd>{{PERIOD}}</dd></div>
  <div><dt>Clock runs</dt><dd>{{HOURS}}</dd></div>
  <div><dt>Measured by KPI</dt><dd id="sla-kpi">{{#NOT_MEASURED}}<span class="muted">Not linked to a KPI</span>{{/NOT_MEASURED}}{{#MEASURED_BY}}<a href="/kpis/{{KPI_ID}}">{{KPI_NAME}}</a>{{#KPI_RESULT}}: latest result {{VALUE}} for {{PERIOD}}, <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong>{{/KPI_RESULT}}{{#NO_RESULT}} <span class="muted">(no results yet)</span>{{/NO_RESULT}}{{/MEASURED_BY}}</dd></div>
  <div><dt>Responsible</dt><dd>{{RESPONSIBLE}}</dd></div>
  <div><dt>Last changed</dt><dd>{{UPDATED_AT}}</dd></div>
</dl>
<h2>What is promised</h2>
<div class="team-text">{{PROMISE:pre_escape}}</div>
<h2>What happens on a breach</h2>
<div class="team-text">{{ON_BREACH:pre_escape}}</div>
{{#CAN_MANAGE}}<p><a class="button button--secondary" href="/slas/{{ID}}/edit">Edit this SLA</a></p>{{/CAN_MANAGE}}
<div class="area-no-print">
<h2 id="clock">Check the clock</h2>
<p>{{#HAS_DURATION}}When is a case due, and was it answered in time? {{/HAS_DURATION}}Business time counts only the hours above.</p>
{{>FORM_ERRORS}}
<form method="get" action="/slas/{{ID}}#clock" class="team-inline-form" novalidate>
  <div class="field{{#START_DATE_INVALID}} field--error{{/START_DATE_INVALID}}">
    <label for="start_date">Started on</label>
    {{#START_DATE_INVALID}}<p class="field-error" id="start_date-error">{{START_DATE_ERROR}}</p>{{/START_DATE_INVALID}}
    <input id="start_date" name="start_date" type="date" value="{{START_DATE_VALUE}}"{{#START_DATE_INVALID}} aria-invalid="true" aria-describedby="start_date-error"{{/START_DATE_INVALID}}>
  </div>
  <div class="field{{#START_TIME_INVALID}} field--error{{/START_TIME_INVALID}}">
    <label for="start_time">at <span class="visually-hidden">(start time)</span></label>
    {{#START_TIME_INVALID}}<p class="field-error" id="start_time-error">{{START_TIME_ERROR}}</p>{{/START_TIME_INVALID}}
    <input id="start_time" name="start_time" type="time" value="{{START_TIME_VALUE}}"{{#START_TIME_INVALID}} aria-invalid="true" aria-describedby="start_time-error"{{/START_TIME_INVALID}}>
  </div>
  <div class="field{{#END_DATE_INVALID}} field--error{{/END_DATE_INVALID}}">
    <label for="end_date">Answered on (optional)</label>
    {{#END_DATE_INVALID}}<p class="field-error" id="end_date-error">{{END_DATE_ERROR}}</p>{{/END_DATE_INVALID}}
    <input id="end_date" name="end_date" type="date" value="{{END_DATE_VALUE}}"{{#END_DATE_INVALID}} aria-invalid="true" aria-describedby="end_date-error"{{/END_DATE_INVALID}}>
  </div>
  <div class="field{{#END_TIME_INVALID}} field--error{{/END_TIME_INVALID}}">
    <label for="end_time">at <span class="visually-hidden">(time answered)</span></label>
    {{#END_TIME_INVALID}}<p class="field-error" id="end_time-error">{{END_TIME_ERROR}}</p>{{/END_TIME_INVALID}}
    <input id="end_time" name="end_time" type="time" value="{{END_TIME_VALUE}}"{{#END_TIME_INVALID}} aria-invalid="true" aria-describedby="end_time-error"{{/END_TIME_INVALID}}>
  </div>
  <div class="field"><button type="submit" class="button button--secondary">Work it out</button></div>
</form>
</div>
{{#CLOCK_RESULT}}
<dl class="summary-list" id="clock-result">
  <div><dt>Started</dt><dd>{{START}}</dd></div>
  {{#DUE}}<div><dt>Due by</dt><dd id="clock-due">{{DUE}}</dd></div>{{/DUE}}
  {{#ELAPSED}}<div><dt>Answered</dt><dd>{{END}}</dd></div>
  <div><dt>Business time taken</dt><dd id="clock-used">{{USED}}{{#MET}} <span class="tag">Within the target</span>{{/MET}}{{#BREACHED}} <strong class="tag tag--warning">Breached</strong>{{/BREACHED}}</dd></div>{{/ELAPSED}}
</dl>
{{/CLOCK_RESULT}}
