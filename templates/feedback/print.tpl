{{%AUTOESCAPE context="HTML"}}
<div class="feedback-qr">
<p><a href="/customer-feedback/forms">Back to the forms</a></p>
<h1>{{TITLE}}</h1>
{{#CLOSED}}<p class="field-error">This form is closed: reopen it before printing.</p>{{/CLOSED}}
<p>Tell us how we did: scan the code or go to</p>
<p><strong>{{URL}}</strong></p>
{{! QR is drawn by feedback/manage_forms.c from libqrencode's modules as <rect> squares only, no text; tests/e2e/unescaped-values.test.mjs checks its tags }}
<figure>{{QR:none}}<figcaption class="visually-hidden">QR code for {{URL}}</figcaption></figure>
<p><a href="/customer-feedback/forms/{{ID}}/qr.svg">Download the QR code (SVG)</a></p>
<h2>Links that fix the touchpoint</h2>
<p class="hint">Use these in email signatures, receipts or phone follow-up messages, so responses are counted against the right touchpoint.</p>
<ul>
  {{#TOUCHPOINT_LINK}}<li>{{LABEL}}: <a href="{{URL}}">{{URL}}</a></li>{{/TOUCHPOINT_LINK}}
</ul>
</div>
