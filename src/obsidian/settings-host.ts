import type { App, Plugin } from 'obsidian';
import type { GoodwillSettings } from '../core';
import type { DeviceSettings } from './device-settings';
import type { FigureProperties } from './features/figure-properties';
import { ConfirmModal } from './ui/confirm-modal';

/** What the settings tab needs from the plugin: the settings it shows, and a way to replace them with changed ones. */
export interface SettingsHost extends Plugin {
  readonly settings: GoodwillSettings;
  saveSettings(next: GoodwillSettings): Promise<void>;
  readonly device: DeviceSettings;
  readonly figureProperties: FigureProperties;
}

/** The device-local setting's row: its name, help and aliases for search. */
export const WRITE_PROPERTIES_SETTING = {
  name: 'Write figures into properties',
  desc:
    'On this device only: keeps goodwill-last-contact, goodwill-next-due, goodwill-balance and goodwill-light in each ' +
    'person note for Bases, Dataview and other tools. This edits your notes, and so syncs; turn it on on one device.',
  aliases: ['writeProperties', 'frontmatter', 'Bases', 'Dataview'],
};

/** Turns the device-local setting on or off; off, offers to remove the properties already written. */
export async function keepWriteProperties(app: App, host: SettingsHost, on: boolean): Promise<void> {
  await host.figureProperties.setOn(on);
  if (on) return;
  const count = host.figureProperties.notesWithProperties();
  if (count === 0) return;
  new ConfirmModal(
    app,
    {
      title: 'Remove the figure properties?',
      text: `${count === 1 ? '1 note holds' : `${count} notes hold`} properties Goodwill wrote (goodwill-…). Removing them edits those notes, and so syncs.`,
      yes: 'Remove them',
      no: 'Keep them',
    },
    (yes) => {
      if (yes) void host.figureProperties.removeAll();
    },
  ).open();
}
