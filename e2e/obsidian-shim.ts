/**
 * `obsidian` as the plugin bundle sees it in the browser harness: the
 * in-memory implementation, with notices that show on the page and are kept
 * for the tests to read.
 */
import { Notice as FakeNotice } from 'obsidian-test-mocks/obsidian';

export * from 'obsidian-test-mocks/obsidian';

export const notices: string[] = [];

export class Notice extends FakeNotice {
  constructor(message: string | DocumentFragment, duration?: number) {
    super(message, duration);
    const text = typeof message === 'string' ? message : (message.textContent ?? '');
    notices.push(text);
    let host = document.querySelector('.notice-container');
    if (!host) {
      host = document.body.createDiv({ cls: 'notice-container' });
    }
    host.createDiv({ cls: 'notice', text });
  }
}
