// Script-injection attempts for the statement renderer, shared by its unit test and the browser
// journey that sends them through the real pipeline. Each one, if it ran, would set
// `window.__pwned`.
export const XSS_PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg/onload=window.__pwned=1>',
  '[click me](javascript:window.__pwned=1)',
  '[click me](JaVaScRiPt:window.__pwned=1)',
  '[click me](&#106;avascript:window.__pwned=1)',
  '[click me](java\tscript:window.__pwned=1)',
  '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)',
  '[vb](vbscript:msgbox(1))',
  '![img](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '[x](https://example.org "title\\" onmouseover=\\"window.__pwned=1")',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '`<script>window.__pwned=1</script>`',
  '> <script>window.__pwned=1</script>',
  '<<script>script>window.__pwned=1<</script>/script>',
  '<details open ontoggle=window.__pwned=1>',
  '[a]: javascript:window.__pwned=1\n\n[link][a]',
  '<style>body{display:none}</style>',
  '"><script>window.__pwned=1</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];
