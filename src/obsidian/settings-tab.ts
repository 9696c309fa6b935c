import { type App, type Plugin, PluginSettingTab, Setting } from 'obsidian';
import { type GoodwillSettings, type Language, LANGUAGES, parseCadence, resolveSettings, settingProblem } from '../core';

/** What the settings tab needs from the plugin: the settings it shows, and a way to replace them with changed ones. */
export interface SettingsHost extends Plugin {
  readonly settings: GoodwillSettings;
  saveSettings(next: GoodwillSettings): Promise<void>;
}

const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export class GoodwillSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: SettingsHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.plugin.settings;
    // A change builds new settings from the current ones: the object the index reads is never changed under it.
    const save = async (change: Partial<GoodwillSettings>) => this.plugin.saveSettings({ ...this.plugin.settings, ...change });
    const saveFolders = async (key: 'peopleFolderNames' | 'peopleFolders' | 'excludedFolders' | 'meetingFolders', folders: string[]) => {
      if (settingProblem(key, folders) !== null) return;
      await save({ [key]: folders });
    };

    new Setting(containerEl).setName('People').setHeading();
    new Setting(containerEl)
      .setName('Person types')
      .setDesc(
        'Values of "type", "categories" or "tags" that make a note a person, comma-separated; a link counts by the name of its note.',
      )
      .addText((t) => t.setValue(s.personTypes.join(', ')).onChange(async (v) => await save({ personTypes: list(v) })));
    new Setting(containerEl)
      .setName('Person tag')
      .setDesc('A tag that makes a note a person (without #).')
      .addText((t) => t.setValue(s.personTag).onChange(async (v) => await save({ personTag: v.trim() })));
    new Setting(containerEl)
      .setName('Person tag prefix')
      .setDesc('Each tag below this one is a person, named from its last part, and each dated note with it a touch. Empty: off.')
      .addText((t) =>
        t.setValue(s.personTagPrefix).onChange(async (v) => {
          if (settingProblem('personTagPrefix', v) !== null) return;
          await save({ personTagPrefix: resolveSettings({ personTagPrefix: v }).personTagPrefix });
        }),
      );
    new Setting(containerEl)
      .setName('People folder names')
      .setDesc('Folders with these names, at any depth, hold people.')
      .addText((t) => t.setValue(s.peopleFolderNames.join(', ')).onChange(async (v) => saveFolders('peopleFolderNames', list(v))));
    new Setting(containerEl)
      .setName('People folders')
      .setDesc('Vault-relative folders of people; when set, they replace the folder names.')
      .addText((t) => t.setValue(s.peopleFolders.join(', ')).onChange(async (v) => saveFolders('peopleFolders', list(v))));
    new Setting(containerEl)
      .setName('Your own note')
      .setDesc('The path of your own person note; you are never counted among the people a meeting was with.')
      .addText((t) =>
        t.setValue(s.me).onChange(async (v) => {
          if (settingProblem('me', v.trim()) !== null) return;
          await save({ me: v.trim() });
        }),
      );
    new Setting(containerEl)
      .setName('Field aliases')
      .setDesc('More property names for person fields, one field a line: "cadence: contact_every, touch_every".')
      .addTextArea((t) =>
        t
          .setValue(
            Object.entries(s.fieldAliases)
              .map(([field, keys]) => `${field}: ${keys.join(', ')}`)
              .join('\n'),
          )
          .onChange(async (v) => {
            const aliases: Record<string, string[]> = {};
            for (const line of v.split('\n')) {
              const colon = line.indexOf(':');
              if (colon > 0) aliases[line.slice(0, colon).trim()] = list(line.slice(colon + 1));
            }
            let fieldAliases: GoodwillSettings['fieldAliases'];
            try {
              fieldAliases = resolveSettings({ fieldAliases: aliases }).fieldAliases;
            } catch {
              return; // an unknown field or a key another field reads: kept as typed until it is valid
            }
            await save({ fieldAliases });
          }),
      );

    new Setting(containerEl).setName('Meetings').setHeading();
    new Setting(containerEl)
      .setName('Meeting types')
      .setDesc('Values of "type" or "categories" that make a note a meeting, where one person listed makes a one-to-one.')
      .addText((t) => t.setValue(s.meetingTypes.join(', ')).onChange(async (v) => await save({ meetingTypes: list(v) })));
    new Setting(containerEl)
      .setName('Other meeting folders')
      .setDesc('Vault-relative folders whose notes are meetings too, besides the meeting folder, such as 1-1s.')
      .addText((t) => t.setValue(s.meetingFolders.join(', ')).onChange(async (v) => saveFolders('meetingFolders', list(v))));
    new Setting(containerEl)
      .setName('Attendee properties')
      .setDesc('Properties that list the people a dated note was with, as links or names.')
      .addText((t) => t.setValue(s.attendeeKeys.join(', ')).onChange(async (v) => await save({ attendeeKeys: list(v) })));
    new Setting(containerEl)
      .setName('Organisation types')
      .setDesc('Values of "type" or "categories" that make a note an organisation: the people it lists were not met there.')
      .addText((t) => t.setValue(s.orgTypes.join(', ')).onChange(async (v) => await save({ orgTypes: list(v) })));

    new Setting(containerEl).setName('Reading').setHeading();
    new Setting(containerEl)
      .setName('Excluded folders')
      .setDesc('Never read. A name matches at any depth; a path with / from the vault root.')
      .addText((t) => t.setValue(s.excludedFolders.join(', ')).onChange(async (v) => saveFolders('excludedFolders', list(v))));
    new Setting(containerEl)
      .setName('Mentions are touches')
      .setDesc(
        "A link to a person anywhere in a dated note counts as being in touch that day, not only on a list item. Goodwill's own digest never counts.",
      )
      .addToggle((t) => t.setValue(s.mentionsAreTouches).onChange(async (v) => await save({ mentionsAreTouches: v })));
    new Setting(containerEl)
      .setName('Language of the notes')
      .setDesc('For dates written in words and the verbs of interaction lines. Dataview keys (give::, owe::) stay as they are.')
      .addDropdown((d) =>
        d
          .addOptions({ en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', nl: 'Nederlands', pt: 'Português', ja: '日本語' })
          .setValue(s.language)
          .onChange(async (v) => {
            if ((LANGUAGES as readonly string[]).includes(v)) await save({ language: v as Language });
          }),
      );
    new Setting(containerEl)
      .setName('Date field')
      .setDesc("Frontmatter key that holds a note's date.")
      .addText((t) => t.setValue(s.dateField).onChange(async (v) => await save({ dateField: v.trim() || 'date' })));

    new Setting(containerEl).setName('Writing').setHeading();
    new Setting(containerEl)
      .setName('Where logged lines go')
      .setDesc(
        "Lines from the log commands and the view: today's daily note (per the daily notes settings), the note being edited, or a dated note in a folder.",
      )
      .addDropdown((d) =>
        d
          .addOptions({ daily: 'Daily note', current: 'Current note', folder: 'Folder' })
          .setValue(s.logTarget)
          .onChange(async (v) => {
            if (v === 'daily' || v === 'current' || v === 'folder') await save({ logTarget: v });
          }),
      );
    const folder = (name: string, desc: string, key: 'logFolder' | 'meetingFolder' | 'personFolder' | 'introFolder' | 'personTemplate') =>
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addText((t) =>
          t.setValue(s[key]).onChange(async (v) => {
            // A path that leads out of the vault is not kept (see the README's ranges).
            if (settingProblem(key, v.trim()) !== null) return;
            await save({ [key]: v.trim() });
          }),
        );
    folder('Log folder', 'Folder for logged lines when they go to a folder.', 'logFolder');
    folder('Meeting folder', 'Folder for new meeting notes; notes in it (subfolders included) are meetings.', 'meetingFolder');
    folder('Person folder', 'Folder for new person notes.', 'personFolder');
    folder(
      'Person template',
      'A note to start new person notes from ({{name}} is replaced). Empty: a built-in template.',
      'personTemplate',
    );
    folder('Introduction folder', 'Folder for introduction drafts.', 'introFolder');
    new Setting(containerEl)
      .setName('Introduction template')
      .setDesc(
        'The draft text. Placeholders: {{a}}, {{b}}, {{aFirst}}, {{bFirst}}, {{reasons}}, {{date}}, {{draft}}. Empty: the built-in draft.',
      )
      .addTextArea((t) => t.setValue(s.introTemplate).onChange(async (v) => await save({ introTemplate: v })));

    new Setting(containerEl)
      .setName('Digest on first open')
      .setDesc("Write the morning digest into today's daily note the first time the vault opens each day.")
      .addToggle((t) => t.setValue(s.digestOnFirstOpen).onChange(async (v) => await save({ digestOnFirstOpen: v })));

    new Setting(containerEl)
      .setName('Synonyms for needs and offers')
      .setDesc('One group a line; each word or phrase is read as the first: VC = investor = venture capital.')
      .addTextArea((t) =>
        t.setValue(s.synonyms.join('\n')).onChange(async (v) => {
          await save({
            synonyms: v
              .split('\n')
              .map((l) => l.trim())
              .filter((l) => l.includes('=')),
          });
        }),
      );

    new Setting(containerEl).setName('Follow-ups').setHeading();
    new Setting(containerEl)
      .setName('Default cadence')
      .setDesc('Stay-in-touch interval for people without their own, such as 6w or monthly. Empty: none.')
      .addText((t) =>
        t.setValue(s.defaultCadence).onChange(async (v) => {
          if (v.trim() && !parseCadence(v)) return;
          await save({ defaultCadence: v.trim() });
        }),
      );
    const number = (
      name: string,
      desc: string,
      key:
        | 'minNudgeGapDays'
        | 'overdrawnThreshold'
        | 'inCreditThreshold'
        | 'oneWayGives'
        | 'oneWayDays'
        | 'halfLifeDays'
        | 'horizonDays'
        | 'thanksDays'
        | 'firstFollowUpDays'
        | 'firstMeetingWindowDays'
        | 'trustWindowMonths',
    ) =>
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addText((t) =>
          t.setValue(String(s[key])).onChange(async (v) => {
            const n = Number(v);
            if (settingProblem(key, n) !== null) return;
            await save({ [key]: n });
          }),
        );
    number('Nudge spacing (days)', 'Never nudge sooner than this after your last touch.', 'minNudgeGapDays');
    number('Horizon (days)', 'Follow-ups due within this many days are listed.', 'horizonDays');
    number('Thanks within (days)', 'Say thank you within this many days of receiving something.', 'thanksDays');
    number('First follow-up (days)', 'Follow up this many days after a first meeting...', 'firstFollowUpDays');
    number('First meeting window (days)', '...with people first met within this many days.', 'firstMeetingWindowDays');

    new Setting(containerEl).setName('Balance').setHeading();
    number('Overdrawn threshold', 'Overdrawn when received exceeds given by more than this.', 'overdrawnThreshold');
    number('In-credit threshold', 'In credit when given exceeds received by more than this.', 'inCreditThreshold');
    number('One-way gives', 'One-way after this many gives...', 'oneWayGives');
    number('One-way window (days)', '...with nothing received in this many days.', 'oneWayDays');
    number('Half-life (days)', 'Fade old trades; 0 turns fading off.', 'halfLifeDays');
    number('Trust window (months)', 'The trust light and the health summary look back this many months.', 'trustWindowMonths');
    for (const kind of Object.keys(s.weights) as (keyof typeof s.weights)[]) {
      new Setting(containerEl).setName(`Weight: ${kind}`).addText((t) =>
        t.setValue(String(s.weights[kind])).onChange(async (v) => {
          const weights = { ...this.plugin.settings.weights, [kind]: Number(v) };
          if (settingProblem('weights', weights) !== null) return;
          await save({ weights });
        }),
      );
    }
  }
}
