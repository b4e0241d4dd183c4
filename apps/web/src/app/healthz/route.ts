// Render's health check: the web process is up and serving. It does not call the api, so an
// api outage does not take the web service out of rotation as well.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
