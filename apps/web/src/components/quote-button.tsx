'use client';

import { useRef } from 'react';

/** A quoted passage as Markdown block-quote lines. */
export function quoteAsMarkdown(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Quote-reply: the text selected inside this statement (or, with nothing selected, all of it)
 * goes to the composer as a block quote. The selection is read on pointer-down, before the click
 * can clear it; from the keyboard the selection is still there at the click.
 */
export function QuoteButton({
  author,
  body,
  onQuote,
  className,
}: {
  author: string;
  body: string;
  onQuote: (text: string) => void;
  className?: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const captured = useRef<string | null>(null);
  const selectedHere = () => {
    const selection = window.getSelection();
    const card = button.current?.closest('[data-testid="post"]');
    if (!selection || selection.isCollapsed || !card) return null;
    if (!card.contains(selection.anchorNode) || !card.contains(selection.focusNode)) return null;
    const text = selection.toString().trim();
    return text === '' ? null : text;
  };
  return (
    <button
      ref={button}
      type="button"
      className={className}
      onPointerDown={() => {
        captured.current = selectedHere();
      }}
      onClick={() => {
        const text = captured.current ?? selectedHere() ?? body;
        captured.current = null;
        onQuote(text);
      }}
    >
      Quote<span className="visually-hidden"> @{author} in a reply</span>
    </button>
  );
}
