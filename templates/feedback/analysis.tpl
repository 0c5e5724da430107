{{%AUTOESCAPE context="HTML"}}
<h1>Feedback analysis</h1>
{{#NO_FORMS}}<p class="empty">There are no feedback forms yet. <a href="/customer-feedback/forms/new">Create the first form</a> to start collecting feedback.</p>{{/NO_FORMS}}
{{#HAS_FORM}}
{{>FORM_ERRORS}}
<form method="get" action="/customer-feedback/analysis" class="feedback-filters" aria-label="Choose what to analyse">
  <div class="field">
    <label for="form">Form</label>
    <select id="form" name="form">
      {{#FORM_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/FORM_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="version">Wording (version)</label>
    <select id="version" name="version">
      {{#VERSION_OPTION}}<option value="{{VERSION}}"{{#SELECTED}} selected{{/SELECTED}}>Version {{VERSION}}{{#CURRENT}} (current){{/CURRENT}}, from {{SINCE}}</option>{{/VERSION_OPTION}}
    </select>
  </div>
  <div class="field{{#FROM_INVALID}} field--error{{/FROM_INVALID}}">
    <label for="from">From</label>
    {{#FROM_INVALID}}<p class="field-error" id="from-error">{{FROM_ERROR}}</p>{{/FROM_INVALID}}
    <input id="from" name="from" type="date" value="{{FROM_VALUE}}"{{#FROM_INVALID}} aria-invalid="true" aria-describedby="from-error"{{/FROM_INVALID}}>
  </div>
  <div class="field{{#TO_INVALID}} field--error{{/TO_INVALID}}">
    <label for="to">To</label>
    {{#TO_INVALID}}<p class="field-error" id="to-error">{{TO_ERROR}}</p>{{/TO_INVALID}}
    <input id="to" name="to" type="date" value="{{TO_VALUE}}"{{#TO_INVALID}} aria-invalid="true" aria-describedby="to-error"{{/TO_INVALID}}>
  </div>
  <div class="field">
    <label for="grain">Trend by</label>
    <select id="grain" name="grain">
      <option value="week">Week</option>
      <option value="month"{{#GRAIN_MONTH}} selected{{/GRAIN_MONTH}}>Month</option>
    </select>
  </div>
  <div class="field"><button type="submit" class="button button--secondary">Show</button></div>
</form>
<p>{{FORM_TITLE}}, version {{VERSION}} (SERVQUAL: {{SERVQUAL_MODE}}), {{FROM}} to {{TO}}, compared with {{PREV_FROM}} to {{PREV_TO}}. Responses to other versions are analysed separately, so wordings are never mixed.</p>
<div class="feedback-headline" role="status">
  <p id="weakest-dimension"><strong>{{WEAKEST_DIMENSION}}</strong></p>
  <p id="weakest-touchpoint"><strong>{{WEAKEST_TOUCHPOINT}}</strong></p>
</div>
{{#NO_RESPONSES}}<p class="empty">No responses to this version of the form in this period. Try a longer period or another version.</p>{{/NO_RESPONSES}}
<h2>Headline figures</h2>
<div class="table-wrap">
<table class="table" id="figures">
  <caption class="visually-hidden">This period against the previous period of the same length</caption>
  <thead><tr><th scope="col">Figure</th><th scope="col">This period</th><th scope="col">Responses behind it</th><th scope="col">Previous period</th><th scope="col">Responses behind it</th><th scope="col">Change</th></tr></thead>
  <tbody>
  {{#FIGURE}}<tr><th scope="row">{{NAME}}</th><td>{{NOW}}</td><td>{{N_NOW}}</td><td>{{BEFORE}}</td><td>{{N_BEFORE}}</td><td>{{CHANGE}}</td></tr>{{/FIGURE}}
  </tbody>
</table>
</div>
<p id="nps-bands">NPS bands this period: <strong>{{PROMOTERS}}</strong> promoters (9-10), <strong>{{PASSIVES}}</strong> passives (7-8), <strong>{{DETRACTORS}}</strong> detractors (0-6).</p>
<h2>Service quality gaps (SERVQUAL)</h2>
<p class="hint">Gap = mean perception minus mean expectation on a 1-7 scale. Below zero, the service falls short of what customers expect.</p>
{{#NO_SERVQUAL}}<p class="empty">No SERVQUAL answers in this period.</p>{{/NO_SERVQUAL}}
{{#HAS_SERVQUAL}}
<div class="feedback-chart">
  {{! the charts are built by core/chart.c from numbers, dates and fixed names, and it escapes every text anyway; tests/unit/test_chart.c and tests/e2e/unescaped-values.test.mjs prove it }}
  <figure>{{GAP_CHART:none}}<figcaption>Gap by dimension (the table gives the same figures).</figcaption></figure>
  <div class="table-wrap">
  <table class="table" id="dimensions">
    <caption>Gap by dimension</caption>
    <thead><tr><th scope="col">Dimension</th><th scope="col">Expected</th><th scope="col">Got</th><th scope="col">Gap</th><th scope="col">Previous gap</th><th scope="col">Responses</th></tr></thead>
    <tbody>
    {{#DIMENSION}}<tr><th scope="row">{{NAME}}</th><td>{{EXPECTATION}}</td><td>{{PERCEPTION}}</td><td{{#NEGATIVE}} class="gap-negative"{{/NEGATIVE}}>{{GAP}}</td><td>{{BEFORE}}</td><td>{{N}}</td></tr>{{/DIMENSION}}
    </tbody>
  </table>
  </div>
</div>
{{/HAS_SERVQUAL}}
<h2>By touchpoint</h2>
<div class="table-wrap">
<table class="table" id="touchpoints">
  <caption class="visually-hidden">CSAT and NPS by touchpoint this period</caption>
  <thead><tr><th scope="col">Touchpoint</th><th scope="col">Responses</th><th scope="col">CSAT</th><th scope="col">CSAT answers</th><th scope="col">NPS</th></tr></thead>
  <tbody>
  {{#TOUCHPOINT}}<tr><th scope="row">{{NAME}}</th><td>{{RESPONSES}}</td><td>{{CSAT}}</td><td>{{CSAT_N}}</td><td>{{NPS}}</td></tr>{{/TOUCHPOINT}}
  </tbody>
</table>
</div>
<h2>Trends by {{GRAIN}}</h2>
<div class="feedback-chart">
  <div>
    {{! the charts are built by core/chart.c from numbers, dates and fixed names, and it escapes every text anyway; tests/unit/test_chart.c and tests/e2e/unescaped-values.test.mjs prove it }}
    <figure>{{CSAT_CHART:none}}<figcaption>CSAT % by {{GRAIN}}</figcaption></figure>
    {{! chart.c, as above }}<figure>{{NPS_CHART:none}}<figcaption>NPS by {{GRAIN}}</figcaption></figure>
    {{! chart.c, as above }}{{#HAS_GAP_TREND}}<figure>{{GAP_TREND_CHART:none}}<figcaption>SERVQUAL overall gap by {{GRAIN}}</figcaption></figure>{{/HAS_GAP_TREND}}
  </div>
  <div class="table-wrap">
  <table class="table" id="trend">
    <caption>Figures by {{GRAIN}} (the charts show the same)</caption>
    <thead><tr><th scope="col">Starting</th><th scope="col">Responses</th><th scope="col">CSAT</th><th scope="col">NPS</th><th scope="col">Gap</th></tr></thead>
    <tbody>
    {{#BUCKET}}<tr><th scope="row">{{LABEL}}</th><td>{{RESPONSES}}</td><td>{{CSAT}}</td><td>{{NPS}}</td><td>{{GAP}}</td></tr>{{/BUCKET}}
    </tbody>
  </table>
  </div>
</div>
<p><a href="/customer-feedback/summary.csv?form={{FORM_ID}}&amp;version={{VERSION}}&amp;from={{FROM}}&amp;to={{TO}}&amp;grain={{GRAIN}}">Download this summary as CSV</a> · <a href="/customer-feedback?form={{FORM_ID}}&amp;from={{FROM}}&amp;to={{TO}}">See these responses in the log</a></p>
{{/HAS_FORM}}
