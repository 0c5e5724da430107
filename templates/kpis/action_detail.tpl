{{%AUTOESCAPE context="HTML"}}
<p><a href="/actions">Back to actions</a></p>
<h1>{{TITLE_TEXT}}</h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=action&amp;record=/actions/{{ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
{{#REFUSAL}}<div class="error-summary" role="alert" tabindex="-1"><h2>The action was not closed</h2><p>{{MESSAGE}}</p></div>{{/REFUSAL}}
<dl class="summary-list">
  <div><dt>Status</dt><dd>{{STATUS}}{{#OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/OVERDUE}}</dd></div>
  <div><dt>Kind</dt><dd>{{KIND}}</dd></div>
  <div><dt>Where it came from</dt><dd>{{#SOURCE_LINK}}<a href="{{HREF}}">{{SOURCE}}{{WHAT}}</a>{{/SOURCE_LINK}}{{#SOURCE_PLAIN}}{{SOURCE}}{{/SOURCE_PLAIN}}{{#SOURCE_NUMBER}} number {{SOURCE_ID}}{{/SOURCE_NUMBER}}</dd></div>
  <div><dt>Owner</dt><dd>{{OWNER}}</dd></div>
  <div><dt>Due</dt><dd>{{DUE}}</dd></div>
  <div><dt>Raised</dt><dd>{{CREATED}}</dd></div>
  {{#CLOSED}}<div><dt>Closed</dt><dd>{{CLOSED_AT}}</dd></div>{{/CLOSED}}
</dl>
<h2>The problem</h2>
<p class="multiline">{{PROBLEM}}</p>
<h2>Root cause</h2>
<p>Category: {{ROOT_CAUSE}}</p>
{{#HAS_WHYS}}
<h3>Five whys</h3>
<ol class="whys">{{#WHY}}<li>{{TEXT}}</li>{{/WHY}}</ol>
{{/HAS_WHYS}}
{{#NO_WHYS}}<p class="empty">No "five whys" recorded yet: ask why the problem happened, then why that happened, until the answer is something you can change.</p>{{/NO_WHYS}}
<h2>Steps</h2>
<p class="multiline">{{STEPS}}</p>
<h2>Review</h2>
{{#REVIEWED}}
<dl class="summary-list">
  <div><dt>Baseline before the change</dt><dd>{{BASELINE}}</dd></div>
  <div><dt>Result after the change</dt><dd>{{RESULT}}</dd></div>
  <div><dt>What it shows</dt><dd class="multiline">{{REVIEW}}</dd></div>
  <div><dt>Reviewed</dt><dd>{{AT}} by {{BY}}</dd></div>
</dl>
{{/REVIEWED}}
{{#NOT_REVIEWED}}<p class="empty">Not reviewed yet. An action is closed only after its root cause is recorded and its review shows the measured result against the baseline.</p>{{/NOT_REVIEWED}}
{{#CAN_CHANGE}}
<ul class="actions">
  <li><a class="button button--secondary" href="/actions/{{ID}}/edit">Edit</a></li>
  <li><a class="button button--secondary" href="/actions/{{ID}}/review">Record the review</a></li>
  <li>
    <form method="post" action="/actions/{{ID}}/close" class="inline-form">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="button">Close the action</button>
    </form>
  </li>
</ul>
{{/CAN_CHANGE}}
