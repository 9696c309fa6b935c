import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, isMeetingFolderName, probableField } from '../../../src/core/doctor/hints';
import { combineProposals, mergeIntoSettingsFile, mergedProposal } from '../../../src/core/doctor/proposal';

describe('merging a proposal into a settings file', () => {
  it('unions lists with the current value, or with the default when the key is absent; replaces scalars; keeps every other key', () => {
    const current = { meetingFolders: ['Calls'], personTagPrefix: 'contacts/', horizonDays: 14, aurora: [1, 2] };
    const proposal = { meetingFolders: ['1-1s', 'calls'], personTagPrefix: 'people/', peopleFolderNames: ['Friends'] };
    expect(mergeIntoSettingsFile(current, proposal)).toEqual({
      meetingFolders: ['Calls', '1-1s'],
      personTagPrefix: 'people/',
      horizonDays: 14,
      aurora: [1, 2],
      peopleFolderNames: ['People', 'Contacts', 'Friends'],
    });
  });

  it('merges objects of lists (fieldAliases) key by key', () => {
    const current = { fieldAliases: { needs: ['wants'], cadence: ['every'] } };
    expect(mergedProposal(current, { fieldAliases: { needs: ['looking_for'], offers: ['can_help_with'] } })).toEqual({
      fieldAliases: { needs: ['wants', 'looking_for'], cadence: ['every'], offers: ['can_help_with'] },
    });
  });

  it('a current value that is no list counts as the default', () => {
    expect(mergedProposal({ personTypes: 'person' }, { personTypes: ['card'] })).toEqual({
      personTypes: ['person', 'people', 'contact', 'contacts', 'card'],
    });
  });

  it('several proposals combine into one', () => {
    expect(
      combineProposals([{ personTypes: ['a'] }, { personTypes: ['b'], mentionsAreTouches: true }, { fieldAliases: { role: ['x'] } }]),
    ).toEqual({
      personTypes: ['a', 'b'],
      mentionsAreTouches: true,
      fieldAliases: { role: ['x'] },
    });
  });

  it('merging twice changes nothing more: the file after one merge already holds the proposal', () => {
    const list = fc.array(fc.constantFrom('People', 'people', 'Calls', '1-1s', 'Friends'), { maxLength: 4 });
    fc.assert(
      fc.property(list, list, fc.boolean(), (had, proposed, flag) => {
        const proposal = { peopleFolderNames: proposed, mentionsAreTouches: flag };
        const once = mergeIntoSettingsFile({ peopleFolderNames: had, other: 1 }, proposal);
        expect(mergeIntoSettingsFile(once, proposal)).toEqual(once);
        expect(once.other).toBe(1);
      }),
    );
  });
});

describe('the hints the doctor reads a vault by', () => {
  it.each([
    ['Last Contact', 'lastContact'],
    ['job-title', 'role'],
    ['birthdate', 'birthday'],
    ['looking_for', 'needs'],
    ['can_help_with', 'offers'],
    ['Employer', 'company'],
    ['last_interaction', 'lastContact'],
    ['cadance', 'cadence'],
    ['birthdy', 'birthday'],
    ['twitter', null],
    ['first_name', null],
    ['met', 'met'],
    ['ab', null],
  ])('%s probably means %s', (key, field) => {
    expect(probableField(key)).toBe(field);
  });

  it('folder names that say meetings', () => {
    for (const name of ['1-1s', '1:1s', '1on1', 'One-on-ones', '02 Meetings', 'Calls', '🤝 Meetings'])
      expect(isMeetingFolderName(name)).toBe(true);
    for (const name of ['People', 'Notes', '2026', 'Interactions', 'Daily']) expect(isMeetingFolderName(name)).toBe(false);
  });

  it('edit distance is the reference one, and stops past its bound', () => {
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length][b.length];
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b)).toBe(reference(a, b));
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
    );
  });
});
