// The one message map shared by popup, service worker and the injected extractor. Pure types and
// helpers, no browser API: each side brings its own transport (runtime.sendMessage, executeScript).
import type { FailureNote, Notice } from './notes';
import type { Article, Digest } from './types';

/** Why a digest could not be made; each reason has its own title and action in the popup. */
export type FailureReason =
  | 'restricted' // the browser does not let extensions read this page
  | 'unsupported' // not an HTML page (PDF, image, plain text)
  | 'not-article' // readable, but it does not look like an article: can be forced
  | 'empty'
  | 'too-large'
  | 'tab-gone' // the tab was closed
  | 'navigated' // the tab went to another page while we were reading it
  | 'no-tab'
  | 'timeout'
  | 'injection-failed'
  | 'internal';

export interface DigestFailure {
  ok: false;
  reason: FailureReason;
  /** The sentence under the title, as a message code: the popup says it in the reader's language. */
  note: FailureNote;
  /** True when "Digest anyway" (force) can help. */
  canForce?: boolean;
}

export interface DigestSuccess {
  ok: true;
  digest: Digest;
  /** True when the answer came from the per-tab cache rather than a fresh read of the page. */
  cached: boolean;
}

export type DigestResponse = DigestSuccess | DigestFailure;

/** What the injected extractor (entrypoints/extract.ts) hands back to the worker: plain JSON. */
export type ExtractionOutcome =
  | { ok: true; article: Article; notices: Notice[]; extractMs: number }
  | {
      ok: false;
      reason: 'not-article' | 'empty' | 'too-large' | 'unsupported';
      note: FailureNote;
      canForce?: boolean;
      extractMs: number;
    };

/**
 * Every message the worker answers: request shape and response shape, by type. New features
 * (highlight a quote, history, options) add an entry here and a handler in the worker.
 */
export interface MessageMap {
  /**
   * Digest the page in tab `tabId`; `force` digests visible text of a non-article; `fresh` skips the cache;
   * `preread`: the asking popup runs the extractor itself and posts what it got on its port (lib/popup-port.ts).
   */
  digest: { request: { tabId: number; force?: boolean; fresh?: boolean; preread?: boolean }; response: DigestResponse };
  /** Scroll tab `tabId` to `passage` and highlight it (the previous highlight goes). */
  highlight: { request: { tabId: number; passage: string }; response: JumpResponse };
  /** Take the highlight off tab `tabId`. */
  clearHighlight: { request: { tabId: number }; response: { ok: true } };
}

/** found: false when the page no longer holds the passage (it changed since it was read). */
export type JumpResponse = { ok: true; found: boolean } | { ok: false; message: string };

/** The popup holds a port of this name open; the worker clears the highlight when it closes. */
export const POPUP_PORT_PREFIX = 'standpoint-popup:';

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];
export type Message<T extends MessageType = MessageType> = { type: T } & RequestOf<T>;

/** A handler per message type; `sender` is whatever the transport reports about the caller. */
export type Handlers<Sender = unknown> = {
  [T in MessageType]: (request: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
};

const TYPES: Record<MessageType, true> = { digest: true, highlight: true, clearHighlight: true };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(TYPES, type);
}

export function message<T extends MessageType>(type: T, request: RequestOf<T>): Message<T> {
  return { type, ...request } as Message<T>;
}

/** Any transport that carries a message and resolves to the answer (runtime.sendMessage). */
export type Send = (message: Message) => Promise<unknown>;

/**
 * Sends a request and types the answer by the message map: the one place where what comes back
 * over the wire is taken to be what the worker's handler for that type returns.
 */
export function ask<T extends MessageType>(send: Send, type: T, request: RequestOf<T>): Promise<ResponseOf<T>> {
  return send(message(type, request)) as Promise<ResponseOf<T>>;
}

/** Route a message to its handler; unknown messages get `undefined` so other listeners may answer. */
export function dispatch<Sender>(
  handlers: Handlers<Sender>,
  value: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!isMessage(value)) return undefined;
  const { type, ...request } = value;
  const handler = handlers[type] as (r: unknown, s: Sender) => Promise<unknown>;
  return handler(request, sender);
}

/** The shape every failure takes when something throws where it should not. */
export function internalFailure(error: unknown): DigestFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'internal', note: { code: 'whyInternal', params: { detail } } };
}
