// What the popup paints while a digest is being made, once part of it is known (lib/popup-port):
// the header and key quotes are shown for real, what is still coming keeps its place with a
// skeleton of about its size, so nothing already painted moves when the rest arrives.
import type { EarlyDigest } from '../lib/popup-port';
import type { Digest } from '../lib/types';

/** A Digest to render from its early part: no stakeholders, positions or voices yet. */
export function provisionalDigest(early: EarlyDigest): Digest {
  return {
    ...early,
    stakeholders: [],
    positions: [],
    voices: { anonymousShare: 0, unquoted: [] },
    timings: { extractMs: 0, structureMs: 0 },
  };
}

/** Where the key quotes will be, while only the header is known. */
export function QuotesSkeleton() {
  return (
    <div class="skeleton-block" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton-quote" />
      ))}
    </div>
  );
}

/** Where stakeholders, positions and the tools will be, while they are structured. */
export function RestSkeleton() {
  return (
    <div class="skeleton-block skeleton-rest" aria-hidden="true">
      <div class="skeleton skeleton-meta" />
      <div class="skeleton skeleton-section" />
      <div class="skeleton skeleton-meta" />
      <div class="skeleton skeleton-section" />
    </div>
  );
}
