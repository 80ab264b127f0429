import type { CDPSession, Page } from 'playwright';

export interface AfterGc {
  /** V8's JS heap, bytes (compiled code included). */
  readonly heap: number;
  /** Blink's own heap, bytes: DOM nodes, canvases, performance-timeline entries. */
  readonly blink: number;
  /** ArrayBuffer backing stores, bytes. */
  readonly buffers: number;
  readonly nodes: number;
  readonly listeners: number;
  /** Marks and measures in the performance timeline. */
  readonly entries: number;
}

export declare const PHOTO: string;
export declare function evaluate(cdp: CDPSession, expression: string): Promise<unknown>;
export declare function chooseFile(cdp: CDPSession, file: string): Promise<void>;
export declare function openForPeople(page: Page, cdp: CDPSession, url: string): Promise<boolean>;
export declare function onePerson(page: Page, cdp: CDPSession, photo?: string): Promise<void>;
export declare function measureAfterGc(cdp: CDPSession): Promise<AfterGc>;
