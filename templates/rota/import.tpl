{{%AUTOESCAPE context="HTML"}}
<p><a href="/rota?week={{WEEK}}">Back to the rota</a> · <a href="/rota/export.csv?week={{WEEK}}">Export week {{WEEK}} as CSV</a></p>
<h1>Import a week from CSV</h1>
{{>FORM_ERRORS}}
{{#REPORT}}
<div class="error-summary" role="alert" tabindex="-1">
  <h2>{{SUMMARY}}</h2>
  <div class="table-wrap">
  <table class="table rota-import-report">
    <caption class="visually-hidden">Row by row</caption>
    <thead><tr><th scope="col">Row</th><th scope="col">Shift</th><th scope="col">Result</th></tr></thead>
    <tbody>{{#ROW}}<tr><td>{{ROW}}</td><td>{{WHAT}}</td><td>{{#REFUSED}}<strong>Refused:</strong> {{PROBLEM}}{{/REFUSED}}{{#ACCEPTED}}Would be accepted{{/ACCEPTED}}</td></tr>{{/ROW}}</tbody>
  </table>
  </div>
</div>
{{/REPORT}}
<p>One shift per row, with the header <code>{{HEADER}}</code>: person is a username, date YYYY-MM-DD inside the week, start and end HH:MM (an end before the start is the next morning), role one of phones, email, floor, team_leader; equipment is optional. The import is all or nothing: if any row is refused, nothing is added and every row is reported.</p>
<form method="post" action="/rota/import" enctype="multipart/form-data" novalidate class="narrow">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="week" value="{{WEEK}}">
  <div class="field{{#CSV_INVALID}} field--error{{/CSV_INVALID}}">
    <label for="csv">CSV file for week {{WEEK}}</label>
    {{#CSV_INVALID}}<p class="field-error" id="csv-error">{{CSV_ERROR}}</p>{{/CSV_INVALID}}
    <input id="csv" name="csv" type="file" accept=".csv,text/csv"{{#CSV_INVALID}} aria-invalid="true" aria-describedby="csv-error"{{/CSV_INVALID}}>
  </div>
  <button type="submit" class="button">Import</button>
</form>
