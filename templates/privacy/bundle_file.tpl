{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Your personal data</title>
<style>
body { font-family: sans-serif; margin: 2rem; line-height: 1.4; }
table { border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.muted { color: #555; }
ol { list-style: none; padding: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; border-top: 1px solid #999; padding: 0.5rem 0; margin: 0; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-wrap; }
</style>
</head>
<body>
{{>BODY}}
</body>
</html>
