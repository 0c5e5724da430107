{{%AUTOESCAPE context="HTML"}}
<section class="panel" aria-labelledby="complaints-heading">
  <h2 id="complaints-heading">Complaints</h2>
  {{#NO_MINE}}<p class="empty">None of your complaints is overdue or due in the next two days.</p>{{/NO_MINE}}
  {{#HAS_MINE}}<p>Yours, overdue or due soon:</p>
  <ul class="plain-list" id="complaints-mine">{{#MINE}}<li><a href="/complaints/{{ID}}">{{REFERENCE}}</a> {{CUSTOMER}}, stage {{STAGE}}, due {{DUE}} <span class="complaint-clock complaint-clock--{{STATE_CLASS}}">{{STATE}}</span></li>{{/MINE}}</ul>{{/HAS_MINE}}
  {{#MANAGER}}
  <p><strong id="complaints-overdue">{{OVERDUE_COUNT}}</strong> open complaints are overdue. <a href="/complaints?due=overdue">See them all</a></p>
  <ul class="plain-list">{{#OVERDUE}}<li><a href="/complaints/{{ID}}">{{REFERENCE}}</a> {{CUSTOMER}}, due {{DUE}}, owner {{OWNER}}</li>{{/OVERDUE}}</ul>
  {{#HAS_SYSTEMIC}}<div class="attention" role="status"><p>Systemic problems need your attention:</p>
  <ul class="plain-list" id="complaints-systemic">{{#SYSTEMIC}}<li><a href="/complaints/systemic/{{ID}}">{{COUNT}} complaints caused by {{CAUSE}}</a></li>{{/SYSTEMIC}}</ul></div>{{/HAS_SYSTEMIC}}
  {{/MANAGER}}
  <p><a href="/complaints">The complaints queue</a> · <a href="/complaints?due=soon">Due soon</a></p>
</section>
