{{%AUTOESCAPE context="HTML"}}
<h1>Complaints</h1>
<p class="complaint-links"><a class="button" href="/complaints/new">Record a complaint</a>{{#IS_MANAGER}} <a href="/complaints/analysis">Analysis</a> · <a href="/complaints/settings">Settings</a>{{/IS_MANAGER}}</p>
{{! BODY is complaints/queue_body.tpl expanded with AUTOESCAPE (every value escaped), kept per worker; tests/e2e/complaints.test.mjs checks markup in a name is escaped }}{{BODY:none}}
{{>PAGER}}
