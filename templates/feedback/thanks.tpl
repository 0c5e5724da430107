{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>Thank you for your feedback</h1>
<p>We have received your answers to “{{FORM_TITLE}}”. Our managers read every response and use them to decide what to improve.</p>
<p>If you gave us your contact details, we will only use them to reply about this feedback.</p>
<p><a href="/feedback/{{SLUG}}">Send more feedback</a></p>
</div>
