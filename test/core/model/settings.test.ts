import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSentenceCase } from 'eslint-plugin-obsidianmd/dist/lib/rules/ui/sentenceCaseUtil.js';
import { parseCadence } from '../../../src/core/model/cadence';
import {
  DEFAULT_SETTINGS,
  type GoodwillSettings,
  SettingsError,
  VALUE_KINDS,
  readSetting,
  resolveSettings,
  resolveSettingsTolerant,
  settingProblem,
} from '../../../src/core/model/settings';
import { SETTINGS_SCHEMA, SETTING_GROUPS, SETTING_KEYS, rangeOf } from '../../../src/core/model/settings-schema';
import { validateVaultPath } from '../../../src/core/model/vault-path';
import { answers, person } from '../../helpers/vault';

const DAY_KEYS = [
  'oneWayDays',
  'minNudgeGapDays',
  'halfLifeDays',
  'horizonDays',
  'thanksDays',
  'firstFollowUpDays',
  'firstMeetingWindowDays',
] as const;
const FOLDER_KEYS = ['logFolder', 'meetingFolder', 'personFolder', 'introFolder', 'personTemplate'] as const;
const FOLDER_LIST_KEYS = ['peopleFolders', 'excludedFolders', 'peopleFolderNames'] as const;

/** The documented ranges, written out again as a reference for the property test. */
function inRange(s: GoodwillSettings): boolean {
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  const amount = (n: number, max: number) => Number.isFinite(n) && n >= 0 && n <= max;
  const insideVault = (p: string) => validateVaultPath(p).ok && !p.startsWith('/') && !p.split('/').includes('..');
  return (
    DAY_KEYS.every((k) => whole(s[k], 0, 3650)) &&
    whole(s.trustWindowMonths, 1, 120) &&
    whole(s.oneWayGives, 0, 1000) &&
    amount(s.overdrawnThreshold, 10_000) &&
    amount(s.inCreditThreshold, 10_000) &&
    VALUE_KINDS.every((k) => amount(s.weights[k], 1000)) &&
    FOLDER_KEYS.every((k) => insideVault(s[k])) &&
    FOLDER_LIST_KEYS.every((k) => s[k].every(insideVault)) &&
    s.dateField !== '' &&
    (s.defaultCadence === '' || parseCadence(s.defaultCadence) !== null)
  );
}

