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
</style>
</head>
<body>
{{>BODY}}
</body>
</html>
