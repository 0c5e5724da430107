{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints">Back to the complaints</a></p>
<h1>Complaint {{REFERENCE}} <span class="tag">{{STATUS}}, stage {{STAGE}}</span></h1>
{{#ADD_TO_PORTFOLIO}}<p><a href="/portfolio/evidence/new?kind=complaint&amp;record=/complaints/{{ID}}#product-heading">Add to my portfolio</a></p>{{/ADD_TO_PORTFOLIO}}
{{>FORM_ERRORS}}
<dl class="summary-list">
  <div><dt>Customer</dt><dd>{{CUSTOMER}}</dd></div>
  <div><dt>Received</dt><dd>{{RECEIVED}} by {{CHANNEL}} (recorded through {{SOURCE}})</dd></div>
  <div><dt>Category</dt><dd>{{CATEGORY}}</dd></div>
  <div><dt>Severity</dt><dd>{{SEVERITY}}</dd></div>
  <div><dt>Product or service</dt><dd>{{PRODUCT}}</dd></div>
  <div><dt>Owner</dt><dd>{{OWNER}}</dd></div>
  <div><dt>Contact details</dt><dd>
    {{#CONTACT_NONE}}None given.{{/CONTACT_NONE}}
    {{#CONTACT_MANAGERS_ONLY}}Kept encrypted; a manager can see them.{{/CONTACT_MANAGERS_ONLY}}
    {{#CONTACT_LINK}}<a href="/complaints/{{ID}}?contact=1">Show the contact details</a> <span class="muted">(your viewing is recorded in the audit trail)</span>{{/CONTACT_LINK}}
    {{#CONTACT_SHOWN}}Email: <span id="contact-email">{{EMAIL}}</span>; phone: <span id="contact-phone">{{PHONE}}</span> <span class="muted">(this viewing has been recorded)</span>{{/CONTACT_SHOWN}}
  </dd></div>
</dl>
{{#CAN_ASSIGN}}
<details class="complaint-assign"{{#ASSIGN_OWNER_INVALID}} open{{/ASSIGN_OWNER_INVALID}}{{#ASSIGN_CATEGORY_INVALID}} open{{/ASSIGN_CATEGORY_INVALID}}>
<summary>Change the owner, category or severity</summary>
<form method="post" action="/complaints/{{ID}}/assign" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ASSIGN_OWNER_INVALID}} field--error{{/ASSIGN_OWNER_INVALID}}">
    <label for="assign_owner">Owner</label>
    {{#ASSIGN_OWNER_INVALID}}<p class="field-error" id="assign_owner-error">{{ASSIGN_OWNER_ERROR}}</p>{{/ASSIGN_OWNER_INVALID}}
    <select id="assign_owner" name="assign_owner"><option value="">Choose someone</option>{{#ASSIGN_OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ASSIGN_OWNER_OPTION}}</select>
  </div>
  <div class="field{{#ASSIGN_CATEGORY_INVALID}} field--error{{/ASSIGN_CATEGORY_INVALID}}">
    <label for="assign_category">Category</label>
    {{#ASSIGN_CATEGORY_INVALID}}<p class="field-error" id="assign_category-error">{{ASSIGN_CATEGORY_ERROR}}</p>{{/ASSIGN_CATEGORY_INVALID}}
    <select id="assign_category" name="assign_category"><option value="">Choose a category</option>{{#ASSIGN_CATEGORY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ASSIGN_CATEGORY_OPTION}}</select>
  </div>
  <div class="field{{#ASSIGN_SEVERITY_INVALID}} field--error{{/ASSIGN_SEVERITY_INVALID}}">
    <label for="assign_severity">Severity</label>
    <select id="assign_severity" name="assign_severity">{{#ASSIGN_SEVERITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ASSIGN_SEVERITY_OPTION}}</select>
  </div>
  <button type="submit" class="button button--secondary">Save</button>
</form>
</details>
{{/CAN_ASSIGN}}
{{#NEEDS}}
<div class="attention complaint-needs" role="note">
  <h2>Reasonable adjustment: {{ADJUSTMENT}}</h2>
  <p class="complaint-text">{{VULNERABILITY:pre_escape}}</p>
</div>
{{/NEEDS}}
<h2>What happened</h2>
<p class="complaint-text">{{WHAT_HAPPENED:pre_escape}}</p>
<h2>What the customer wants</h2>
<p class="complaint-text">{{WHAT_THEY_WANT:pre_escape}}</p>

<section class="panel" aria-labelledby="clocks-heading">
<h2 id="clocks-heading">Clocks</h2>
<p class="muted">{{PROFILE}}. Working days skip weekends and bank holidays.</p>
<table class="table">
  <caption class="visually-hidden">Deadlines of this complaint</caption>
  <thead><tr><th scope="col">Deadline</th><th scope="col">Due</th><th scope="col">Done</th><th scope="col">State</th></tr></thead>
  <tbody>{{#CLOCK}}<tr><td>{{WHAT}}</td><td>{{DUE}}</td><td>{{DONE}}</td><td><span class="complaint-clock complaint-clock--{{STATE_CLASS}}">{{STATE}}</span></td></tr>{{/CLOCK}}</tbody>
</table>
<p>What set the stage 1 clocks:</p>
<ul class="plain-list" id="clock-rules">{{#CLOCK_RULE}}<li>{{RULE}}</li>{{/CLOCK_RULE}}</ul>
<p>Time paused waiting on the customer: <strong id="paused-days">{{PAUSED_DAYS}} working days</strong>{{#IS_PAUSED}} <span class="complaint-clock complaint-clock--paused">paused now</span>{{/IS_PAUSED}}.</p>
{{#HAS_PAUSES}}<ul class="plain-list">{{#PAUSE}}<li>{{FROM}} to {{UNTIL}}: {{REASON}}</li>{{/PAUSE}}</ul>{{/HAS_PAUSES}}
{{#CAN_ACKNOWLEDGE}}
<form method="post" action="/complaints/{{ID}}/acknowledge" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">Record the acknowledgement</button></form>
{{/CAN_ACKNOWLEDGE}}
{{#CAN_PAUSE}}
<form method="post" action="/complaints/{{ID}}/pause" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#PAUSE_REASON_INVALID}} field--error{{/PAUSE_REASON_INVALID}}">
    <label for="pause_reason">Pause the clock: what are you waiting for from the customer?</label>
    <p class="hint" id="pause_reason-hint">Only while waiting on the customer (evidence, a call back, access). Waiting on us never stops the clock.</p>
    {{#PAUSE_REASON_INVALID}}<p class="field-error" id="pause_reason-error">{{PAUSE_REASON_ERROR}}</p>{{/PAUSE_REASON_INVALID}}
    <input id="pause_reason" name="pause_reason" type="text" value="{{PAUSE_REASON_VALUE}}" aria-describedby="pause_reason-hint{{#PAUSE_REASON_INVALID}} pause_reason-error{{/PAUSE_REASON_INVALID}}">
  </div>
  <button type="submit" class="button button--secondary">Pause the clock</button>
</form>
{{/CAN_PAUSE}}
{{#CAN_RESUME}}
<form method="post" action="/complaints/{{ID}}/resume" class="inline-form"><input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><button type="submit" class="button">The customer has replied: restart the clock</button></form>
{{/CAN_RESUME}}
</section>

<section class="panel" aria-labelledby="steps-heading">
<h2 id="steps-heading">Handling: {{MODEL}}</h2>
{{#STEPS_SKIPPED}}<div class="attention" role="alert"><p>A step of the model was skipped: a later step is recorded but an earlier one is not. Record what was done for it, or why it was not done.</p></div>{{/STEPS_SKIPPED}}
<ol class="complaint-steps">
{{#STEP}}<li id="step-{{KEY}}">
  <h3>{{LABEL}}{{#SKIPPED}} <span class="tag tag--warning">Skipped</span>{{/SKIPPED}}</h3>
  <p class="hint">{{PROMPT}}</p>
  {{#DONE}}<p class="complaint-text">{{TEXT:pre_escape}}</p><p class="muted">{{BY}}, {{AT}}</p>{{/DONE}}
  {{#CAN_RECORD}}
  <form method="post" action="/complaints/{{ID}}/steps" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
    <input type="hidden" name="step" value="{{KEY}}">
    <label for="step_text-{{KEY}}">What was done for "{{LABEL}}"</label>
    <textarea id="step_text-{{KEY}}" name="step_text" rows="2"></textarea>
    <button type="submit" class="button button--secondary">Record this step</button>
  </form>
  {{/CAN_RECORD}}
</li>{{/STEP}}
</ol>
{{#STEP_TEXT_INVALID}}<p class="field-error" id="step_text-error">{{STEP_TEXT_ERROR}}</p>{{/STEP_TEXT_INVALID}}
{{#STEP_INVALID}}<p class="field-error" id="step-error">{{STEP_ERROR}}</p>{{/STEP_INVALID}}
</section>

{{#RESPONSE}}
<h2>Stage 1 response</h2>
<p class="complaint-text">{{SUMMARY:pre_escape}}</p>
<p class="muted">{{BY}}, {{AT}} (the stage 1 handler)</p>
{{/RESPONSE}}
{{#ESCALATION}}
<h2>Escalated to stage 2</h2>
<p class="complaint-text">{{REASON:pre_escape}}</p>
<p class="muted">{{AT}}; stage 2 handler: {{HANDLER}}</p>
{{/ESCALATION}}
{{#CLOSED}}
<h2>Final response</h2>
<p>{{DECISION}}, {{AT}} by {{BY}}. <a href="/complaints/{{ID}}/letter">The final response letter</a></p>
{{/CLOSED}}
{{#FOLLOWUP}}
<section class="panel" aria-labelledby="followup-heading">
<h2 id="followup-heading">Follow-up survey</h2>
<p>Send or hand this link to the customer: their answer is tied to this complaint, so the analysis can compare recovered complainants with all customers.</p>
<p><code id="followup-link">{{LINK}}</code></p>
{{#WAITING}}<p class="muted">No answer yet.</p>{{/WAITING}}
{{#ANSWERED}}<p>Answered: satisfaction {{CSAT}}.</p>{{/ANSWERED}}
</section>
{{/FOLLOWUP}}

{{#CAN_RESPOND}}
<section class="panel" aria-labelledby="respond-heading">
<h2 id="respond-heading">Stage 1 response</h2>
<form method="post" action="/complaints/{{ID}}/respond" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#RESPONSE_SUMMARY_INVALID}} field--error{{/RESPONSE_SUMMARY_INVALID}}">
    <label for="response_summary">What you told the customer</label>
    {{#RESPONSE_SUMMARY_INVALID}}<p class="field-error" id="response_summary-error">{{RESPONSE_SUMMARY_ERROR}}</p>{{/RESPONSE_SUMMARY_INVALID}}
    <textarea id="response_summary" name="response_summary" rows="4">{{RESPONSE_SUMMARY_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Record the stage 1 response</button>
</form>
</section>
{{/CAN_RESPOND}}
{{#CAN_ESCALATE}}
<section class="panel" aria-labelledby="escalate-heading">
<h2 id="escalate-heading">The customer is not satisfied: escalate to stage 2</h2>
<p class="hint">Stage 2 is a fresh look by someone else: {{STAGE1_HANDLER}} handled stage 1 and cannot handle stage 2.</p>
<form method="post" action="/complaints/{{ID}}/escalate" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ESCALATION_REASON_INVALID}} field--error{{/ESCALATION_REASON_INVALID}}">
    <label for="escalation_reason">Why the customer is not satisfied</label>
    {{#ESCALATION_REASON_INVALID}}<p class="field-error" id="escalation_reason-error">{{ESCALATION_REASON_ERROR}}</p>{{/ESCALATION_REASON_INVALID}}
    <textarea id="escalation_reason" name="escalation_reason" rows="3">{{ESCALATION_REASON_VALUE}}</textarea>
  </div>
  <div class="field{{#HANDLER_INVALID}} field--error{{/HANDLER_INVALID}}">
    <label for="handler">Stage 2 handler</label>
    {{#HANDLER_INVALID}}<p class="field-error" id="handler-error">{{HANDLER_ERROR}}</p>{{/HANDLER_INVALID}}
    <select id="handler" name="handler"{{#HANDLER_INVALID}} aria-invalid="true" aria-describedby="handler-error"{{/HANDLER_INVALID}}><option value="">Choose someone</option>{{#HANDLER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/HANDLER_OPTION}}</select>
  </div>
  <button type="submit" class="button">Escalate to stage 2</button>
</form>
</section>
{{/CAN_ESCALATE}}
{{#CAN_CLOSE}}
<section class="panel" aria-labelledby="close-heading">
<h2 id="close-heading">Close with a final response letter</h2>
{{#STEPS_INCOMPLETE}}<div class="attention" role="note"><p>{{STEPS_MISSING}} step(s) of the handling model are not recorded yet. The record is the evidence that the model was applied: record them before closing.</p></div>{{/STEPS_INCOMPLETE}}
<form method="post" action="/complaints/{{ID}}/close" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#DECISION_INVALID}} field--error{{/DECISION_INVALID}}">
    <label for="decision">Decision</label>
    {{#DECISION_INVALID}}<p class="field-error" id="decision-error">{{DECISION_ERROR}}</p>{{/DECISION_INVALID}}
    <select id="decision" name="decision"{{#DECISION_INVALID}} aria-invalid="true" aria-describedby="decision-error"{{/DECISION_INVALID}}><option value="">Choose the decision</option>{{#DECISION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DECISION_OPTION}}</select>
  </div>
  <div class="field{{#REASONS_INVALID}} field--error{{/REASONS_INVALID}}">
    <label for="reasons">Reasons for the decision</label>
    {{#REASONS_INVALID}}<p class="field-error" id="reasons-error">{{REASONS_ERROR}}</p>{{/REASONS_INVALID}}
    <textarea id="reasons" name="reasons" rows="4">{{REASONS_VALUE}}</textarea>
  </div>
  <div class="field{{#REMEDY_INVALID}} field--error{{/REMEDY_INVALID}}">
    <label for="remedy">Remedy offered</label>
    {{#REMEDY_INVALID}}<p class="field-error" id="remedy-error">{{REMEDY_ERROR}}</p>{{/REMEDY_INVALID}}
    <textarea id="remedy" name="remedy" rows="2">{{REMEDY_VALUE}}</textarea>
  </div>
  <div class="field{{#STILL_TO_DO_INVALID}} field--error{{/STILL_TO_DO_INVALID}}">
    <label for="still_to_do">What is still to do</label>
    {{#STILL_TO_DO_INVALID}}<p class="field-error" id="still_to_do-error">{{STILL_TO_DO_ERROR}}</p>{{/STILL_TO_DO_INVALID}}
    <textarea id="still_to_do" name="still_to_do" rows="2">{{STILL_TO_DO_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Close and write the letter</button>
</form>
</section>
{{/CAN_CLOSE}}

<section class="panel" aria-labelledby="remedy-heading">
<h2 id="remedy-heading">Consumer Rights Act 2015 remedies</h2>
<p>Remedy chosen: <strong>{{CRA_REMEDY}}</strong></p>
{{#LADDER}}
<p>Still applying today:</p>
<ul id="remedies-apply">{{#APPLIES}}<li>{{LABEL}}</li>{{/APPLIES}}</ul>
{{#SHORT_TERM_OPEN}}<p>The 30-day short-term right to reject ends on {{ENDS}}.</p>{{/SHORT_TERM_OPEN}}
{{#SHORT_TERM_GONE}}<p class="muted">The 30-day short-term right to reject ended on {{ENDS}}.</p>{{/SHORT_TERM_GONE}}
{{#PRESUMED}}<p class="muted">Within 6 months of delivery, a fault is taken to have been there at delivery unless the trader proves otherwise.</p>{{/PRESUMED}}
{{/LADDER}}
{{#REFUND}}<p>Refund due by {{DUE}} (14 days after it was agreed): <span class="complaint-clock complaint-clock--{{STATE_CLASS}}" id="refund-state">{{STATE}}</span></p>{{/REFUND}}
<form method="post" action="/complaints/{{ID}}/remedy" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#CRA_KIND_INVALID}} field--error{{/CRA_KIND_INVALID}}">
    <label for="cra_kind">Goods or a service</label>
    <select id="cra_kind" name="cra_kind"><option value="">Neither (not a consumer contract)</option><option value="goods"{{#KIND_GOODS_SELECTED}} selected{{/KIND_GOODS_SELECTED}}>Goods</option><option value="service"{{#KIND_SERVICE_SELECTED}} selected{{/KIND_SERVICE_SELECTED}}>A service</option></select>
  </div>
  <div class="field{{#CRA_DELIVERED_INVALID}} field--error{{/CRA_DELIVERED_INVALID}}">
    <label for="cra_delivered">Delivered or performed on (YYYY-MM-DD)</label>
    {{#CRA_DELIVERED_INVALID}}<p class="field-error" id="cra_delivered-error">{{CRA_DELIVERED_ERROR}}</p>{{/CRA_DELIVERED_INVALID}}
    <input id="cra_delivered" name="cra_delivered" type="text" class="input--short" value="{{CRA_DELIVERED_VALUE}}">
  </div>
  <div class="field{{#CRA_ATTEMPTS_INVALID}} field--error{{/CRA_ATTEMPTS_INVALID}}">
    <label for="cra_attempts">Repairs, replacements or repeat performances so far</label>
    {{#CRA_ATTEMPTS_INVALID}}<p class="field-error" id="cra_attempts-error">{{CRA_ATTEMPTS_ERROR}}</p>{{/CRA_ATTEMPTS_INVALID}}
    <input id="cra_attempts" name="cra_attempts" type="text" inputmode="numeric" class="input--short" value="{{CRA_ATTEMPTS_VALUE}}">
  </div>
  <div class="field{{#CRA_REMEDY_INVALID}} field--error{{/CRA_REMEDY_INVALID}}">
    <label for="cra_remedy">Remedy chosen</label>
    {{#CRA_REMEDY_INVALID}}<p class="field-error" id="cra_remedy-error">{{CRA_REMEDY_ERROR}}</p>{{/CRA_REMEDY_INVALID}}
    <select id="cra_remedy" name="cra_remedy"><option value="">None yet</option>{{#CRA_REMEDY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CRA_REMEDY_OPTION}}</select>
  </div>
  <div class="field{{#REFUND_AGREED_INVALID}} field--error{{/REFUND_AGREED_INVALID}}">
    <label for="refund_agreed">Refund agreed on (YYYY-MM-DD)</label>
    {{#REFUND_AGREED_INVALID}}<p class="field-error" id="refund_agreed-error">{{REFUND_AGREED_ERROR}}</p>{{/REFUND_AGREED_INVALID}}
    <input id="refund_agreed" name="refund_agreed" type="text" class="input--short" value="{{REFUND_AGREED_VALUE}}">
  </div>
  <div class="field{{#REFUND_PAID_INVALID}} field--error{{/REFUND_PAID_INVALID}}">
    <label for="refund_paid">Refund paid on (YYYY-MM-DD)</label>
    {{#REFUND_PAID_INVALID}}<p class="field-error" id="refund_paid-error">{{REFUND_PAID_ERROR}}</p>{{/REFUND_PAID_INVALID}}
    <input id="refund_paid" name="refund_paid" type="text" class="input--short" value="{{REFUND_PAID_VALUE}}">
  </div>
  <button type="submit" class="button button--secondary">Save the remedy</button>
</form>
</section>

<section class="panel" aria-labelledby="cause-heading">
<h2 id="cause-heading">Root cause</h2>
<p>Root cause: <strong>{{ROOT_CAUSE}}</strong>. Ask "why?" until you reach something the organisation can change.</p>
<form method="post" action="/complaints/{{ID}}/cause" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#ROOT_CAUSE_INVALID}} field--error{{/ROOT_CAUSE_INVALID}}">
    <label for="root_cause">Root cause</label>
    {{#ROOT_CAUSE_INVALID}}<p class="field-error" id="root_cause-error">{{ROOT_CAUSE_ERROR}}</p>{{/ROOT_CAUSE_INVALID}}
    <select id="root_cause" name="root_cause"><option value="">Not found yet</option>{{#ROOT_CAUSE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROOT_CAUSE_OPTION}}</select>
  </div>
  <div class="field"><label for="why_1">Why 1</label><input id="why_1" name="why_1" type="text" value="{{WHY_1_VALUE}}"></div>
  <div class="field"><label for="why_2">Why 2</label><input id="why_2" name="why_2" type="text" value="{{WHY_2_VALUE}}"></div>
  <div class="field"><label for="why_3">Why 3</label><input id="why_3" name="why_3" type="text" value="{{WHY_3_VALUE}}"></div>
  <div class="field"><label for="why_4">Why 4</label><input id="why_4" name="why_4" type="text" value="{{WHY_4_VALUE}}"></div>
  <div class="field"><label for="why_5">Why 5</label><input id="why_5" name="why_5" type="text" value="{{WHY_5_VALUE}}"></div>
  <button type="submit" class="button button--secondary">Save the root cause</button>
</form>
<h3>Actions raised from this complaint</h3>
{{#NO_ACTIONS}}<p class="empty">No actions have been raised from this complaint.</p>{{/NO_ACTIONS}}
{{#HAS_ACTIONS}}<ul class="plain-list">{{#ACTION}}<li><a href="/actions/{{ACTION_ID}}">{{ACTION_TITLE}}</a>: {{ACTION_STATUS}}, due {{ACTION_DUE}}, owner {{ACTION_OWNER}}{{#ACTION_OVERDUE}} <strong class="tag tag--warning">Overdue</strong>{{/ACTION_OVERDUE}}</li>{{/ACTION}}</ul>{{/HAS_ACTIONS}}
{{#CAN_RAISE}}
<form method="post" action="/complaints/{{ID}}/action" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <h3>Raise a corrective action</h3>
  <div class="field{{#ACTION_TITLE_INVALID}} field--error{{/ACTION_TITLE_INVALID}}">
    <label for="action_title">Title</label>
    {{#ACTION_TITLE_INVALID}}<p class="field-error" id="action_title-error">{{ACTION_TITLE_ERROR}}</p>{{/ACTION_TITLE_INVALID}}
    <input id="action_title" name="action_title" type="text" value="{{ACTION_TITLE_VALUE}}">
  </div>
  <div class="field{{#ACTION_PROBLEM_INVALID}} field--error{{/ACTION_PROBLEM_INVALID}}">
    <label for="action_problem">The problem</label>
    {{#ACTION_PROBLEM_INVALID}}<p class="field-error" id="action_problem-error">{{ACTION_PROBLEM_ERROR}}</p>{{/ACTION_PROBLEM_INVALID}}
    <textarea id="action_problem" name="action_problem" rows="2">{{ACTION_PROBLEM_VALUE}}</textarea>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"><option value="">Choose someone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <div class="field{{#DUE_DATE_INVALID}} field--error{{/DUE_DATE_INVALID}}">
    <label for="due_date">Due date (YYYY-MM-DD)</label>
    {{#DUE_DATE_INVALID}}<p class="field-error" id="due_date-error">{{DUE_DATE_ERROR}}</p>{{/DUE_DATE_INVALID}}
    <input id="due_date" name="due_date" type="text" class="input--short" value="{{DUE_DATE_VALUE}}{{ACTION_DUE_VALUE}}">
  </div>
  <button type="submit" class="button button--secondary">Raise the action</button>
</form>
{{/CAN_RAISE}}
</section>
