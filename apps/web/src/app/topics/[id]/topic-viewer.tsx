'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';

/**
 * What the signed-in reader brings to a topic page: the citizens they blocked, whose statements
 * fold away (docs/product.md §20), and when they last saw the topic, if they follow it
 * (docs/product.md §21). Empty for anonymous readers.
 */
interface TopicViewer {
  blocked: ReadonlySet<string>;
  lastSeenAt: Date | null;
}

const TopicViewerContext = createContext<TopicViewer>({ blocked: new Set(), lastSeenAt: null });

export function TopicViewerProvider({
  blocked,
  lastSeenAt,
  children,
}: {
  blocked: readonly string[];
  lastSeenAt: Date | null;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ blocked: new Set(blocked.map((name) => name.toLowerCase())), lastSeenAt }),
    [blocked, lastSeenAt],
  );
  return <TopicViewerContext.Provider value={value}>{children}</TopicViewerContext.Provider>;
}

export const useTopicViewer = () => useContext(TopicViewerContext);
