{{%AUTOESCAPE context="HTML"}}
<p><a href="/complaints">Back to the complaints</a></p>
<h1>Record a complaint</h1>
<p class="hint">Write down what the customer said in their words. The acknowledgement and response clocks start from the date received.</p>
{{>FORM_ERRORS}}
<form method="post" action="/complaints" novalidate class="complaint-form">
  <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
  <div class="field{{#CHANNEL_INVALID}} field--error{{/CHANNEL_INVALID}}">
    <label for="channel">How the complaint came in</label>
    {{#CHANNEL_INVALID}}<p class="field-error" id="channel-error">{{CHANNEL_ERROR}}</p>{{/CHANNEL_INVALID}}
    <select id="channel" name="channel">{{#CHANNEL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNEL_OPTION}}</select>
  </div>
  <div class="field{{#RECEIVED_INVALID}} field--error{{/RECEIVED_INVALID}}">
    <label for="received">Date received</label>
    <p class="hint" id="received-hint">Written YYYY-MM-DD.</p>
    {{#RECEIVED_INVALID}}<p class="field-error" id="received-error">{{RECEIVED_ERROR}}</p>{{/RECEIVED_INVALID}}
    <input id="received" name="received" type="text" class="input--short" value="{{RECEIVED_VALUE}}" aria-describedby="received-hint{{#RECEIVED_INVALID}} received-error{{/RECEIVED_INVALID}}">
  </div>
  <div class="field{{#CUSTOMER_NAME_INVALID}} field--error{{/CUSTOMER_NAME_INVALID}}">
    <label for="customer_name">Customer's name</label>
    {{#CUSTOMER_NAME_INVALID}}<p class="field-error" id="customer_name-error">{{CUSTOMER_NAME_ERROR}}</p>{{/CUSTOMER_NAME_INVALID}}
    <input id="customer_name" name="customer_name" type="text" value="{{CUSTOMER_NAME_VALUE}}"{{#CUSTOMER_NAME_INVALID}} aria-invalid="true" aria-describedby="customer_name-error"{{/CUSTOMER_NAME_INVALID}}>
  </div>
  <div class="field{{#CONTACT_EMAIL_INVALID}} field--error{{/CONTACT_EMAIL_INVALID}}">
    <label for="contact_email">Email address (optional)</label>
    <p class="hint" id="contact_email-hint">Contact details are encrypted; only managers can see them, and each time is recorded.</p>
    {{#CONTACT_EMAIL_INVALID}}<p class="field-error" id="contact_email-error">{{CONTACT_EMAIL_ERROR}}</p>{{/CONTACT_EMAIL_INVALID}}
    <input id="contact_email" name="contact_email" type="email" value="{{CONTACT_EMAIL_VALUE}}" aria-describedby="contact_email-hint{{#CONTACT_EMAIL_INVALID}} contact_email-error{{/CONTACT_EMAIL_INVALID}}">
  </div>
  <div class="field{{#CONTACT_PHONE_INVALID}} field--error{{/CONTACT_PHONE_INVALID}}">
    <label for="contact_phone">Phone number (optional)</label>
    {{#CONTACT_PHONE_INVALID}}<p class="field-error" id="contact_phone-error">{{CONTACT_PHONE_ERROR}}</p>{{/CONTACT_PHONE_INVALID}}
    <input id="contact_phone" name="contact_phone" type="tel" value="{{CONTACT_PHONE_VALUE}}"{{#CONTACT_PHONE_INVALID}} aria-invalid="true" aria-describedby="contact_phone-error"{{/CONTACT_PHONE_INVALID}}>
  </div>
  <div class="field{{#WHAT_HAPPENED_INVALID}} field--error{{/WHAT_HAPPENED_INVALID}}">
    <label for="what_happened">What happened</label>
    {{#WHAT_HAPPENED_INVALID}}<p class="field-error" id="what_happened-error">{{WHAT_HAPPENED_ERROR}}</p>{{/WHAT_HAPPENED_INVALID}}
    <textarea id="what_happened" name="what_happened" rows="5"{{#WHAT_HAPPENED_INVALID}} aria-invalid="true" aria-describedby="what_happened-error"{{/WHAT_HAPPENED_INVALID}}>{{WHAT_HAPPENED_VALUE}}</textarea>
  </div>
  <div class="field{{#WHAT_THEY_WANT_INVALID}} field--error{{/WHAT_THEY_WANT_INVALID}}">
    <label for="what_they_want">What the customer wants</label>
    {{#WHAT_THEY_WANT_INVALID}}<p class="field-error" id="what_they_want-error">{{WHAT_THEY_WANT_ERROR}}</p>{{/WHAT_THEY_WANT_INVALID}}
    <textarea id="what_they_want" name="what_they_want" rows="3">{{WHAT_THEY_WANT_VALUE}}</textarea>
  </div>
  <div class="field{{#PRODUCT_INVALID}} field--error{{/PRODUCT_INVALID}}">
    <label for="product">Product or service</label>
    {{#PRODUCT_INVALID}}<p class="field-error" id="product-error">{{PRODUCT_ERROR}}</p>{{/PRODUCT_INVALID}}
    <input id="product" name="product" type="text" value="{{PRODUCT_VALUE}}">
  </div>
  <div class="field{{#CATEGORY_INVALID}} field--error{{/CATEGORY_INVALID}}">
    <label for="category">Category</label>
    {{#CATEGORY_INVALID}}<p class="field-error" id="category-error">{{CATEGORY_ERROR}}</p>{{/CATEGORY_INVALID}}
    <select id="category" name="category"{{#CATEGORY_INVALID}} aria-invalid="true" aria-describedby="category-error"{{/CATEGORY_INVALID}}><option value="">Choose a category</option>{{#CATEGORY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CATEGORY_OPTION}}</select>
  </div>
  <div class="field{{#SEVERITY_INVALID}} field--error{{/SEVERITY_INVALID}}">
    <label for="severity">Severity</label>
    {{#SEVERITY_INVALID}}<p class="field-error" id="severity-error">{{SEVERITY_ERROR}}</p>{{/SEVERITY_INVALID}}
    <select id="severity" name="severity">{{#SEVERITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SEVERITY_OPTION}}</select>
  </div>
  <div class="field{{#ADJUSTMENT_INVALID}} field--error{{/ADJUSTMENT_INVALID}}">
    <label for="adjustment">Reasonable adjustment asked for (Equality Act 2010)</label>
    {{#ADJUSTMENT_INVALID}}<p class="field-error" id="adjustment-error">{{ADJUSTMENT_ERROR}}</p>{{/ADJUSTMENT_INVALID}}
    <select id="adjustment" name="adjustment">{{#ADJUSTMENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ADJUSTMENT_OPTION}}</select>
  </div>
  <div class="field{{#VULNERABILITY_INVALID}} field--error{{/VULNERABILITY_INVALID}}">
    <label for="vulnerability">Vulnerability or other needs</label>
    <p class="hint" id="vulnerability-hint">For example a bereavement, a health condition, or someone acting for the customer.</p>
    {{#VULNERABILITY_INVALID}}<p class="field-error" id="vulnerability-error">{{VULNERABILITY_ERROR}}</p>{{/VULNERABILITY_INVALID}}
    <textarea id="vulnerability" name="vulnerability" rows="2" aria-describedby="vulnerability-hint">{{VULNERABILITY_VALUE}}</textarea>
  </div>
  <div class="field{{#OWNER_INVALID}} field--error{{/OWNER_INVALID}}">
    <label for="owner">Owner</label>
    {{#OWNER_INVALID}}<p class="field-error" id="owner-error">{{OWNER_ERROR}}</p>{{/OWNER_INVALID}}
    <select id="owner" name="owner"{{#OWNER_INVALID}} aria-invalid="true" aria-describedby="owner-error"{{/OWNER_INVALID}}><option value="">Choose someone</option>{{#OWNER_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/OWNER_OPTION}}</select>
  </div>
  <button type="submit" class="button">Record the complaint</button>
</form>
