{{%AUTOESCAPE context="HTML"}}
{{#TO_ASSESS}}
<section class="panel" aria-labelledby="assessor-heading">
  <h2 id="assessor-heading">Portfolios to assess</h2>
  {{#NO_ITEMS}}<p class="empty">No submissions are waiting for you.</p>{{/NO_ITEMS}}
  {{#HAS_ITEMS}}<ul class="plain-list" id="to-assess">{{#ITEM}}<li><a href="/portfolio/submissions/{{ID}}">{{LEARNER}}: unit {{UNIT}}, submission {{NUMBER}}</a> <span class="muted">waiting since {{SINCE}}</span></li>{{/ITEM}}</ul>{{/HAS_ITEMS}}
</section>
{{/TO_ASSESS}}
{{#TO_REVIEW}}
<section class="panel" aria-labelledby="iqa-heading">
  <h2 id="iqa-heading">Decisions sampled for quality assurance</h2>
  {{#NO_ITEMS}}<p class="empty">No sampled decisions are waiting for you.</p>{{/NO_ITEMS}}
  {{#HAS_ITEMS}}<ul class="plain-list" id="to-review">{{#ITEM}}<li><a href="/portfolio/submissions/{{ID}}">{{LEARNER}}: unit {{UNIT}}, submission {{NUMBER}}</a> <span class="muted">assessed {{SINCE}}</span></li>{{/ITEM}}</ul>{{/HAS_ITEMS}}
</section>
{{/TO_REVIEW}}
