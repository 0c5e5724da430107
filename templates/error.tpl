{{%AUTOESCAPE context="HTML"}}
<h1>{{TITLE}}</h1>
<p>{{MESSAGE}}</p>
{{#ERROR_ID}}<p>Error id: <code class="error-id">{{ID}}</code></p>{{/ERROR_ID}}
<p><a href="{{HOME_HREF}}">Go to the home page</a></p>
