{{%AUTOESCAPE context="HTML"}}
{{#NOTICE}}<div class="notice" role="status"><p>{{MESSAGE}}</p></div>{{/NOTICE}}
<p><a href="/portfolio/learners/{{LEARNER_ID}}">Portfolio of {{LEARNER}}</a> · <a href="/portfolio/learners/{{LEARNER_ID}}/units/{{UNIT_ID}}">criteria matrix</a></p>
<h1>Unit {{CODE}}, submission {{NUMBER}}</h1>
<p>{{UNIT_TITLE}}. Submitted {{SUBMITTED_AT}}. {{#WAITING}}<span class="tag tag--warning">Waiting for the assessor</span>{{/WAITING}}{{#ASSESSED}}<span class="tag">Assessed {{ASSESSED_AT}}, signed {{SIGNED_NAME}}</span>{{/ASSESSED}} {{#SAMPLED}}<span class="tag">Sampled for IQA</span>{{/SAMPLED}}</p>
{{#ASSESSED}}<h2>Feedback from the assessor</h2><div class="team-text" id="feedback">{{FEEDBACK:pre_escape}}</div>{{/ASSESSED}}
<h2>Decisions</h2>
{{>FORM_ERRORS}}
{{#DECIDING}}<form method="post" action="/portfolio/submissions/{{ID}}/decisions" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">{{/DECIDING}}
<table class="table" id="decisions"><caption class="visually-hidden">Decision per criterion</caption>
<thead><tr><th scope="col">Criterion</th><th scope="col">Decision</th><th scope="col">Before</th></tr></thead><tbody>
{{#CRITERION}}<tr><th scope="row"><strong>{{REF}}</strong> {{TEXT}}</th><td>
{{#DECIDE}}<fieldset class="pf-decide"><legend class="visually-hidden">Decision on {{REF}}</legend>
<label><input type="radio" name="outcome_{{ID}}" value="met"{{#CHOSE_MET}} checked{{/CHOSE_MET}}> Met</label>
<label><input type="radio" name="outcome_{{ID}}" value="not_yet"{{#CHOSE_NOT_YET}} checked{{/CHOSE_NOT_YET}}> Not yet met</label>
<label for="comment_{{ID}}">Comment</label><input id="comment_{{ID}}" name="comment_{{ID}}" type="text" value="{{COMMENT_VALUE}}"></fieldset>{{/DECIDE}}
{{#MET}}<span class="tag pf-tag--green">Met</span>{{/MET}}{{#NOT_YET}}<span class="tag pf-tag--red">Not yet met</span>{{/NOT_YET}} {{COMMENT}}
</td><td>{{#BEFORE_MET}}Met{{/BEFORE_MET}}{{#BEFORE_NOT_YET}}Not yet met{{/BEFORE_NOT_YET}}</td></tr>{{/CRITERION}}
</tbody></table>
{{#DECIDING}}
  <div class="field{{#FEEDBACK_INVALID}} field--error{{/FEEDBACK_INVALID}}"><label for="feedback">Feedback to the learner</label>{{#FEEDBACK_INVALID}}<p class="field-error" id="feedback-error">{{FEEDBACK_ERROR}}</p>{{/FEEDBACK_INVALID}}<textarea id="feedback" name="feedback" rows="5">{{FEEDBACK_VALUE:pre_escape}}</textarea></div>
  <div class="field{{#SIGNED_NAME_INVALID}} field--error{{/SIGNED_NAME_INVALID}}"><label for="signed_name">Your signature (your full name)</label>{{#SIGNED_NAME_INVALID}}<p class="field-error" id="signed_name-error">{{SIGNED_NAME_ERROR}}</p>{{/SIGNED_NAME_INVALID}}<input id="signed_name" name="signed_name" type="text" value="{{SIGNED_NAME_VALUE}}"></div>
  <button type="submit" class="button">Sign the assessment</button>
</form>
{{/DECIDING}}
<h2>Evidence as submitted ({{SNAPSHOT_COUNT}})</h2>
{{#SNAPSHOT}}<article class="pf-evidence"><h3><a href="/portfolio/snapshots/{{ID}}">{{TITLE}}</a> <span class="muted">{{KIND}}</span></h3>
<p class="muted">BLAKE2b <code>{{HASH}}</code></p><h4>Mapped to</h4><div class="team-text">{{MAPPINGS:pre_escape}}</div>
{{! HTML is a frozen snapshot rendered by the kind's renderer, every value escaped then (core/snapshot.c); tests/e2e/portfolio.test.mjs proves markup arrives escaped }}
{{HTML:none}}</article>{{/SNAPSHOT}}
<h2>History of this unit</h2>
<ul class="plain-list" id="history">{{#HISTORY}}<li><a href="/portfolio/submissions/{{ID}}">Submission {{NUMBER}}</a>{{#CURRENT}} (this one){{/CURRENT}}: {{STATUS}} {{ASSESSED_AT}}, {{MET}} met, {{NOT_YET}} not yet met</li>{{/HISTORY}}</ul>
<h2>Internal quality assurance</h2>
{{#NO_REVIEWS}}<p class="empty">No IQA review yet.</p>{{/NO_REVIEWS}}
{{#REVIEW}}<p><strong>{{VERDICT}}</strong> ({{BY}}, {{AT}}): {{NOTE}}</p>{{/REVIEW}}
{{#REVIEWING}}
<form method="post" action="/portfolio/submissions/{{ID}}/review" novalidate><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <fieldset class="field{{#VERDICT_INVALID}} field--error{{/VERDICT_INVALID}}"><legend>Your verdict on the decisions</legend>{{#VERDICT_INVALID}}<p class="field-error" id="verdict-error">{{VERDICT_ERROR}}</p>{{/VERDICT_INVALID}}
  <label><input type="radio" name="verdict" value="agree"> Agree</label> <label><input type="radio" name="verdict" value="disagree"> Disagree</label></fieldset>
  <div class="field{{#NOTE_INVALID}} field--error{{/NOTE_INVALID}}"><label for="note">Note</label>{{#NOTE_INVALID}}<p class="field-error" id="note-error">{{NOTE_ERROR}}</p>{{/NOTE_INVALID}}<textarea id="note" name="note" rows="3">{{NOTE_VALUE:pre_escape}}</textarea></div>
  <button type="submit" class="button">Record the review</button>
</form>
{{/REVIEWING}}
