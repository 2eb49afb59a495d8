import type { Digest, Quote } from '../lib/types';
import { allQuotesText, citation } from '../lib/format';
import { CopyButton, type CopyText } from './CopyButton';
import { pageText, plural } from './text';

interface Props {
  digest: Digest;
  copy: CopyText;
  onCopied?: (what: string, ok: boolean) => void;
}

export function QuoteList({ digest, copy, onCopied }: Props) {
  const { quotes } = digest;
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <div class="section-head">
        <h2 id="quotes-heading">
          Key quotes <span class="count">{quotes.length}</span>
        </h2>
        {quotes.length > 1 && (
          <CopyButton
            class="copy-all"
            label="Copy all quotes"
            text={() => allQuotesText(digest)}
            copy={copy}
            onCopied={(ok) => onCopied?.(plural(quotes.length, 'quote'), ok)}
          />
        )}
      </div>
      {quotes.length ? (
        <ol class="quotes">
          {quotes.map((q, i) => (
            <QuoteItem key={i} quote={q} digest={digest} copy={copy} onCopied={onCopied} />
          ))}
        </ol>
      ) : (
        <p class="empty-note">No one is quoted directly in this article.</p>
      )}
    </section>
  );
}

function QuoteItem({ quote, digest, copy, onCopied }: { quote: Quote } & Props) {
  const who = quote.speaker ?? (quote.anonymous ? 'Unnamed source' : 'Unattributed');
  return (
    <li class="quote">
      <p class="quote-text" {...pageText(digest)}>
        “{quote.text}”
      </p>
      <div class="quote-foot">
        <p class="attribution">
          <span class={quote.speaker ? 'speaker' : 'speaker unknown'} {...pageText(digest)}>
            {who}
          </span>
          {quote.role && (
            <span class="role" {...pageText(digest)}>
              {quote.role}
            </span>
          )}
        </p>
        <CopyButton
          label="Copy"
          ariaLabel={`Copy quote${quote.speaker ? ` by ${quote.speaker}` : ''} with citation`}
          text={() => citation(quote, digest)}
          copy={copy}
          onCopied={(ok) => onCopied?.('quote', ok)}
        />
      </div>
    </li>
  );
}
