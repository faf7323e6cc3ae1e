import { browser, type Browser } from 'wxt/browser';
import { envelope, isEnvelope, type MessageType, type Protocol } from './protocol';

export type Handlers = {
  [K in MessageType]?: (
    payload: Protocol[K]['request'],
    sender: Browser.runtime.MessageSender,
  ) => Promise<Protocol[K]['response']> | Protocol[K]['response'];
};

/** To the background (from a content script or an extension page). */
export async function sendToBackground<K extends MessageType>(
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Protocol[K]['response'];
}

/** To the content script of one tab. Rejects when no content script listens there. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload))) as Protocol[K]['response'];
}

/**
 * Answers the message types this context handles; others are left to other listeners.
 * Uses `sendResponse` + `return true`, which every supported browser honours.
 * Returns the function that removes the listener.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
