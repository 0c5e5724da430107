{{%AUTOESCAPE context="HTML"}}
<p class="area-no-print"><a href="/portfolio/learners/{{LEARNER_ID}}">Back to the portfolio</a></p>
<h1>Unit {{CODE}}: {{TITLE}}</h1>
<p>Red: no evidence, or judged not yet met. Amber: evidence, not yet judged. Green: met.</p>
{{! MATRIX is built in C by build_matrix and portfolio_matrix_html (matrix.c): every value is escaped with html_escape_append; tests/e2e/portfolio.test.mjs proves markup in a title arrives escaped }}
{{MATRIX:none}}
