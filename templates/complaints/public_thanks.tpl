{{%AUTOESCAPE context="HTML"}}
<div class="narrow complaint-public">
<h1>Thank you: we have your complaint</h1>
<p>Your reference number is <strong id="reference">{{REFERENCE}}</strong>. Please quote it if you contact us about this complaint.</p>
<p>We will acknowledge your complaint by <strong id="ack-by">{{ACK_BY}}</strong> and tell you who is handling it.</p>
</div>
