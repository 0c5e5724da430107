{{%AUTOESCAPE context="HTML"}}
<p><a href="/standards">All standards</a></p>
<h1>Service standards handbook</h1>
<p class="muted">{{ORG_NAME}} · the current version of every standard on {{TODAY}}</p>
{{#NO_STANDARDS}}<p class="empty">No service standards have been set yet.</p>{{/NO_STANDARDS}}
{{#HAS_STANDARDS}}
{{#STANDARD}}
<section class="std-handbook-entry">
  <h2>{{TITLE}}</h2>
  <p class="std-commitment"><strong>{{COMMITMENT}}</strong></p>
  <p class="muted">{{PRINCIPLE}} · owner {{OWNER}} · version {{VERSION}}, published {{PUBLISHED_AT}}</p>
  {{#HAS_DETAILS}}<div class="std-details">{{DETAILS:pre_escape}}</div>{{/HAS_DETAILS}}
</section>
{{/STANDARD}}
{{/HAS_STANDARDS}}
