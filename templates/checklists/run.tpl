{{%AUTOESCAPE context="HTML"}}
<p><a href="/checklists">Checklists</a> · <a href="/checklists/templates/{{TEMPLATE_ID}}">{{TPL_TITLE}}</a></p>
<h1>{{TPL_TITLE}}</h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=checklist&amp;record=/checklists/runs/{{RUN_ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
{{#REFUSED}}<div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2><p><a href="#{{TARGET}}">Nothing was saved for this item: see the message beside it.</a></p></div>{{/REFUSED}}
<dl class="summary-list checklist-run-facts">
  <div><dt>Version</dt><dd>{{VERSION}}{{#OLD_VERSION}} <span class="muted">(the template is now at version {{CURRENT_VERSION}}; this run keeps the version it was run against)</span>{{/OLD_VERSION}}</dd></div>
  <div><dt>Team</dt><dd>{{TEAM}}</dd></div>
  <div><dt>Due</dt><dd>{{DUE}}</dd></div>
  <div><dt>Started</dt><dd>{{STARTED}}</dd></div>
  <div><dt>State</dt><dd><strong id="run-status">{{STATUS_LABEL}}</strong>{{#SUBMITTED}} <span class="muted">submitted {{AT}}</span>{{/SUBMITTED}}</dd></div>
  <div><dt>Revision</dt><dd>{{REVISION}}{{#REOPENED_FROM}} · reopened from <a href="/checklists/runs/{{OLD_ID}}">run {{OLD_ID}}</a>: {{REASON}}{{/REOPENED_FROM}}</dd></div>
</dl>
{{#SUPERSEDED}}<div class="notice" role="status">This revision was reopened: the current one is <a href="/checklists/runs/{{NEW_ID}}">run {{NEW_ID}}</a>. This one is kept as it was signed off.</div>{{/SUPERSEDED}}
{{#SIGNED}}<div class="notice checklist-signed" role="status" id="signed-off">Signed off by <strong>{{NAME}}</strong> on {{AT}}. This run can no longer change.</div>{{/SIGNED}}
<section class="checklist-score" aria-labelledby="score-heading">
  <h2 id="score-heading">Score</h2>
  <p class="checklist-score__overall"><span id="run-score">{{SCORE}}</span> <strong class="rag rag--{{RAG}}" id="run-rag">{{RAG_LABEL}}</strong></p>
  <p class="muted">Green at {{PASS_MARK}}% or above, amber from {{AMBER_FROM}}%.{{#MANDATORY_FAILED}} <strong>A mandatory item failed, so the run is red.</strong>{{/MANDATORY_FAILED}}{{#HAS_UNANSWERED}} {{UNANSWERED}} item(s) still to answer.{{/HAS_UNANSWERED}}</p>
  <ul class="plain-list checklist-section-scores">
    {{#SECTION}}<li><a href="#section-{{SECTION_NUMBER}}">{{SECTION_TITLE}}</a>: {{SCORE}} <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></li>{{/SECTION}}
  </ul>
  <p><a href="/checklists/runs/{{RUN_ID}}/report">Printable report</a></p>
</section>
{{#CHANGES}}
<section class="panel checklist-changes" aria-labelledby="changes-heading">
  <h2 id="changes-heading">Since the last run (<a href="/checklists/runs/{{PREVIOUS_ID}}">due {{PREVIOUS_DUE}}</a>)</h2>
  <h3>Failed then, passing now</h3>
  {{#NO_FIXED}}<p class="empty">None.</p>{{/NO_FIXED}}
  {{#HAS_FIXED}}<ul class="plain-list" id="changes-fixed">{{#FIXED}}<li><a href="#item-{{ITEM_ID}}">{{PROMPT}}</a></li>{{/FIXED}}</ul>{{/HAS_FIXED}}
  <h3>Passed then, failing now</h3>
  {{#NO_BROKEN}}<p class="empty">None.</p>{{/NO_BROKEN}}
  {{#HAS_BROKEN}}<ul class="plain-list" id="changes-broken">{{#BROKEN}}<li><a href="#item-{{ITEM_ID}}">{{PROMPT}}</a></li>{{/BROKEN}}</ul>{{/HAS_BROKEN}}
</section>
{{/CHANGES}}
{{#CANNOT_ANSWER}}<p class="notice">This run belongs to another team or person: you can read it, but only they or a manager can answer it.</p>{{/CANNOT_ANSWER}}
{{#SECTION}}
<section class="checklist-section" aria-labelledby="section-{{SECTION_NUMBER}}">
  <h2 id="section-{{SECTION_NUMBER}}">{{SECTION_TITLE}} <span class="checklist-section__score">{{SCORE}} <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></span></h2>
  <ol class="checklist-items">
  {{#ITEM}}
  <li class="checklist-item checklist-item--{{OUTCOME}}" id="item-{{ITEM_ID}}">
    <h3 class="checklist-item__prompt">{{PROMPT}}</h3>
    <p class="muted">{{#MANDATORY}}<span class="tag tag--warning">mandatory</span> {{/MANDATORY}}{{#HAS_REFERENCE}}{{REFERENCE}}{{/HAS_REFERENCE}}</p>
    {{#HAS_GUIDANCE}}<p class="hint">{{GUIDANCE}}</p>{{/HAS_GUIDANCE}}
    {{#FROM_RECORDS}}<div class="checklist-records"><p><strong>From Frontline's records</strong> ({{SOURCE}}): <span class="checklist-records__figure">{{FIGURE}}</span>{{#RECORDS_PASS}} <span class="tag">the records say this passes</span>{{/RECORDS_PASS}}{{#RECORDS_FAIL}} <span class="tag tag--warning">the records say this fails</span>{{/RECORDS_FAIL}}</p>{{#CONFIRMED_FIGURE}}<p class="muted">When it was answered, the records said: {{WAS}}</p>{{/CONFIRMED_FIGURE}}<p class="muted">Check the figure and confirm it with your answer.</p></div>{{/FROM_RECORDS}}
    {{#ANSWERED}}<p class="checklist-item__answer">Answer: <strong>{{ANSWER_TEXT}}</strong>{{#PASSED}} <span class="tag">pass</span>{{/PASSED}}{{#FAILED}} <span class="tag tag--warning">fail</span>{{/FAILED}}{{#NOT_APPLICABLE}} <span class="tag">not applicable</span>{{/NOT_APPLICABLE}} <span class="muted">{{ANSWERED_BY}}</span></p>{{#HAS_NOTE}}<p class="prewrap">Note: {{NOTE}}</p>{{/HAS_NOTE}}{{/ANSWERED}}
    {{#ANSWER_FORM}}
    <form method="post" action="/checklists/runs/{{RUN_ID}}/items/{{ITEM_ID}}" class="checklist-answer-form" novalidate>
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      {{#ANSWER_INVALID}}<p class="field-error" id="answer-{{ITEM_ID}}-error">{{ANSWER_ERROR}}</p>{{/ANSWER_INVALID}}
      {{#KIND_SCALE}}<fieldset class="checklist-points"><legend>Score</legend>{{#POINT}}<span class="checklist-point"><input id="answer-{{ITEM_ID}}-{{VALUE}}" name="answer" type="radio" value="{{VALUE}}"{{#SELECTED}} checked{{/SELECTED}}><label for="answer-{{ITEM_ID}}-{{VALUE}}">{{VALUE}}</label></span>{{/POINT}}</fieldset>{{/KIND_SCALE}}
      {{#KIND_NUMBER}}<div class="field"><label for="answer-{{ITEM_ID}}">Number</label><input id="answer-{{ITEM_ID}}" name="answer" type="text" inputmode="decimal" value="{{ANSWER_VALUE}}"{{#ANSWER_INVALID}} aria-invalid="true" aria-describedby="answer-{{ITEM_ID}}-error"{{/ANSWER_INVALID}}></div>{{/KIND_NUMBER}}
      {{#KIND_DATE}}<div class="field"><label for="answer-{{ITEM_ID}}">Date</label><input id="answer-{{ITEM_ID}}" name="answer" type="date" value="{{ANSWER_VALUE}}"{{#ANSWER_INVALID}} aria-invalid="true" aria-describedby="answer-{{ITEM_ID}}-error"{{/ANSWER_INVALID}}></div>{{/KIND_DATE}}
      {{#KIND_CHOICE}}<fieldset class="checklist-choices-list"><legend>Answer</legend>{{#CHOICE}}<div class="checkbox"><input id="answer-{{ITEM_ID}}-c{{VALUE}}" name="answer" type="radio" value="{{VALUE}}"{{#SELECTED}} checked{{/SELECTED}}><label for="answer-{{ITEM_ID}}-c{{VALUE}}">{{VALUE}}</label></div>{{/CHOICE}}</fieldset>{{/KIND_CHOICE}}
      {{#KIND_TEXT}}<div class="field"><label for="answer-{{ITEM_ID}}">Answer</label><textarea id="answer-{{ITEM_ID}}" name="answer" rows="3">{{ANSWER_VALUE:pre_escape}}</textarea></div>{{/KIND_TEXT}}
      <div class="field{{#NOTE_INVALID}} field--error{{/NOTE_INVALID}}">
        <label for="note-{{ITEM_ID}}">Note{{#NOTE_REQUIRED}} (needed if it fails){{/NOTE_REQUIRED}}</label>
        {{#NOTE_INVALID}}<p class="field-error" id="note-{{ITEM_ID}}-error">{{NOTE_ERROR}}</p>{{/NOTE_INVALID}}
        <textarea id="note-{{ITEM_ID}}" name="note" rows="2"{{#NOTE_INVALID}} aria-invalid="true" aria-describedby="note-{{ITEM_ID}}-error"{{/NOTE_INVALID}}>{{NOTE_VALUE:pre_escape}}</textarea>
      </div>
      {{#KIND_YESNO}}<div class="checklist-yesno" role="group" aria-label="Answer">
        <button type="submit" name="answer" value="yes" class="checklist-answer checklist-answer--yes" aria-pressed="{{YES_PRESSED}}">Yes</button>
        <button type="submit" name="answer" value="no" class="checklist-answer checklist-answer--no" aria-pressed="{{NO_PRESSED}}">No</button>
        <button type="submit" name="answer" value="na" class="checklist-answer checklist-answer--na" aria-pressed="{{NA_PRESSED}}">N/A<span class="visually-hidden">: not applicable</span></button>
      </div>{{/KIND_YESNO}}
      {{#SAVE_BUTTON}}<button type="submit" class="button checklist-big">Save</button>{{/SAVE_BUTTON}}
    </form>
    {{/ANSWER_FORM}}
    {{#FAILURE}}
    <div class="checklist-failure" id="answer-{{ANSWER_ID}}">
      {{#NOT_DEALT_WITH}}<p><strong class="tag tag--warning">Needs a corrective action or a justification before sign-off</strong></p>{{/NOT_DEALT_WITH}}
      {{#HAS_ACTIONS}}<ul class="plain-list checklist-actions">{{#ACTION}}<li>Action: <a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a> <span class="muted">{{ACTION_STATUS}}, due {{ACTION_DUE}}, {{ACTION_OWNER}}</span>{{#ACTION_OVERDUE}} <span class="tag tag--warning">overdue</span>{{/ACTION_OVERDUE}}</li>{{/ACTION}}</ul>{{/HAS_ACTIONS}}
      {{#JUSTIFIED}}<p class="prewrap">No action needed, {{BY}}, {{AT}}: {{JUSTIFICATION}}</p>{{/JUSTIFIED}}
      {{#CAN_ANSWER_FAILURE}}
      <details class="checklist-raise"{{#RAISE_OPEN}} open{{/RAISE_OPEN}}>
        <summary>Raise a corrective action</summary>
        <form method="post" action="/checklists/runs/{{RUN_ID}}/answers/{{ANSWER_ID}}/action" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}"><label for="title-{{ANSWER_ID}}">Action</label>{{#TITLE_INVALID}}<p class="field-error" id="title-{{ANSWER_ID}}-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}<input id="title-{{ANSWER_ID}}" name="title" type="text" value="{{TITLE_VALUE}}"></div>
          <div class="field{{#PROBLEM_INVALID}} field--error{{/PROBLEM_INVALID}}"><label for="problem-{{ANSWER_ID}}">The problem</label>{{#PROBLEM_INVALID}}<p class="field-error" id="problem-{{ANSWER_ID}}-error">{{PROBLEM_ERROR}}</p>{{/PROBLEM_INVALID}}<textarea id="problem-{{ANSWER_ID}}" name="problem" rows="3">{{PROBLEM_VALUE:pre_escape}}</textarea></div>
          <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}"><label for="owner-{{ANSWER_ID}}">Owner</label>{{#OWNER_INVALID}}<p class="field-error" id="owner-{{ANSWER_ID}}-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}<select id="owner-{{ANSWER_ID}}" name="owner">{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select></div>
          <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}"><label for="due_date-{{ANSWER_ID}}">Due date</label>{{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-{{ANSWER_ID}}-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}<input id="due_date-{{ANSWER_ID}}" name="due_date" type="date" value="{{DUE_DATE_VALUE}}"></div>
          <button type="submit" class="button">Raise the action</button>
        </form>
      </details>
      <details class="checklist-justify"{{#JUSTIFY_OPEN}} open{{/JUSTIFY_OPEN}}>
        <summary>Or record why no action is needed</summary>
        <form method="post" action="/checklists/runs/{{RUN_ID}}/answers/{{ANSWER_ID}}/justify" novalidate>
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <div class="field{{#JUSTIFICATION_INVALID}} field--error{{/JUSTIFICATION_INVALID}}"><label for="justification-{{ANSWER_ID}}">Justification (at least 20 characters)</label>{{#JUSTIFICATION_INVALID}}<p class="field-error" id="justification-{{ANSWER_ID}}-error">{{JUSTIFICATION_ERROR}}</p>{{/JUSTIFICATION_INVALID}}<textarea id="justification-{{ANSWER_ID}}" name="justification" rows="3">{{JUSTIFICATION_VALUE:pre_escape}}</textarea></div>
          <button type="submit" class="button button--secondary">Record the justification</button>
        </form>
      </details>
      {{/CAN_ANSWER_FAILURE}}
    </div>
    {{/FAILURE}}
  </li>
  {{/ITEM}}
  </ol>
</section>
{{/SECTION}}
{{#CAN_SUBMIT}}
<form method="post" action="/checklists/runs/{{RUN_ID}}/submit" class="checklist-finish">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <p>Every answer is saved as you go. When every item is answered, send the run to a manager to sign off.</p>
  <button type="submit" class="button checklist-big">Submit for sign-off</button>
</form>
{{/CAN_SUBMIT}}
{{#CAN_SIGN}}
<section class="panel" aria-labelledby="sign-heading">
  <h2 id="sign-heading">Sign-off</h2>
  {{#HAS_UNDEALT}}<p><strong>{{UNDEALT}} failed item(s)</strong> still need a corrective action or a justification before you can sign off.</p>{{/HAS_UNDEALT}}
  {{#READY}}
  <form method="post" action="/checklists/runs/{{RUN_ID}}/signoff">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <p>Signing off records your name and the time, and locks the run.</p>
    <button type="submit" class="button checklist-big">Sign off</button>
  </form>
  {{/READY}}
</section>
{{/CAN_SIGN}}
{{#CAN_REOPEN}}
<details class="panel"{{#REASON_INVALID}} open{{/REASON_INVALID}}>
  <summary>Reopen as a new revision</summary>
  <form method="post" action="/checklists/runs/{{RUN_ID}}/reopen" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <p>The signed-off run is kept as it is; a copy of it becomes the next revision to change and sign off again.</p>
    <div class="field{{#REASON_INVALID}} field--error{{/REASON_INVALID}}"><label for="reason">Why it is reopened</label>{{#REASON_INVALID}}<p class="field-error" id="reason-error">{{REASON_ERROR}}</p>{{/REASON_INVALID}}<input id="reason" name="reason" type="text" value="{{REASON_VALUE}}"></div>
    <button type="submit" class="button button--secondary">Reopen</button>
  </form>
</details>
{{/CAN_REOPEN}}
