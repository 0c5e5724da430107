{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists">Checklists</a></p>
<h1>Compliance dashboard</h1>
<form method="get" action="/checklists/dashboard" class="filter-form">
  <label for="template">Template</label>
  <select id="template" name="template"><option value="0">Every template</option>{{#TEMPLATE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TEMPLATE_OPTION}}</select>
  <button type="submit" class="button button--secondary">Show</button>
</form>
{{! BODY is checklists/dashboard_body.tpl expanded with AUTOESCAPE (every value escaped) and kept per worker; its chart comes from core/chart.c, which escapes every text; tests/e2e/checklists.test.mjs checks markup in a template's title is escaped }}{{BODY:none}}
