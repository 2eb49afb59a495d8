import type { Digest, Quote } from '../lib/types';
import { allQuotesHtml, allQuotesText, citation } from '../lib/format';
import { t } from '../lib/i18n';
import { CopyButton, type CopyText } from './CopyButton';
import { CopyMenu } from './CopyMenu';
import { pageText } from './text';
import { Folded } from './Folded';

/** Key quotes shown before the fold: the ones an editor would read first. */
const LEAD_QUOTES = 5;

interface Props {
  digest: Digest;
  copy: CopyText;
  /** Told how many quotes were copied and whether the copy worked. */
  onCopied?: (quotes: number, ok: boolean) => void;
  /** Scroll the article to a passage and highlight it; absent where there is no article tab. */
  onJump?: (passage: string) => void;
}

/** ArrowDown/ArrowUp move between the quotes (and Home/End to the ends), as in a list box. */
function moveFocus(event: KeyboardEvent) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  const from = event.target as HTMLElement;
  if (!keys.includes(event.key) || !from.classList?.contains('quote-jump')) return;
  const all = Array.from(from.closest('.quotes')?.querySelectorAll<HTMLElement>('.quote-jump') ?? []);
  const at = all.indexOf(from);
  const to =
    event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : at + (event.key === 'ArrowDown' ? 1 : -1);
  if (to < 0 || to >= all.length) return;
  event.preventDefault();
  all[to].focus();
}

export function QuoteList({ digest, copy, onCopied, onJump }: Props) {
  const { quotes } = digest;
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <div class="section-head">
        <h2 id="quotes-heading">
          {t('keyQuotes')} <span class="count">{quotes.length}</span>
        </h2>
        {quotes.length > 1 && (
          <CopyButton
            class="copy-all"
            label={t('copyAllQuotes')}
            text={() => allQuotesText(digest)}
            html={() => allQuotesHtml(digest)}
            copy={copy}
            onCopied={(ok) => onCopied?.(quotes.length, ok)}
          />
        )}
      </div>
      {quotes.length ? (
        <Folded
          items={quotes}
          lead={LEAD_QUOTES}
          listClass="quotes"
          ordered
          onKeyDown={moveFocus}
          render={(q, i) => (
            <QuoteItem key={i} index={i} quote={q} digest={digest} copy={copy} onCopied={onCopied} onJump={onJump} />
          )}
        />
      ) : (
        <p class="empty-note">{t('noQuotes')}</p>
      )}
    </section>
  );
}

function QuoteItem({ quote, digest, copy, onCopied, onJump, index }: { quote: Quote; index: number } & Props) {
  const who = quote.speaker ?? (quote.anonymous ? t('unnamedSource') : t('unattributed'));
  return (
    <li class="quote">
      <p class="quote-text" {...pageText(digest)}>
        {onJump ? (
          <button type="button" class="quote-jump" title={t('showInArticle')} onClick={() => onJump(quote.text)}>
            “{quote.text}”
          </button>
        ) : (
          <>“{quote.text}”</>
        )}
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
        <div class="quote-actions">
          <CopyButton
            label={t('copy')}
            ariaLabel={quote.speaker ? t('copyCitationBy', quote.speaker) : t('copyCitation')}
            text={() => citation(quote, digest)}
            copy={copy}
            onCopied={(ok) => onCopied?.(1, ok)}
          />
          <CopyMenu quote={quote} digest={digest} copy={copy} id={`formats-${index}`} onCopied={onCopied} />
        </div>
      </div>
    </li>
  );
}
