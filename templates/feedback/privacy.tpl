{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>How we use your feedback</h1>
<p class="muted">Privacy notice version {{NOTICE_VERSION}}</p>
{{#PUBLISHED}}{{#PARAGRAPH}}<p>{{TEXT}}</p>
{{/PARAGRAPH}}{{/PUBLISHED}}
{{#BUILT_IN}}
<h2>What we keep</h2>
<p>Your ratings, your comments, how you contacted us and when you sent the form. We do not record your name unless you give it to us.</p>
<h2>Your contact details</h2>
<p>You only give us your name, email address or phone number if you choose to, and only with the consent box ticked. We keep them encrypted, only managers who handle feedback can see them, and every time they are viewed is recorded. We use them only to reply about your feedback, and delete them after 12 months.</p>
<h2>Why</h2>
<p>We use feedback to measure and improve our service. Your consent is our lawful basis for keeping contact details; our legitimate interest in improving the service is the basis for the anonymous answers, which we keep for up to six years.</p>
<h2>Your rights</h2>
<p>You may ask to see, correct or delete your contact details, or withdraw your consent, at any time by contacting us.</p>
{{/BUILT_IN}}
<p><a href="/feedback">Back to the feedback form</a></p>
</div>
