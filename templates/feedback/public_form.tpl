{{%AUTOESCAPE context="HTML"}}
<div class="narrow feedback-public">
<h1>{{FORM_TITLE}}</h1>
{{#CLOSED}}
<p>This form is closed and is no longer taking responses. Thank you for thinking of us.</p>
{{/CLOSED}}
{{#OPEN}}
{{#HAS_INTRO}}<p>{{INTRO}}</p>{{/HAS_INTRO}}
<p class="hint">You do not have to give your name: your feedback is anonymous unless you choose to let us contact you. It takes about two minutes.</p>
{{#REFUSAL}}<div class="error-summary" role="alert" tabindex="-1"><h2>Your feedback was not sent</h2><p id="refusal">{{MESSAGE}}</p></div>{{/REFUSAL}}
{{>FORM_ERRORS}}
<form method="post" action="/feedback/{{SLUG}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="form_version" value="{{VERSION}}">
  <input type="hidden" name="submission" value="{{SUBMISSION}}">
  {{#FOLLOWUP}}<input type="hidden" name="followup" value="{{KEY}}">{{/FOLLOWUP}}
  <div class="feedback-trap" aria-hidden="true">
    <label for="website">Leave this box empty</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="{{WEBSITE_VALUE}}">
  </div>
  {{#TOUCHPOINT_FIXED}}
  <input type="hidden" name="touchpoint" value="{{VALUE}}">
  <input type="hidden" name="fixed" value="1">
  <p>You are telling us about your contact with us by: <strong>{{LABEL}}</strong>.</p>
  {{/TOUCHPOINT_FIXED}}
  {{#TOUCHPOINT_CHOICE}}
  <fieldset class="field{{#INVALID}} field--error{{/INVALID}}" id="touchpoint" tabindex="-1"{{#INVALID}} aria-describedby="touchpoint-error"{{/INVALID}}>
    <legend>How did you contact us?</legend>
    {{#INVALID}}<p class="field-error" id="touchpoint-error">{{ERROR}}</p>{{/INVALID}}
    {{#OPTION}}<div class="checkbox"><input id="touchpoint-{{VALUE}}" type="radio" name="touchpoint" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="touchpoint-{{VALUE}}">{{LABEL}}</label></div>{{/OPTION}}
  </fieldset>
  {{/TOUCHPOINT_CHOICE}}
  {{>CSAT}}
  {{>NPS}}
  {{#SERVQUAL_SHORT}}
  <h2>The quality of our service</h2>
  <p class="hint">For each pair, first rate what you expect from an excellent service of this kind, then what you got from us. You may leave this whole section blank.</p>
  {{#DIMENSION}}
  <section class="servqual-dimension" aria-label="{{NAME}}">
    <h3>{{NAME}} <span class="muted">({{HINT}})</span></h3>
    {{>RATING}}
  </section>
  {{/DIMENSION}}
  {{/SERVQUAL_SHORT}}
  {{#SERVQUAL_FULL}}
  <h2>The quality of our service</h2>
  <p class="hint">You may leave this whole section blank. If you answer it, please rate every statement.</p>
  <h3>Part 1: what you expect from an excellent organisation of this kind</h3>
  {{>EXPECT}}
  <h3>Part 2: what you found with us</h3>
  {{>PERCEIVE}}
  {{/SERVQUAL_FULL}}
  {{#ASK_COMMENT}}
  <div class="field{{#COMMENT_INVALID}} field--error{{/COMMENT_INVALID}}">
    <label for="comment">Anything else you would like to tell us? (optional)</label>
    <p class="hint" id="comment-hint">Up to 2,000 characters. Please do not include account numbers or passwords.</p>
    {{#COMMENT_INVALID}}<p class="field-error" id="comment-error">{{COMMENT_ERROR}}</p>{{/COMMENT_INVALID}}
    <textarea id="comment" name="comment" rows="5" aria-describedby="comment-hint{{#COMMENT_INVALID}} comment-error{{/COMMENT_INVALID}}"{{#COMMENT_INVALID}} aria-invalid="true"{{/COMMENT_INVALID}}>{{COMMENT_VALUE}}</textarea>
  </div>
  {{/ASK_COMMENT}}
  {{#ASK_CONTACT}}
  <fieldset class="field">
    <legend>May we contact you about your feedback? (optional)</legend>
    <p class="hint" id="contact-hint">Leave these empty to stay anonymous. If you fill them in, you must also tick the box below.</p>
    <div class="field{{#CONTACT_NAME_INVALID}} field--error{{/CONTACT_NAME_INVALID}}">
      <label for="contact_name">Your name</label>
      {{#CONTACT_NAME_INVALID}}<p class="field-error" id="contact_name-error">{{CONTACT_NAME_ERROR}}</p>{{/CONTACT_NAME_INVALID}}
      <input id="contact_name" name="contact_name" type="text" autocomplete="name" value="{{CONTACT_NAME_VALUE}}"{{#CONTACT_NAME_INVALID}} aria-invalid="true" aria-describedby="contact_name-error"{{/CONTACT_NAME_INVALID}}>
    </div>
    <div class="field{{#CONTACT_EMAIL_INVALID}} field--error{{/CONTACT_EMAIL_INVALID}}">
      <label for="contact_email">Your email address</label>
      {{#CONTACT_EMAIL_INVALID}}<p class="field-error" id="contact_email-error">{{CONTACT_EMAIL_ERROR}}</p>{{/CONTACT_EMAIL_INVALID}}
      <input id="contact_email" name="contact_email" type="email" autocomplete="email" value="{{CONTACT_EMAIL_VALUE}}"{{#CONTACT_EMAIL_INVALID}} aria-invalid="true" aria-describedby="contact_email-error"{{/CONTACT_EMAIL_INVALID}}>
    </div>
    <div class="field{{#CONTACT_PHONE_INVALID}} field--error{{/CONTACT_PHONE_INVALID}}">
      <label for="contact_phone">Your phone number</label>
      {{#CONTACT_PHONE_INVALID}}<p class="field-error" id="contact_phone-error">{{CONTACT_PHONE_ERROR}}</p>{{/CONTACT_PHONE_INVALID}}
      <input id="contact_phone" name="contact_phone" type="tel" autocomplete="tel" value="{{CONTACT_PHONE_VALUE}}"{{#CONTACT_PHONE_INVALID}} aria-invalid="true" aria-describedby="contact_phone-error"{{/CONTACT_PHONE_INVALID}}>
    </div>
    <div class="field{{#CONSENT_INVALID}} field--error{{/CONSENT_INVALID}}">
      {{#CONSENT_INVALID}}<p class="field-error" id="consent-error">{{CONSENT_ERROR}}</p>{{/CONSENT_INVALID}}
      <div class="checkbox"><input id="consent" name="consent" type="checkbox" value="1"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}}{{#CONSENT_INVALID}} aria-invalid="true" aria-describedby="consent-error"{{/CONSENT_INVALID}}><label for="consent">I agree that you may keep these contact details, encrypted, and use them only to reply to this feedback, as explained in the <a href="/feedback/privacy">privacy notice</a> (version {{NOTICE_VERSION}}).</label></div>
    </div>
  </fieldset>
  {{/ASK_CONTACT}}
  <button type="submit" class="button">Send feedback</button>
</form>
{{/OPEN}}
</div>
