import { compileDateFormat } from '../text/date-format';
import { dailyNoteDay, dailyNoteFormat, dailyNotePlace, dailyNoteSettings } from '../model/daily-notes';
import { combineProposals, mergedProposal } from './proposal';
import { type Finding, finding, plural, SurveyContext, type SurveyInput } from './finding';
import { fields, people, unmatched } from './people-findings';
import { meetings, mentions, names } from './contact-findings';

export { DOCTOR_TOPICS } from './finding';
export type { DoctorTopic, Finding, SurveyInput } from './finding';

/**
 * The doctor: how Goodwill reads a vault it did not shape, in plain words,
 * with counts and example notes, and the settings that would read it
 * better. Pure: the adapters hand it the notes' facts (see facts.ts), the
 * network the index resolved, the settings in force and the settings file.
 */
export function survey(input: SurveyInput): Finding[] {
  const facts = [...input.facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const context = new SurveyContext(facts, input);
  const findings = [
    ...people(context),
    ...unmatched(context),
    ...meetings(context),
    ...fields(context),
    ...names(context),
    ...mentions(context),
    dailyNotes(context),
  ];
  findings.push(proposal(findings, input.current));
  return findings;
}

const DAILY_FROM = { 'periodic-notes': 'the Periodic Notes plugin', 'daily-notes': 'the Daily notes core plugin' };

/** Where daily notes are: the settings in force, and how many notes fit their format. */
function dailyNotes(ctx: SurveyContext): Finding {
  const { config, today } = ctx.input;
  const language = ctx.settings.language;
  const logFolder = ctx.settings.logTarget === 'folder' ? `; logged lines go to "${ctx.settings.logFolder}" (logTarget "folder")` : '';
  if (typeof config === 'string') return finding('daily-notes', `Where daily notes are is unknown: ${config}${logFolder}`, 0, []);
  const daily = dailyNoteSettings(config);
  if (daily === null) {
    const record = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
    const periodic = record(record(config.periodicNotes)?.daily);
    const core = record(config.dailyNotes);
    const why =
      core !== null
        ? `daily-notes.json names ${typeof core.folder === 'string' && core.folder.trim() ? `the folder "${core.folder.trim()}"` : "the vault's root"}, but the Daily notes core plugin is not on in core-plugins.json`
        : periodic !== null
          ? 'Periodic Notes has settings, but the plugin or its daily notes are off'
          : "neither Periodic Notes' daily notes nor the Daily notes core plugin is on";
    const then = logFolder || ', so logged lines have no place (turn one on, or set logTarget to "folder")';
    return finding('daily-notes', `No daily-note settings are in force: ${why}${then}`, 0, []);
  }
  const from = DAILY_FROM[daily.from];
  const compiled = compileDateFormat(daily.format);
  if (!compiled.ok) return finding('daily-notes', `Daily notes, by ${from}: ${compiled.error}${logFolder}`, 0, []);
  const dating = dailyNoteFormat(daily);
  const fit = dating === null ? [] : ctx.facts.filter((f) => dailyNoteDay(dating, f.path, language) !== null);
  const place = dailyNotePlace(daily, today, language);
  const todayNote = place.ok ? `; today's is ${place.value.path}` : '';
  return finding(
    'daily-notes',
    `Daily notes, by ${from}: in ${dating?.folder ? `"${dating.folder}"` : "the vault's root"}, named "${daily.format}"${todayNote}; ${plural(fit.length, 'note fits', 'notes fit')}${logFolder}`,
    fit.length,
    fit.map((f) => f.path),
  );
}

/** The last finding: every proposal merged into one, with the values of the settings file. */
function proposal(findings: readonly Finding[], current: Readonly<Record<string, unknown>>): Finding {
  const proposals = findings.flatMap((f) => (f.setting ? [f.setting] : []));
  if (proposals.length === 0) {
    return finding('proposal', 'Nothing to change: the doctor has no setting to propose for this vault', 0, []);
  }
  const merged = mergedProposal(current, combineProposals(proposals));
  const keys = Object.keys(merged);
  const shown = keys.map((k) => `${k}: ${JSON.stringify(merged[k])}`).join('; ');
  return {
    topic: 'proposal',
    message: `Proposed settings (merged with the current ones): ${shown}`,
    count: keys.length,
    examples: [],
    setting: merged,
  };
}
