{{%AUTOESCAPE context="HTML"}}
<div class="checklist-report">
<p class="no-print"><a href="/checklists/runs/{{RUN_ID}}">Back to the run</a> · Print this page for the file; the navigation is left off the paper.</p>
<h1>{{TPL_TITLE}}: compliance check report</h1>
<dl class="summary-list">
  <div><dt>Run</dt><dd>{{RUN_ID}}, revision {{REVISION}}{{#REOPENED_FROM}} (reopened from run {{OLD_ID}}: {{REASON}}){{/REOPENED_FROM}}</dd></div>
  <div><dt>Template version</dt><dd>{{VERSION}}</dd></div>
  <div><dt>Team</dt><dd>{{TEAM}}</dd></div>
  <div><dt>Due</dt><dd>{{DUE}}</dd></div>
  <div><dt>State</dt><dd>{{STATUS_LABEL}}</dd></div>
  <div><dt>Score</dt><dd><strong>{{SCORE}}</strong> <strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong> (green at {{PASS_MARK}}%, amber from {{AMBER_FROM}}%){{#MANDATORY_FAILED}}; a mandatory item failed{{/MANDATORY_FAILED}}</dd></div>
</dl>
<h2>Sections</h2>
<table class="table">
  <caption class="visually-hidden">Score of each section</caption>
  <thead><tr><th scope="col">Section</th><th scope="col">Score</th><th scope="col">RAG</th><th scope="col">Failed items</th></tr></thead>
  <tbody>{{#SECTION}}<tr><td>{{SECTION_TITLE}}</td><td>{{SCORE}}</td><td><strong class="rag rag--{{RAG}}">{{RAG_LABEL}}</strong></td><td>{{FAILED}}</td></tr>{{/SECTION}}</tbody>
</table>
<h2 id="failed-items">Failed items</h2>
{{#HAS_FAILED}}<ol class="checklist-report-failed">
{{#SECTION}}{{#ITEM}}{{#FAILED}}<li><strong>{{PROMPT}}</strong>{{#HAS_REFERENCE}} <span class="muted">{{REFERENCE}}</span>{{/HAS_REFERENCE}}<br>Answer: {{ANSWER_TEXT}}{{#HAS_NOTE}}. Note: {{NOTE}}{{/HAS_NOTE}}{{#FAILURE}}{{#HAS_ACTIONS}}<ul class="plain-list">{{#ACTION}}<li>Corrective action {{ACTION_ID}}: {{ACTION_TITLE}} ({{ACTION_STATUS}}, due {{ACTION_DUE}}, owner {{ACTION_OWNER}})</li>{{/ACTION}}</ul>{{/HAS_ACTIONS}}{{#JUSTIFIED}}<p>No action needed, {{BY}}, {{AT}}: {{JUSTIFICATION}}</p>{{/JUSTIFIED}}{{#NOT_DEALT_WITH}}<p><strong>Not yet answered with an action or a justification.</strong></p>{{/NOT_DEALT_WITH}}{{/FAILURE}}</li>{{/FAILED}}{{/ITEM}}{{/SECTION}}
</ol>{{/HAS_FAILED}}
{{#NO_FAILED}}<p>No item failed.</p>{{/NO_FAILED}}
<h2>Answers</h2>
{{#SECTION}}
<h3>{{SECTION_TITLE}}</h3>
<table class="table checklist-report-answers">
  <caption class="visually-hidden">Answers in {{SECTION_TITLE}}</caption>
  <thead><tr><th scope="col">Item</th><th scope="col">Answer</th><th scope="col">Outcome</th></tr></thead>
  <tbody>{{#ITEM}}<tr class="checklist-item--{{OUTCOME}}"><td>{{PROMPT}}{{#HAS_REFERENCE}}<br><span class="muted">{{REFERENCE}}</span>{{/HAS_REFERENCE}}{{#FROM_RECORDS}}<br><span class="muted">Records: {{FIGURE}}</span>{{/FROM_RECORDS}}</td><td>{{ANSWER_TEXT}}{{#HAS_NOTE}}<br>Note: {{NOTE}}{{/HAS_NOTE}}</td><td>{{OUTCOME}}{{#FAILURE}}{{#HAS_ACTIONS}}<ul class="plain-list">{{#ACTION}}<li>Action {{ACTION_ID}}: {{ACTION_TITLE}} ({{ACTION_STATUS}}, due {{ACTION_DUE}}, {{ACTION_OWNER}})</li>{{/ACTION}}</ul>{{/HAS_ACTIONS}}{{#JUSTIFIED}}<br>Justified by {{BY}}: {{JUSTIFICATION}}{{/JUSTIFIED}}{{/FAILURE}}</td></tr>{{/ITEM}}</tbody>
</table>
{{/SECTION}}
<h2>Signatures</h2>
<dl class="summary-list checklist-signatures">
  <div><dt>Run by</dt><dd>{{STARTED}}</dd></div>
  <div><dt>Submitted</dt><dd>{{#SUBMITTED}}{{AT}}{{/SUBMITTED}}</dd></div>
  <div><dt>Signed off</dt><dd>{{#SIGNED}}{{NAME}}, {{AT}}{{/SIGNED}}</dd></div>
</dl>
</div>
