{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<p><a href="/customer-feedback/forms">Back to the forms</a></p>
<h1>{{#CREATING}}New feedback form{{/CREATING}}{{#EDITING}}Edit feedback form{{/EDITING}}</h1>
{{#EDITING}}<p>This is version {{VERSION}}. Saving makes version {{VERSION}} + 1: responses already received keep the wording they answered, and the analysis keeps versions apart.</p>{{/EDITING}}
{{>FORM_ERRORS}}
<form method="post" action="{{ACTION}}" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  {{#CREATING}}
  <div class="field{{#SLUG_INVALID}} field--error{{/SLUG_INVALID}}">
    <label for="slug">Address</label>
    <p class="hint" id="slug-hint">The form will be at /feedback/<em>address</em>. Lower-case letters, digits and hyphens; it cannot change later, so printed QR codes keep working.</p>
    {{#SLUG_INVALID}}<p class="field-error" id="slug-error">{{SLUG_ERROR}}</p>{{/SLUG_INVALID}}
    <input id="slug" name="slug" type="text" autocapitalize="none" spellcheck="false" value="{{SLUG_VALUE}}" aria-describedby="slug-hint{{#SLUG_INVALID}} slug-error{{/SLUG_INVALID}}"{{#SLUG_INVALID}} aria-invalid="true"{{/SLUG_INVALID}}>
  </div>
  {{/CREATING}}
  {{#EDITING}}<p>Address: <strong>/feedback/{{SLUG_VALUE}}</strong></p>{{/EDITING}}
  <div class="field{{#TITLE_INVALID}} field--error{{/TITLE_INVALID}}">
    <label for="title">Title customers see</label>
    {{#TITLE_INVALID}}<p class="field-error" id="title-error">{{TITLE_ERROR}}</p>{{/TITLE_INVALID}}
    <input id="title" name="title" type="text" value="{{TITLE_VALUE}}"{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
  </div>
  <div class="field{{#INTRO_INVALID}} field--error{{/INTRO_INVALID}}">
    <label for="intro">Introduction (optional)</label>
    {{#INTRO_INVALID}}<p class="field-error" id="intro-error">{{INTRO_ERROR}}</p>{{/INTRO_INVALID}}
    <textarea id="intro" name="intro" rows="3"{{#INTRO_INVALID}} aria-invalid="true" aria-describedby="intro-error"{{/INTRO_INVALID}}>{{INTRO_VALUE}}</textarea>
  </div>
  <fieldset class="field{{#TP_PHONE_INVALID}} field--error{{/TP_PHONE_INVALID}}" id="tp_phone" tabindex="-1">
    <legend>Touchpoints customers can choose</legend>
    <p class="hint">A link can also fix the touchpoint (see the QR code page).</p>
    {{#TP_PHONE_INVALID}}<p class="field-error" id="tp_phone-error">{{TP_PHONE_ERROR}}</p>{{/TP_PHONE_INVALID}}
    <div class="checkbox"><input id="tp_phone_box" name="tp_phone" type="checkbox" value="1"{{#TP_PHONE_CHECKED}} checked{{/TP_PHONE_CHECKED}}><label for="tp_phone_box">Phone</label></div>
    <div class="checkbox"><input id="tp_email" name="tp_email" type="checkbox" value="1"{{#TP_EMAIL_CHECKED}} checked{{/TP_EMAIL_CHECKED}}><label for="tp_email">Email</label></div>
    <div class="checkbox"><input id="tp_in_person" name="tp_in_person" type="checkbox" value="1"{{#TP_IN_PERSON_CHECKED}} checked{{/TP_IN_PERSON_CHECKED}}><label for="tp_in_person">In person</label></div>
    <div class="checkbox"><input id="tp_web" name="tp_web" type="checkbox" value="1"{{#TP_WEB_CHECKED}} checked{{/TP_WEB_CHECKED}}><label for="tp_web">Website</label></div>
  </fieldset>
  <fieldset class="field{{#ASK_CSAT_INVALID}} field--error{{/ASK_CSAT_INVALID}}" id="ask_csat" tabindex="-1">
    <legend>Questions</legend>
    {{#ASK_CSAT_INVALID}}<p class="field-error" id="ask_csat-error">{{ASK_CSAT_ERROR}}</p>{{/ASK_CSAT_INVALID}}
    <div class="checkbox"><input id="ask_csat_box" name="ask_csat" type="checkbox" value="1"{{#ASK_CSAT_CHECKED}} checked{{/ASK_CSAT_CHECKED}}><label for="ask_csat_box">CSAT: "Overall, how satisfied are you with the service you received?" (1 to 5)</label></div>
    <div class="checkbox"><input id="ask_nps" name="ask_nps" type="checkbox" value="1"{{#ASK_NPS_CHECKED}} checked{{/ASK_NPS_CHECKED}}><label for="ask_nps">NPS: "How likely are you to recommend us to a friend or colleague?" (0 to 10)</label></div>
    <div class="checkbox"><input id="ask_comment" name="ask_comment" type="checkbox" value="1"{{#ASK_COMMENT_CHECKED}} checked{{/ASK_COMMENT_CHECKED}}><label for="ask_comment">A comment box</label></div>
    <div class="checkbox"><input id="ask_contact" name="ask_contact" type="checkbox" value="1"{{#ASK_CONTACT_CHECKED}} checked{{/ASK_CONTACT_CHECKED}}><label for="ask_contact">Optional contact details, with a consent box (stored encrypted)</label></div>
  </fieldset>
  <fieldset class="field{{#SERVQUAL_INVALID}} field--error{{/SERVQUAL_INVALID}}" id="servqual" tabindex="-1"{{#SERVQUAL_INVALID}} aria-describedby="servqual-error"{{/SERVQUAL_INVALID}}>
    <legend>SERVQUAL section (expectation and perception, 1 to 7)</legend>
    {{#SERVQUAL_INVALID}}<p class="field-error" id="servqual-error">{{SERVQUAL_ERROR}}</p>{{/SERVQUAL_INVALID}}
    <div class="checkbox"><input id="servqual-none" name="servqual" type="radio" value="none"{{#SQ_NONE}} checked{{/SQ_NONE}}><label for="servqual-none">None</label></div>
    <div class="checkbox"><input id="servqual-short" name="servqual" type="radio" value="short"{{#SQ_SHORT}} checked{{/SQ_SHORT}}><label for="servqual-short">Short: one pair for each of the five dimensions (10 ratings)</label></div>
    <div class="checkbox"><input id="servqual-full" name="servqual" type="radio" value="full"{{#SQ_FULL}} checked{{/SQ_FULL}}><label for="servqual-full">Full: the 22 statements (44 ratings)</label></div>
  </fieldset>
  <div class="checkbox"><input id="is_default" name="is_default" type="checkbox" value="1"{{#IS_DEFAULT_CHECKED}} checked{{/IS_DEFAULT_CHECKED}}><label for="is_default">Main form: shown at /feedback</label></div>
  <p><button type="submit" class="button">{{#CREATING}}Create form{{/CREATING}}{{#EDITING}}Save as a new version{{/EDITING}}</button></p>
</form>
</div>
