// The public log as an Atom feed (docs/product.md §16): the newest entries of `log.list` with the
// filters of the URL, worded exactly as on /log. Written with `feed`, which escapes and formats.
import { Feed } from 'feed';
import type { NextRequest } from 'next/server';

import {
  deciderName,
  describeEntry,
  entryAnchor,
  entryHref,
  LOG_PAGE_SIZE,
  logHref,
  readLogParams,
} from '~/lib/log';
import { getServerApi } from '~/trpc/server';

export const dynamic = 'force-dynamic';

/**
 * `feed` marks titles and summaries as HTML (in CDATA): topic titles are citizens' words, so they
 * are escaped to stay text in every reader.
 */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export async function GET(request: NextRequest) {
  const { filters, problems } = readLogParams(Object.fromEntries(request.nextUrl.searchParams));
  if (problems.length > 0) {
    return new Response(problems.join(' '), {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const { items } = await getServerApi().log.list.query({ ...filters, limit: LOG_PAGE_SIZE });
  const origin = request.nextUrl.origin;
  const page = `${origin}${logHref(filters)}`;
  const feed = new Feed({
    title: 'The Robot Overlord: the public log',
    description: 'Every published decision of the Overlord and its officials, newest first.',
    id: page,
    link: page,
    language: 'en',
    updated: items[0]?.at ?? new Date(0),
    generator: 'The Robot Overlord',
    copyright: 'The Ministry of Reason',
    feedLinks: { atom: `${origin}${logHref(filters, null, '/log/feed.xml')}` },
  });
  for (const entry of items) {
    const href = entryHref(entry);
    const text = escapeHtml(describeEntry(entry));
    const decider = escapeHtml(deciderName(entry));
    feed.addItem({
      // Stable per decision: the entry's anchor on the unfiltered log.
      id: `${origin}/log#${entryAnchor(entry.key)}`,
      title: text,
      link: href ? `${origin}${href}` : `${origin}/log#${entryAnchor(entry.key)}`,
      description: text,
      content: `${decider}: ${text}`,
      author: [{ name: deciderName(entry) }],
      date: entry.at,
      category: [
        { term: entry.kind, name: entry.kind },
        { term: entry.decision, name: entry.decision },
      ],
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': 'public, max-age=30',
    },
  });
}
