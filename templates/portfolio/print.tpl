{{%AUTOESCAPE context="HTML"}}
<div class="pf-print">
<p class="area-no-print"><a href="/portfolio/learners/{{LEARNER_ID}}">Back to the portfolio</a> · use your browser's Print to make a PDF</p>
{{! DOCUMENT is built in C by build_portfolio (export.c) from escaped values and frozen snapshots that were escaped when rendered (core/snapshot.c); tests/e2e/portfolio.test.mjs proves markup arrives escaped }}
{{DOCUMENT:none}}
</div>
