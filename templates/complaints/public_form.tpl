{{%AUTOESCAPE context="HTML"}}
<div class="narrow complaint-public">
<h1>Make a complaint</h1>
<p>Tell us what went wrong and what you would like us to do. We will acknowledge your complaint, give you a reference number, and reply within the time our complaints policy promises.</p>
{{#REFUSAL}}<div class="error-summary" role="alert" tabindex="-1"><h2>Your complaint was not sent</h2><p id="refusal">{{MESSAGE}}</p></div>{{/REFUSAL}}
{{>FORM_ERRORS}}
<form method="post" action="/complaint" novalidate>
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <input type="hidden" name="submission" value="{{SUBMISSION}}">
  <div class="complaint-trap" aria-hidden="true">
    <label for="website">Leave this box empty</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="{{WEBSITE_VALUE}}">
  </div>
  <div class="field{{#CUSTOMER_NAME_INVALID}} field--error{{/CUSTOMER_NAME_INVALID}}">
    <label for="customer_name">Your name</label>
    {{#CUSTOMER_NAME_INVALID}}<p class="field-error" id="customer_name-error">{{CUSTOMER_NAME_ERROR}}</p>{{/CUSTOMER_NAME_INVALID}}
    <input id="customer_name" name="customer_name" type="text" autocomplete="name" value="{{CUSTOMER_NAME_VALUE}}"{{#CUSTOMER_NAME_INVALID}} aria-invalid="true" aria-describedby="customer_name-error"{{/CUSTOMER_NAME_INVALID}}>
  </div>
  <div class="field{{#CONTACT_EMAIL_INVALID}} field--error{{/CONTACT_EMAIL_INVALID}}">
    <label for="contact_email">Your email address</label>
    <p class="hint" id="contact_email-hint">Give an email address or a phone number (or both) so we can reply. We keep them encrypted and use them only for this complaint.</p>
    {{#CONTACT_EMAIL_INVALID}}<p class="field-error" id="contact_email-error">{{CONTACT_EMAIL_ERROR}}</p>{{/CONTACT_EMAIL_INVALID}}
    <input id="contact_email" name="contact_email" type="email" autocomplete="email" value="{{CONTACT_EMAIL_VALUE}}" aria-describedby="contact_email-hint{{#CONTACT_EMAIL_INVALID}} contact_email-error{{/CONTACT_EMAIL_INVALID}}">
  </div>
  <div class="field{{#CONTACT_PHONE_INVALID}} field--error{{/CONTACT_PHONE_INVALID}}">
    <label for="contact_phone">Your phone number</label>
    {{#CONTACT_PHONE_INVALID}}<p class="field-error" id="contact_phone-error">{{CONTACT_PHONE_ERROR}}</p>{{/CONTACT_PHONE_INVALID}}
    <input id="contact_phone" name="contact_phone" type="tel" autocomplete="tel" value="{{CONTACT_PHONE_VALUE}}">
  </div>
  <div class="field{{#WHAT_HAPPENED_INVALID}} field--error{{/WHAT_HAPPENED_INVALID}}">
    <label for="what_happened">What happened</label>
    {{#WHAT_HAPPENED_INVALID}}<p class="field-error" id="what_happened-error">{{WHAT_HAPPENED_ERROR}}</p>{{/WHAT_HAPPENED_INVALID}}
    <textarea id="what_happened" name="what_happened" rows="6"{{#WHAT_HAPPENED_INVALID}} aria-invalid="true" aria-describedby="what_happened-error"{{/WHAT_HAPPENED_INVALID}}>{{WHAT_HAPPENED_VALUE}}</textarea>
  </div>
  <div class="field{{#WHAT_THEY_WANT_INVALID}} field--error{{/WHAT_THEY_WANT_INVALID}}">
    <label for="what_they_want">What you would like us to do</label>
    {{#WHAT_THEY_WANT_INVALID}}<p class="field-error" id="what_they_want-error">{{WHAT_THEY_WANT_ERROR}}</p>{{/WHAT_THEY_WANT_INVALID}}
    <textarea id="what_they_want" name="what_they_want" rows="3">{{WHAT_THEY_WANT_VALUE}}</textarea>
  </div>
  <div class="field{{#PRODUCT_INVALID}} field--error{{/PRODUCT_INVALID}}">
    <label for="product">The product or service it is about (optional)</label>
    {{#PRODUCT_INVALID}}<p class="field-error" id="product-error">{{PRODUCT_ERROR}}</p>{{/PRODUCT_INVALID}}
    <input id="product" name="product" type="text" value="{{PRODUCT_VALUE}}">
  </div>
  <div class="field{{#ADJUSTMENT_INVALID}} field--error{{/ADJUSTMENT_INVALID}}">
    <label for="adjustment">Do you need us to do anything differently to help you?</label>
    {{#ADJUSTMENT_INVALID}}<p class="field-error" id="adjustment-error">{{ADJUSTMENT_ERROR}}</p>{{/ADJUSTMENT_INVALID}}
    <select id="adjustment" name="adjustment">{{#ADJUSTMENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ADJUSTMENT_OPTION}}</select>
  </div>
  <div class="field{{#VULNERABILITY_INVALID}} field--error{{/VULNERABILITY_INVALID}}">
    <label for="vulnerability">Anything else we should know (optional)</label>
    {{#VULNERABILITY_INVALID}}<p class="field-error" id="vulnerability-error">{{VULNERABILITY_ERROR}}</p>{{/VULNERABILITY_INVALID}}
    <textarea id="vulnerability" name="vulnerability" rows="2">{{VULNERABILITY_VALUE}}</textarea>
  </div>
  <button type="submit" class="button">Send the complaint</button>
</form>
</div>