describe('settings are bounded', () => {
  it.each([
    [{ thanksDays: 1e15 }, 'thanksDays', 'must be a number of whole days from 0 to 3650'],
    [{ horizonDays: -1 }, 'horizonDays', 'from 0 to 3650'],
    [{ halfLifeDays: 0.5 }, 'halfLifeDays', 'whole days'],
    [{ minNudgeGapDays: 'soon' }, 'minNudgeGapDays', 'must be a number'],
    [{ trustWindowMonths: 0 }, 'trustWindowMonths', 'from 1 to 120'],
    [{ oneWayGives: 1e6 }, 'oneWayGives', 'from 0 to 1000'],
    [{ overdrawnThreshold: Infinity }, 'overdrawnThreshold', 'from 0 to 10000'],
    [{ weights: { lead: 1e308 } }, 'weights.lead', 'weight of "lead" must be a number from 0 to 1000'],
    [{ defaultCadence: '1000000d' }, 'defaultCadence', 'from 1 day to 10 years'],
    [{ defaultCadence: 'soon' }, 'defaultCadence', 'must be a cadence'],
    [{ dateField: '  ' }, 'dateField', 'must not be empty'],
    [{ personTag: 'x'.repeat(1001) }, 'personTag', 'at most 1000 characters'],
    [{ personFolder: '../outside' }, 'personFolder', '".." segment'],
    [{ logFolder: '/tmp' }, 'logFolder', 'starts with /'],
    [{ meetingFolder: 'C:\\Meetings' }, 'meetingFolder', 'backslash'],
    [{ introFolder: 'Intros\u0000' }, 'introFolder', 'control character'],
    [{ personTemplate: '../../template.md' }, 'personTemplate', '".." segment'],
    [{ peopleFolders: ['People', '../People'] }, 'peopleFolders', '".." segment'],
    [{ excludedFolders: ['Templates', 'D:/'] }, 'excludedFolders', 'drive letter'],
    [{ constructor: 1 }, 'constructor', 'unknown setting'],
  ])('%j is refused with a message naming %s (the CLI exits 1 with it)', (input, key, message) => {
    let error: unknown;
    try {
      resolveSettings(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).key).toBe(key);
    expect((error as SettingsError).message).toContain(message);
    expect((error as SettingsError).message).toContain(`"${key.replace(/^weights\./, '')}"`);
  });

  it('values at the ends of their ranges are kept; folder paths lose their trailing slashes', () => {
    const s = resolveSettings({
      thanksDays: 3650,
      halfLifeDays: 0,
      trustWindowMonths: 120,
      weights: { introduction: 1000, action: 0.5 },
      defaultCadence: '120 months',
      personFolder: 'Network/People/',
      excludedFolders: ['Templates', 'Archive/Old/'],
      personTemplate: '',
    });
    expect([s.thanksDays, s.halfLifeDays, s.trustWindowMonths, s.weights.introduction, s.weights.action]).toEqual([
      3650, 0, 120, 1000, 0.5,
    ]);
    expect([s.personFolder, s.excludedFolders]).toEqual(['Network/People', ['Templates', 'Archive/Old']]);
  });

  it("tolerant reading (the plugin's data.json): a bad key keeps its default, the others are kept, and a warning names it", () => {
    const { settings, warnings } = resolveSettingsTolerant({
      thanksDays: 1e15,
      horizonDays: 14,
      weights: { lead: 1e308, contact: 5 },
      personFolder: '../outside',
      dateField: 'constructor',
      oldSetting: true,
    });
    expect(settings.thanksDays).toBe(DEFAULT_SETTINGS.thanksDays);
    expect(settings.horizonDays).toBe(14);
    expect(settings.weights).toEqual({ ...DEFAULT_SETTINGS.weights, contact: 5 });
    expect(settings.personFolder).toBe('People');
    expect(settings.dateField).toBe('constructor');
    expect(warnings).toEqual([
      'setting "thanksDays" must be a number of whole days from 0 to 3650; using the default (3)',
      'weight of "lead" must be a number from 0 to 1000; using the default (2)',
      'setting "personFolder" must be a path inside the vault: "../outside" has a ".." segment, which leads out of the vault; using the default ("People")',
      'unknown setting "oldSetting"; ignored',
    ]);
    expect(resolveSettingsTolerant('nonsense')).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: ['settings must be a JSON object; using the defaults'],
      unknown: [],
      invalid: ['settings must be a JSON object; using the defaults'],
    });
    expect(resolveSettingsTolerant(null)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [], unknown: [], invalid: [] });
  });

  it("tolerant reading tells unknown keys (another version's, kept and ignored) from values that cannot be used", () => {
    const { unknown, invalid } = resolveSettingsTolerant({
      oldSetting: 1,
      weights: { glamour: 2 },
      fieldAliases: { shoeSize: ['shoe'] },
      horizonDays: -1,
    });
    expect(unknown).toEqual(['oldSetting', 'weights.glamour', 'fieldAliases.shoeSize']);
    expect(invalid).toEqual(['setting "horizonDays" must be a number of whole days from 0 to 3650; using the default (7)']);
  });

  it('personTagPrefix is a tag path, with or without # and the closing slash; mentionsAreTouches a flag; meetingFolders vault paths', () => {
    expect(resolveSettings({ personTagPrefix: '#people' }).personTagPrefix).toBe('people/');
    expect(resolveSettings({ personTagPrefix: 'crm/People/' }).personTagPrefix).toBe('crm/People/');
    expect(resolveSettings({ personTagPrefix: '  ' }).personTagPrefix).toBe('');
    for (const bad of ['my people', 'people#', '/people', '2024', 'a//b']) {
      expect(settingProblem('personTagPrefix', bad)).toContain('"personTagPrefix" must be empty or a tag');
    }
    expect(settingProblem('mentionsAreTouches', 'yes' as unknown as boolean)).toContain('must be true or false');
    expect(resolveSettings({ meetingFolders: ['1-1s/', 'Calls'] }).meetingFolders).toEqual(['1-1s', 'Calls']);
    expect(settingProblem('meetingFolders', ['../x'])).toContain('".." segment');
  });

  it('a settings form can ask about one value before keeping it', () => {
    expect(settingProblem('horizonDays', 14)).toBeNull();
    expect(settingProblem('horizonDays', 1e9)).toContain('"horizonDays"');
    expect(settingProblem('personFolder', '../x')).toContain('".." segment');
    expect(settingProblem('weights', { ...DEFAULT_SETTINGS.weights, lead: -1 })).toContain('"lead"');
  });

  it('whatever the input, strict reading gives settings in range or a SettingsError, and tolerant reading settings in range', () => {
    const keys = [...Object.keys(DEFAULT_SETTINGS), 'constructor', '__proto__', 'toString', 'other'];
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5000 }),
      fc.constantFrom(0, 0.5, -1, 1e15, 1e308, -0, NaN, Infinity, 3650, 3651, 120, 121),
      fc.constantFrom('', ' ', '6w', '1000000d', '../x', '/x', 'C:x', 'a\\b', 'a\u0000', 'People', 'People/', 'constructor', '...'),
      fc.array(fc.constantFrom('People', '../x', '', '/abs', 'a/b', 'a\\b')),
      fc.boolean(),
      fc.constant(null),
      fc.record(
        { lead: fc.constantFrom(1, -1, 1e308, 'x'), intro: fc.constant(1), action: fc.constantFrom(0, 1000, 1001) },
        { requiredKeys: [] },
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }), (input) => {
        const json = JSON.parse(JSON.stringify(input)) as unknown;
        let strict: GoodwillSettings | null = null;
        try {
          strict = resolveSettings(json);
        } catch (err) {
          expect(err).toBeInstanceOf(SettingsError);
        }
        const tolerant = resolveSettingsTolerant(json);
        expect(inRange(tolerant.settings)).toBe(true);
        if (strict !== null) {
          expect(inRange(strict)).toBe(true);
          expect(tolerant).toEqual({ settings: strict, warnings: [], unknown: [], invalid: [] });
        } else {
          expect(tolerant.warnings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('with the widest settings allowed, every answer is a printable date and a finite number', () => {
    const files = {
      'People/Ann.md': person('Ann', { cadence: '120 months', met: '9999-01-01' }),
      'Daily/9999-12-20.md': '- got:: [[Ann]] a lead\n- ask:: [[Ann]] for advice\n',
      'Daily/2026-11-20.md': '- give:: [[Ann]] an intro #intro\n'.repeat(50),
    };
    const widest = {
      thanksDays: 3650,
      minNudgeGapDays: 3650,
      horizonDays: 3650,
      firstFollowUpDays: 3650,
      weights: { introduction: 1000, lead: 1000, contact: 1000, information: 1000, action: 1000 },
    };
    const a = answers(files, '9999-12-25', widest);
    // Each is due ten years on, past the calendar's end: on its last day.
    expect(a.followups(true).map((f) => [f.kind, f.due])).toEqual([
      ['nudge', '9999-12-31'],
      ['thanks', '9999-12-31'],
      ['reconnect', '9999-12-31'],
    ]);
    const [row] = a.balance();
    expect([row.given, row.received]).toEqual([50_000, 2000]);
  });

  it("the README's settings table gives each setting's default and range as the schema does, one row a setting", () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('### Settings'), readme.indexOf('## In Obsidian'));
    const rows = new Map<string, { value: string; range: string }>();
    for (const line of table.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const key = /^`(\w+)`$/.exec(cells[1] ?? '')?.[1];
      if (key === undefined) continue;
      expect(rows.has(key), `${key} has one row`).toBe(false);
      rows.set(key, { value: cells[2], range: cells[3] });
    }
    expect([...rows.keys()].sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) {
      // A default may be followed by what it means: `""` (off).
      expect(rows.get(key)!.value.replace(/ \(\w+\)$/, ''), key).toBe(`\`${documented(SETTINGS_SCHEMA[key].default)}\``);
      expect(rows.get(key)!.range, key).toBe(rangeOf(key));
    }
  });
});

