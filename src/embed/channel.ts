// The one place that talks to the partner's page. The picture and every reply go only to the
// partner's own origin (postMessage's targetOrigin: the browser itself drops them if the parent is
// anyone else); only `ready` and `resize`, which carry nothing private, may go to any parent.
// Messages are heard only from that origin and from the parent window itself, and only when they
// validate.
import { PUBLIC_MESSAGES, parseParentMessage, type AppMessage, type ParentMessage } from './protocol';

export interface EmbedChannel {
  /** The partner's origin, when there is one we may trust: pictures and replies go only there. */
  readonly parentOrigin: string | undefined;
  /** Posts the message if it may go to this parent; false when it was not sent. */
  post(message: AppMessage): boolean;
  /** Calls `handler` with each valid message from the partner; returns the unsubscribe. */
  listen(handler: (message: ParentMessage) => void): () => void;
}

export interface ChannelWindows {
  /** This document's window, where messages arrive. */
  readonly self: Window;
  /** The partner's window: `window.parent`, which is `self` when the page is not framed. */
  readonly parent: Window;
  /** `location.ancestorOrigins` where the engine has it (Chromium, WebKit): who really frames us. */
  readonly ancestorOrigins?: ArrayLike<string> | undefined;
}

/**
 * The origin the URL names, unless the page is not framed at all, or the engine can tell us that
 * the page framing us is someone else: then there is no partner (a false `parentOrigin` must not
 * name a partner in the consent line, even though the browser would not deliver to it anyway).
 */
export function trustedParentOrigin(
  claimed: string | undefined,
  windows: ChannelWindows,
): string | undefined {
  if (!claimed || windows.parent === windows.self) return undefined;
  const ancestors = windows.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && ancestors[0] !== claimed) return undefined;
  return claimed;
}

export function createEmbedChannel(claimedOrigin: string | undefined, windows: ChannelWindows): EmbedChannel {
  const parentOrigin = trustedParentOrigin(claimedOrigin, windows);
  const framed = windows.parent !== windows.self;
  return {
    parentOrigin,
    post(message) {
      if (!framed) return false;
      if (parentOrigin) {
        windows.parent.postMessage(message, parentOrigin);
        return true;
      }
      if (!PUBLIC_MESSAGES.has(message.type)) return false;
      windows.parent.postMessage(message, '*');
      return true;
    },
    listen(handler) {
      const onMessage = (event: MessageEvent) => {
        if (!parentOrigin || event.origin !== parentOrigin || event.source !== windows.parent) return;
        const message = parseParentMessage(event.data);
        if (message) handler(message);
      };
      windows.self.addEventListener('message', onMessage);
      return () => windows.self.removeEventListener('message', onMessage);
    },
  };
}
