{{%AUTOESCAPE context="HTML"}}
{{#TO_ACKNOWLEDGE}}
<section class="panel" aria-labelledby="std-ack-heading">
  <h2 id="std-ack-heading">Standards to acknowledge</h2>
  {{#NO_PENDING}}<p class="empty">You have acknowledged every current service standard.</p>{{/NO_PENDING}}
  {{#HAS_PENDING}}
  <ul class="plain-list std-pending">
    {{#PENDING}}<li><a href="/standards/{{ID}}">{{TITLE}}</a>, version {{VERSION}} <span class="muted">published {{PUBLISHED_AT}}</span>
      <form method="post" action="/standards/{{ID}}/acknowledge?from=home" class="inline-form">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <input type="hidden" name="version" value="{{VERSION}}">
        <button type="submit" class="button button--secondary">I have read and understood it<span class="visually-hidden">: {{TITLE}}, version {{VERSION}}</span></button>
      </form></li>{{/PENDING}}
  </ul>
  {{/HAS_PENDING}}
</section>
{{/TO_ACKNOWLEDGE}}
{{#REVIEWS}}
<section class="panel" aria-labelledby="std-review-heading">
  <h2 id="std-review-heading">Standards to review</h2>
  {{#NO_REVIEWS}}<p class="empty">No standard is due for review in the next 30 days.</p>{{/NO_REVIEWS}}
  {{#HAS_REVIEWS}}
  <ul class="plain-list">
    {{#REVIEW}}<li><a href="/standards/{{ID}}">{{TITLE}}</a> <span class="muted">{{OWNER}}, review by {{REVIEW_DATE}}</span>{{#REVIEW_OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/REVIEW_OVERDUE}}{{#REVIEW_SOON}} <span class="tag">Due soon</span>{{/REVIEW_SOON}}</li>{{/REVIEW}}
  </ul>
  {{/HAS_REVIEWS}}
</section>
{{/REVIEWS}}
