{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/kpis">Back to KPIs</a></p>
<h1>Import KPI results</h1>
{{#IMPORTED}}
<div class="notice" role="status">{{ROWS}} result(s) imported.{{#RED}} {{RED_COUNT}} of them are red and need attention: see <a href="/kpis">the KPI dashboard</a>.{{/RED}}</div>
{{/IMPORTED}}
<p>A CSV file with a header row naming the columns <code>kpi</code>, <code>period</code>, <code>value</code> and, if you like, <code>note</code>. The kpi is the KPI's name as it is shown here; the period is a month written YYYY-MM or a date written YYYY-MM-DD. For example:</p>
<pre class="example">kpi,period,value,note
Customer satisfaction (CSAT),2026-10,87.5,
First contact resolution,2026-10,71,"Two new starters, still training"</pre>
<p>Every row is checked first. If any row has a problem, nothing is imported and each problem is listed by its row number (the header is row 1), so you can fix the file and import it again.</p>
{{>FORM_ERRORS}}
{{#ROW_ERRORS}}
<div class="error-summary" role="alert">
  <h2>{{COUNT}} problem(s) in the file</h2>
  <ul class="row-errors">{{#ROW_ERROR}}<li>{{MESSAGE}}</li>{{/ROW_ERROR}}{{#MORE}}<li>and {{MORE_COUNT}} more</li>{{/MORE}}</ul>
</div>
{{/ROW_ERRORS}}
<form method="post" action="/kpis/import" enctype="multipart/form-data" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#FILE_INVALID}} field--error{{/FILE_INVALID}}">
    <label for="file">CSV file</label>
    {{#FILE_INVALID}}<p class="field-error" id="file-error">{{FILE_ERROR}}</p>{{/FILE_INVALID}}
    <input id="file" name="file" type="file" accept=".csv,text/csv"{{#FILE_INVALID}} aria-invalid="true" aria-describedby="file-error"{{/FILE_INVALID}}>
  </div>
  <div class="field{{#CSV_INVALID}} field--error{{/CSV_INVALID}}">
    <label for="csv">Or paste the CSV here</label>
    {{#CSV_INVALID}}<p class="field-error" id="csv-error">{{CSV_ERROR}}</p>{{/CSV_INVALID}}
    <textarea id="csv" name="csv" rows="8" class="input--code"{{#CSV_INVALID}} aria-invalid="true" aria-describedby="csv-error"{{/CSV_INVALID}}>{{CSV_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Import</button>
</form>
</div>
