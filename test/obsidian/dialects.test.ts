import { describe, expect, it } from 'vitest';
import { followUpRows, peopleRows } from '../../src/core/formats/rows';
import { answers } from '../helpers/vault';
import { filesOf, loadPlugin } from './harness';

const TODAY = '2026-11-25';

/** The plugin reads frontmatter and tags from Obsidian's metadata cache; the CLI reads the files. Both answer alike. */
describe('the plugin agrees with the CLI on vaults in other dialects', () => {
  it.each(['type-people-vault', 'categories-vault'])('%s', async (vault) => {
    // Templates are never read; left out here, their {{date}} placeholders do not trouble the mock's YAML reader.
    const files = Object.fromEntries(
      Object.entries(filesOf(`test/fixtures/dialects/${vault}`)).filter(([path]) => !path.startsWith('Templates/')),
    );
    const { plugin } = await loadPlugin(files, TODAY);
    const cli = answers(files, TODAY);
    const network = plugin.context.index.resolve();
    expect(peopleRows(network, plugin.context.today(), plugin.settings)).toEqual(cli.people());
    expect(followUpRows(network, plugin.settings, plugin.context.today(), true)).toEqual(cli.followups(true));
    expect(cli.people().length).toBe(5);
  });

  it('people marked by an inline tag, an unquoted link, or a heading alias', async () => {
    const files = {
      'Notes/Ann.md': 'Met at the conference. #person',
      'Notes/Bo.md': '---\ncategories: [[People]]\n---\n# Bo Lind\n',
      'Notes/Cy.md': '- give:: [[Bo Lind]] a book #contact',
      'Meetings/2026-11-20 Sync.md': '## Attendees\n- [[Ann]]\n- Bo L',
    };
    const { plugin } = await loadPlugin(files, TODAY);
    const rows = peopleRows(plugin.context.index.resolve(), plugin.context.today(), plugin.settings);
    expect(rows.map((r) => `${r.name} ${r.lastContact}`)).toEqual(['Ann 2026-11-20', 'Bo 2026-11-20']);
    expect(rows).toEqual(answers(files, TODAY).people());
  });
});
