// The audit log as CSV (docs/product.md §18), with the viewer's filter; the api decides what this
// official may see, from their cookie. csv-stringify quotes and escapes, as the data export does.
import { stringify } from 'csv-stringify/sync';
import { type NextRequest, NextResponse } from 'next/server';

import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { readAuditQuery } from '../filter';

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const refused = { code: null as string | null };
  const data = await getServerApi()
    .admin.auditExport.query(readAuditQuery((name) => params.get(name)))
    .catch((error: unknown) => {
      const code = trpcErrorCode(error);
      if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') {
        refused.code = code;
        return null;
      }
      throw error;
    });
  if (!data) {
    if (refused.code === 'FORBIDDEN') {
      return NextResponse.json({ error: 'The audit log is for admins.' }, { status: 403 });
    }
    return NextResponse.redirect(new URL('/sign-in?callbackUrl=%2Fadmin%2Faudit', request.url));
  }
  const rows = data.items.map((r) => ({
    created_at: r.createdAt.toISOString(),
    actor: r.actor ?? '',
    action: r.action,
    target_type: r.targetType,
    target_id: r.targetId ?? '',
    before: json(r.before),
    after: json(r.after),
    request_id: r.requestId ?? '',
  }));
  const csv = stringify(rows, {
    header: true,
    columns: [
      'created_at',
      'actor',
      'action',
      'target_type',
      'target_id',
      'before',
      'after',
      'request_id',
    ],
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="overlord-audit-${stamp}.csv"`,
      'cache-control': 'no-store',
      ...(data.truncated ? { 'x-overlord-truncated': 'true' } : {}),
    },
  });
}
