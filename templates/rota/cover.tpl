{{%AUTOESCAPE context="HTML"}}
<section class="rota-cover" aria-labelledby="cover-title">
<h2 id="cover-title">Cover needed and planned</h2>
{{#NO_REQUIREMENT}}<p class="empty">No cover requirement has been set. <a href="/rota/cover">Set the cover needed</a> to compare it with the rota.</p>{{/NO_REQUIREMENT}}
{{#HAS_REQUIREMENT}}
<p class="cover-key"><span class="cover-swatch cover-short">Understaffed</span> <span class="cover-swatch cover-met">Met</span> <span class="cover-swatch cover-over">Overstaffed</span> <span class="cover-swatch cover-none">Nothing needed</span></p>
{{! COVER_HTML is drawn in C (rota/cover.c) from numbers and fixed labels, each escaped there; tests/e2e/rota.test.mjs and tests/e2e/unescaped-values.test.mjs check it. }}
{{COVER_HTML:none}}
{{/HAS_REQUIREMENT}}
</section>
