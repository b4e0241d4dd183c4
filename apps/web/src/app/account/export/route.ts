// "Download all my data" (docs/product.md §14): everything as one JSON file, or one table as CSV
// (?format=csv&dataset=posts). The api decides whose data it is, from the visitor's cookie.
import { stringify } from 'csv-stringify/sync';
import { type NextRequest, NextResponse } from 'next/server';

import { CSV_DATASETS, type Dataset } from '~/lib/export';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

const cell = (value: unknown) =>
  value instanceof Date
    ? value.toISOString()
    : Array.isArray(value)
      ? value.join(' ')
      : value !== null && typeof value === 'object'
        ? JSON.stringify(value)
        : value;

export async function GET(request: NextRequest) {
  const data = await getServerApi()
    .account.export.query()
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });
  if (!data) {
    return NextResponse.redirect(new URL('/sign-in?callbackUrl=%2Faccount', request.url));
  }
  const stamp = data.exportedAt.toISOString().slice(0, 10);
  const params = request.nextUrl.searchParams;
  if (params.get('format') !== 'csv') {
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="overlord-${data.account.username}-${stamp}.json"`,
        'cache-control': 'no-store',
      },
    });
  }
  const dataset = params.get('dataset') as Dataset | null;
  if (!dataset || !CSV_DATASETS.includes(dataset)) {
    return NextResponse.json(
      { error: `Choose one of: ${CSV_DATASETS.join(', ')}.` },
      { status: 400 },
    );
  }
  const rows = (data[dataset] as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)])),
  );
  const csv = stringify(rows, { header: true, columns: rows[0] ? Object.keys(rows[0]) : ['id'] });
  return new NextResponse(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="overlord-${data.account.username}-${dataset}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
