// "Formats ▾" beside a quote's Copy button (which copies the citation): the quote as plain text,
// as Markdown, as a citation with a link that opens the article at the passage, or as rich text
// (HTML beside plain text on the clipboard).
// A disclosure of ordinary buttons: Tab reaches each, Escape closes it and gives focus back.
import { useRef, useState } from 'preact/hooks';
import { citation, quoteHtml, quoteMarkdown, quoteText } from '../lib/format';
import { t } from '../lib/i18n';
import type { Digest, Quote } from '../lib/types';
import type { CopyText } from './CopyButton';
import { feedbackLabel, useCopyFeedback } from './useCopyFeedback';

interface Props {
  quote: Quote;
  digest: Digest;
  copy: CopyText;
  id: string;
  /** Told how many quotes were copied (one) and whether the copy worked. */
  onCopied?: (quotes: number, ok: boolean) => void;
}

export function CopyMenu({ quote, digest, copy, id, onCopied }: Props) {
  const [open, setOpen] = useState(false);
  const { outcome, run } = useCopyFeedback();
  const toggle = useRef<HTMLButtonElement>(null);

  const formats: { key: string; label: string; run: () => Promise<void> }[] = [
    { key: 'citation', label: t('formatCitation'), run: () => copy(citation(quote, digest)) },
    { key: 'plain', label: t('formatPlain'), run: () => copy(quoteText(quote)) },
    { key: 'markdown', label: t('formatMarkdown'), run: () => copy(quoteMarkdown(quote, digest)) },
    { key: 'rich', label: t('formatRich'), run: () => copy(citation(quote, digest), quoteHtml(quote, digest)) },
  ];

  const pick = async (format: () => Promise<void>) => {
    const ok = await run(format);
    setOpen(false);
    onCopied?.(1, ok);
    toggle.current?.focus();
  };

  const label = quote.speaker ? t('moreFormatsAs', quote.speaker) : t('moreFormats');
  return (
    <div
      class="copy-menu"
      onFocusOut={(e) => {
        // focus went elsewhere in the popup: fold the list away
        const next = e.relatedTarget as Node | null;
        if (open && next && !(e.currentTarget as HTMLElement).contains(next)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        class={`formats-toggle ${outcome === 'idle' ? '' : outcome}`.trim()}
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {feedbackLabel(outcome, `${t('formats')} ▾`)}
      </button>
      {open && (
        <ul class="copy-formats" id={id} aria-label={label}>
          {formats.map((f) => (
            <li key={f.key}>
              <button type="button" class={`copy-format copy-${f.key}`} onClick={() => pick(f.run)}>
                {f.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
