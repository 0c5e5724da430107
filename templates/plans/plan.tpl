{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans">Back to service plans</a></p>
<h1>{{PLAN_TITLE}}</h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=plan&amp;record=/plans/{{PLAN_ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
<dl class="summary-list">
  <div><dt>Period</dt><dd>{{START}} to {{END}}</dd></div>
  <div><dt>Team</dt><dd>{{TEAM}}</dd></div>
  <div><dt>Plan owner</dt><dd>{{OWNER}}</dd></div>
  <div><dt>Status</dt><dd><span class="tag plan-status--{{STATUS_CLASS}}">{{STATUS}}</span></dd></div>
  <div><dt>Objectives achieved or on track</dt><dd>{{ON_TRACK}}</dd></div>
  <div><dt>Last changed</dt><dd>{{UPDATED}}</dd></div>
</dl>
<ul class="actions">
  {{#MANAGER}}<li><a class="button button--secondary" href="/plans/{{PLAN_ID}}/edit">Edit the plan</a></li>
  <li><a class="button button--secondary" href="/plans/{{PLAN_ID}}/review">{{#NO_REVIEW}}Write the review{{/NO_REVIEW}}{{#REVIEW}}Edit the review{{/REVIEW}}</a></li>{{/MANAGER}}
  <li><a class="button button--secondary" href="/plans/{{PLAN_ID}}/print">Print view</a></li>
</ul>
{{#CHECKS}}
<section class="plan-checks" aria-labelledby="checks-heading">
  <h2 id="checks-heading">Plan checks</h2>
  {{#ALL_PASS}}<p>Every check passes: goals, measurable objectives with deadlines, a timeline, a contingency and stakeholders.</p>{{/ALL_PASS}}
  {{#HAS_CHECKS}}<ul>
    {{#CHECK}}<li>{{MESSAGE}}{{#OVERRIDDEN}} <span class="tag tag--warning">saved anyway</span>{{/OVERRIDDEN}}</li>{{/CHECK}}
  </ul>{{/HAS_CHECKS}}
</section>
{{/CHECKS}}
<h2>Purpose</h2>
<p class="prewrap">{{PURPOSE}}</p>
<h2>General contingency</h2>
<p class="prewrap">{{CONTINGENCY}}</p>
{{>SECTIONS}}
{{>RACI}}
<h2 id="review">Review</h2>
{{#NO_REVIEW}}<p class="empty">Not reviewed yet. At the end of the plan, record what was achieved against the targets and what changes next.</p>{{/NO_REVIEW}}
{{#REVIEW}}
<dl class="summary-list">
  <div><dt>What was achieved</dt><dd class="prewrap">{{ACHIEVED}}</dd></div>
  <div><dt>Against the targets</dt><dd class="prewrap">{{AGAINST}}</dd></div>
  <div><dt>What changes next</dt><dd class="prewrap">{{NEXT}}</dd></div>
  <div><dt>Reviewed by</dt><dd>{{BY}}, {{AT}}</dd></div>
</dl>
{{/REVIEW}}
