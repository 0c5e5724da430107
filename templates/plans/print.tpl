{{%AUTOESCAPE context="HTML"}}
<article class="plan-print">
<p class="no-print"><a href="/plans/{{PLAN_ID}}">Back to the plan</a> · Use your browser's Print command to print or save as PDF.</p>
<h1>{{PLAN_TITLE}}</h1>
<p>Service plan of {{ORG_NAME}}. Printed {{TODAY}}.</p>
<dl class="summary-list">
  <div><dt>Period</dt><dd>{{START}} to {{END}}</dd></div>
  <div><dt>Team</dt><dd>{{TEAM}}</dd></div>
  <div><dt>Plan owner</dt><dd>{{OWNER}}</dd></div>
  <div><dt>Status</dt><dd>{{STATUS}}</dd></div>
  <div><dt>Objectives achieved or on track</dt><dd>{{ON_TRACK}}</dd></div>
</dl>
<h2>Purpose</h2>
<p class="prewrap">{{PURPOSE}}</p>
<h2>General contingency</h2>
<p class="prewrap">{{CONTINGENCY}}</p>
{{>SECTIONS}}
{{>RACI}}
<h2 id="review">Review</h2>
{{#NO_REVIEW}}<p>Not reviewed yet.</p>{{/NO_REVIEW}}
{{#REVIEW}}
<dl class="summary-list">
  <div><dt>What was achieved</dt><dd class="prewrap">{{ACHIEVED}}</dd></div>
  <div><dt>Against the targets</dt><dd class="prewrap">{{AGAINST}}</dd></div>
  <div><dt>What changes next</dt><dd class="prewrap">{{NEXT}}</dd></div>
  <div><dt>Reviewed by</dt><dd>{{BY}}, {{AT}}</dd></div>
</dl>
{{/REVIEW}}
</article>
