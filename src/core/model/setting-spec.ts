import type { SettingType } from './setting-types';

/**
 * What the schema says of one setting (settings-schema.ts lists them): its
 * group, type, default, range, label and help.
 */

/** The headings of the settings tab, in order. */
export const SETTING_GROUPS = ['People', 'Meetings', 'Reading', 'Writing', 'Follow-ups', 'Balance'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

export interface SettingSpec<T> {
  group: SettingGroup;
  type: SettingType<T>;
  default: T;
  /** The range as the README states it, when it says more than the type's. */
  range?: string;
  /** The control's name in the settings tab, in sentence case. */
  label: string;
  /** The control's description: one or two sentences. */
  help: string;
}

/** One setting, its default checked against its type. */
export const setting = <T>(spec: SettingSpec<T>): SettingSpec<T> => spec;
