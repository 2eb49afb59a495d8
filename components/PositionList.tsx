import type { Digest, Position } from '../lib/types';
import { pageText, plural } from './text';

export function PositionList({ digest }: { digest: Digest }) {
  const { positions } = digest;
  return (
    <section class="section" aria-labelledby="positions-heading">
      <div class="section-head">
        <h2 id="positions-heading">
          Positions <span class="count">{positions.length}</span>
        </h2>
      </div>
      {positions.length ? (
        <ul class="positions">
          {positions.map((p, i) => (
            <PositionItem key={i} p={p} digest={digest} />
          ))}
        </ul>
      ) : (
        <p class="empty-note">No clear positions were found in this article.</p>
      )}
    </section>
  );
}

function PositionItem({ p, digest }: { p: Position; digest: Digest }) {
  return (
    <li class="position">
      <p class="holder" {...pageText(digest)}>
        {p.holder}
      </p>
      <p class="position-text" {...pageText(digest)}>
        {p.text}
      </p>
      {p.evidence.length > 0 && (
        <details class="evidence">
          <summary>Evidence ({plural(p.evidence.length, 'sentence')})</summary>
          {p.evidence.map((e, i) => (
            <blockquote key={i} {...pageText(digest)}>
              {e}
            </blockquote>
          ))}
        </details>
      )}
    </li>
  );
}
