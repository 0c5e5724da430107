{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} – {{ORG_NAME}}</title>
<link rel="stylesheet" href="/static/frontline.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-name" href="{{HOME_HREF}}">{{ORG_NAME}}</a>
    {{#SIGNED_IN}}
    <div class="signed-in">
      <span>Signed in as <strong>{{DISPLAY_NAME}}</strong> <span class="muted">({{USERNAME}}: {{ROLES}})</span></span>
      <form method="post" action="/logout" class="inline-form">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button type="submit" class="button button--quiet">Sign out</button>
      </form>
    </div>
    {{/SIGNED_IN}}
  </div>
  {{#HAS_NAV}}
  <nav class="site-nav" aria-label="Main">
    <ul>
      {{#NAV}}<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/NAV}}
    </ul>
  </nav>
  {{/HAS_NAV}}
</header>
<main id="main" tabindex="-1">
  {{#NOT_SAVED}}<div class="error-summary not-saved" role="alert" tabindex="-1"><h2>Nothing was saved</h2><p>{{MESSAGE}}</p><p>Error id: <code class="error-id">{{ERROR_ID}}</code></p></div>{{/NOT_SAVED}}
  {{#NOTICE}}<div class="notice" role="status">{{MESSAGE}}</div>{{/NOTICE}}
  {{>CONTENT}}
</main>
<footer class="site-footer">
  <p>{{ORG_NAME}} · Frontline customer service operations</p>
</footer>
</body>
</html>
