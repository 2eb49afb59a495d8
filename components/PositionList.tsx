import type { Digest, Position } from '../lib/types';
import { t } from '../lib/i18n';
import { pageText } from './text';
import { Folded } from './Folded';

/** Positions shown before the fold: the main actors' (the engine lists central actors first). */
const LEAD_POSITIONS = 5;

interface Props {
  digest: Digest;
  /** Scroll the article to an evidence sentence and highlight it. */
  onJump?: (passage: string) => void;
}

export function PositionList({ digest, onJump }: Props) {
  const { positions } = digest;
  return (
    <section class="section" aria-labelledby="positions-heading">
      <div class="section-head">
        <h2 id="positions-heading">
          {t('positions')} <span class="count">{positions.length}</span>
        </h2>
      </div>
      <Sides digest={digest} />
      {positions.length ? (
        <Folded
          items={positions}
          lead={LEAD_POSITIONS}
          listClass="positions"
          render={(p, i) => <PositionItem key={i} p={p} digest={digest} onJump={onJump} />}
        />
      ) : (
        <p class="empty-note">{t('noPositions')}</p>
      )}
    </section>
  );
}

/** The engine's camp labels; anything else is not shown as a side. */
const SIDES = {
  'in favour': { label: 'sideFor', css: 'side-for' },
  against: { label: 'sideAgainst', css: 'side-against' },
} as const;
type Side = keyof typeof SIDES;
const sideOf = (p: Position): Side | null => (p.side && p.side in SIDES ? (p.side as Side) : null);

/** Where the article sets actors for and against something: the two camps next to each other. */
function Sides({ digest }: { digest: Digest }) {
  const camps = (Object.keys(SIDES) as Side[]).map((side) => ({
    side,
    holders: digest.positions.filter((p) => sideOf(p) === side).map((p) => p.holder),
  }));
  if (camps.some((c) => !c.holders.length)) return null;
  return (
    <div class="sides" role="group" aria-label={t('sidesHeading')}>
      {camps.map(({ side, holders }) => (
        <div key={side} class={`side ${SIDES[side].css}`}>
          <p class="side-name">{t(SIDES[side].label)}</p>
          <ul>
            {holders.map((h) => (
              <li key={h} {...pageText(digest)}>
                {h}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function PositionItem({ p, digest, onJump }: { p: Position } & Props) {
  const side = sideOf(p);
  return (
    <li class="position">
      <p class="holder">
        <span {...pageText(digest)}>{p.holder}</span>
        {side && <span class={`side-tag ${SIDES[side].css}`}>{t(SIDES[side].label)}</span>}
      </p>
      <p class="position-text" {...pageText(digest)}>
        {p.text}
      </p>
      {p.evidence.length > 0 && (
        <details class="evidence">
          <summary>{t('evidenceCount', p.evidence.length)}</summary>
          {p.evidence.map((e, i) => (
            <blockquote key={i} {...pageText(digest)}>
              {onJump ? (
                <button type="button" class="evidence-jump" title={t('showInArticle')} onClick={() => onJump(e)}>
                  {e}
                </button>
              ) : (
                e
              )}
            </blockquote>
          ))}
        </details>
      )}
    </li>
  );
}
