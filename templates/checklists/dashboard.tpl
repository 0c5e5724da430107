{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists">Checklists</a></p>
<h1>Compliance dashboard</h1>
{{! BODY is checklists/dashboard_body.tpl expanded with AUTOESCAPE (every value escaped) and kept per worker; its chart comes from core/chart.c, which escapes every text; tests/e2e/checklists.test.mjs checks markup in a template's title is escaped }}{{BODY:none}}
