{{%AUTOESCAPE context="HTML"}}
<p class="no-print"><a href="/complaints/{{ID}}">Back to complaint {{REFERENCE}}</a> · Print this page for the letter.</p>
<article class="complaint-letter" aria-label="Final response letter">
<div class="complaint-letter-text">{{LETTER:pre_escape}}</div>
</article>
