// The offline page's markup, served by app/offline/route.ts and precached by the service worker
// (app/serwist/[path]/route.ts revisions it by a hash of this text).
export const OFFLINE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#c8102e">
<title>Offline · The Robot Overlord</title>
<style>
*,*::before,*::after{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f4ecd8;color:#161412;font-family:'Helvetica Neue',Arial,sans-serif;line-height:1.55;overflow-wrap:anywhere}
header{background:#c8102e;color:#f4ecd8;border-bottom:6px solid #161412;padding:.75rem clamp(1rem,4vw,2rem)}
.brand{font-family:'Arial Black',Impact,sans-serif;text-transform:uppercase;font-size:1.2rem;letter-spacing:.01em}
main{flex:1;width:100%;max-width:46rem;margin:0 auto;padding:2rem clamp(1rem,4vw,2rem) 4rem;display:grid;gap:1rem;align-content:start}
.kicker{margin:0;font-family:'Courier New',monospace;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:#a00d25}
h1{margin:0;font-family:'Arial Black',Impact,sans-serif;font-weight:400;line-height:1.1;text-transform:uppercase;font-size:clamp(1.6rem,1.3rem + 1.4vw,2.25rem)}
p{margin:0}
.says{border:2px solid #161412;background:#fbf6ea;padding:1rem;box-shadow:6px 6px 0 #161412}
a.button{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;padding:.5rem 1.5rem;background:#161412;color:#f4ecd8;border:2px solid #161412;font-family:'Arial Black',Impact,sans-serif;text-transform:uppercase;letter-spacing:.08em;text-decoration:none;justify-self:start}
a.button:hover{background:#c8102e;border-color:#c8102e}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
</style>
</head>
<body>
<header><span class="brand">The Robot Overlord</span></header>
<main id="main" data-testid="offline-page">
<p class="kicker">Pneumatic dispatch interrupted</p>
<h1>The lines to the Ministry are down</h1>
<div class="says" role="note" aria-label="The Overlord says">
<p>Citizen, this device has lost its connection, and the page you asked for was never filed in it. The Overlord does not show what it cannot vouch for.</p>
</div>
<p>Statements you were composing are kept in this browser. Nothing is sent to the queues until you are back online and press submit yourself.</p>
<a class="button" href="">Try again</a>
</main>
</body>
</html>
`;
