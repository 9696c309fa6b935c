import { Notice, type ObsidianProtocolData, type Plugin } from 'obsidian';
import { MAX_LINE_LENGTH } from '../../core';
import { type GoodwillContext, indexReady } from '../context';
import type { LogAndCapture } from './log-and-capture';

/** The action of `obsidian://goodwill?capture=…`. */
export const CAPTURE_ACTION = 'goodwill';

/**
 * Capture from anywhere a link can be opened: a phone's share sheet, a
 * shortcut, a message. Any web page or message can fire such a link, so it
 * opens the capture dialog with the text, and only Enter writes it; the
 * setting protocolWritesDirectly writes it at once. A link without text, or
 * with more than a line can hold, writes nothing and says why.
 */
export class CaptureLink {
  constructor(
    private readonly context: GoodwillContext,
    private readonly logging: LogAndCapture,
  ) {}

  async open(params: ObsidianProtocolData): Promise<string | null> {
    const raw = params.capture;
    const text = raw === undefined || raw === 'true' ? '' : raw.trim();
    if (text === '') {
      new Notice('Goodwill: the capture link holds no text; nothing was written.');
      return null;
    }
    if (text.length > MAX_LINE_LENGTH) {
      new Notice(
        `Goodwill: the capture link's text is ${text.length.toLocaleString('en-US')} characters long, more than a line holds (${MAX_LINE_LENGTH.toLocaleString('en-US')}); nothing was written.`,
      );
      return null;
    }
    // A link may open the app: the people it names are known once the vault is read.
    await indexReady(this.context);
    if (this.context.settings.protocolWritesDirectly) return this.logging.capture(text);
    return this.logging.capture(undefined, text);
  }
}

/** Registers the link's handler; Obsidian removes it when the plugin unloads. */
export function registerCaptureLink(plugin: Plugin, link: CaptureLink): void {
  plugin.registerObsidianProtocolHandler(CAPTURE_ACTION, (params) => void link.open(params));
}
