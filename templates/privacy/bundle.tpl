{{%AUTOESCAPE context="HTML"}}
<p class="area-no-print"><a href="/admin/privacy/requests/{{ID}}">Back to request {{ID}}</a> · <a href="/admin/privacy/requests/{{ID}}/bundle.zip">Download as a zip (HTML and JSON)</a></p>
{{>BODY}}