/** A default as the README writes it: JSON with a space after each comma and colon. */
function documented(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(documented).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${documented(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

describe('the settings schema', () => {
  it("gives today's defaults", () => {
    expect(DEFAULT_SETTINGS).toStrictEqual({
      personTypes: ['person', 'people', 'contact', 'contacts'],
      personTag: 'person',
      personTagPrefix: '',
      mentionsAreTouches: false,
      peopleFolderNames: ['People', 'Contacts'],
      meetingTypes: ['meeting', 'meetings'],
      meetingFolders: [],
      orgTypes: ['organization', 'organisation', 'company', 'companies', 'organizations', 'organisations'],
      attendeeKeys: ['attendees', 'people', 'participants', 'with', 'person', 'contacts', 'who'],
      me: '',
      fieldAliases: {},
      peopleFolders: [],
      synonyms: [],
      excludedFolders: ['Templates'],
      dateField: 'date',
      defaultCadence: '',
      weights: { introduction: 3, lead: 2, contact: 2, information: 1, action: 1 },
      overdrawnThreshold: 3,
      inCreditThreshold: 3,
      oneWayGives: 3,
      oneWayDays: 180,
      minNudgeGapDays: 7,
      halfLifeDays: 0,
      horizonDays: 7,
      trustWindowMonths: 6,
      thanksDays: 3,
      firstFollowUpDays: 2,
      firstMeetingWindowDays: 14,
      logTarget: 'daily',
      logFolder: 'Goodwill log',
      meetingFolder: 'Meetings',
      personFolder: 'People',
      personTemplate: '',
      introFolder: 'Introductions',
      introTemplate: '',
      digestOnFirstOpen: false,
      protocolWritesDirectly: false,
      icsAlarm: '',
      language: 'en',
    });
  });

  it('every default is in its own range', () => {
    for (const key of SETTING_KEYS)
      expect(readSetting(key, DEFAULT_SETTINGS[key]), key).toEqual({ ok: true, value: DEFAULT_SETTINGS[key] });
  });

  it('every label, help and group is in sentence case, as the Obsidian review asks of UI text', () => {
    const texts = [...SETTING_GROUPS, ...SETTING_KEYS.flatMap((key) => [SETTINGS_SCHEMA[key].label, SETTINGS_SCHEMA[key].help])];
    for (const text of texts) expect(evaluateSentenceCase(text, { enforceCamelCaseLower: true }), text).toEqual({ ok: true });
  });

  it('a value out of range is refused with the message --config gives, and a kept value comes back as it will be used', () => {
    expect(readSetting('horizonDays', 4000)).toEqual({
      ok: false,
      error: 'setting "horizonDays" must be a number of whole days from 0 to 3650',
    });
    expect(readSetting('personTagPrefix', '#people')).toEqual({ ok: true, value: 'people/' });
    expect(readSetting('weights', { lead: 5 })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS.weights, lead: 5 } });
    expect(readSetting('weights', { lead: -5 })).toEqual({ ok: false, error: 'weight of "lead" must be a number from 0 to 1000' });
    expect(readSetting('icsAlarm', ' 09:00 ')).toEqual({ ok: true, value: '09:00' });
    expect(readSetting('icsAlarm', '9:00')).toEqual({
      ok: false,
      error: 'setting "icsAlarm" must be a time of day written HH:MM, from 00:00 to 23:59, such as "09:00" (or empty)',
    });
    expect(readSetting('fieldAliases', { cadence: ['company'] })).toEqual({
      ok: false,
      error: '"fieldAliases.cadence": "company" already names company',
    });
  });
});
