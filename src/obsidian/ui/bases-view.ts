import { BasesView, type BasesPropertyId, type Plugin, type QueryController, requireApiVersion } from 'obsidian';
import { personFigures } from '../../core';
import type { GoodwillContext } from '../context';
import { openAt } from '../workspace';
import { type BaseRow, drawBasesTable, type GoodwillColumn, nextSort, peopleOfEntries, readSort, SORT_KEY } from './bases-table';
import { Refreshable } from './refreshable';

/** The view type Goodwill adds to Bases, as a base's `views` name it. */
export const BASES_VIEW_TYPE = 'goodwill';

/**
 * Adds the Goodwill view to Bases where the app has Bases views (1.10 and
 * later); false where it has none, or Bases is turned off in this vault. The
 * view class is made here, once that is known: on an older app `BasesView` is
 * undefined, and a class extending it at module level would fail as the
 * plugin loads.
 */
export function registerGoodwillBasesView(plugin: Plugin, context: GoodwillContext): boolean {
  if (requireApiVersion('1.10.0') && typeof plugin.registerBasesView === 'function') {
    class GoodwillBasesView extends BasesView {
      readonly type = BASES_VIEW_TYPE;

      constructor(
        controller: QueryController,
        private readonly hostEl: HTMLElement,
      ) {
        super(controller);
      }

      onload(): void {
        // Bases says when its entries change; the figures change with the index and the day.
        this.addChild(new Refreshable(context, () => this.draw()));
      }

      onDataUpdated(): void {
        this.draw();
      }

      private draw(): void {
        const data = this.data as typeof this.data | undefined;
        if (!data) return;
        const network = context.index.resolve();
        const today = context.today();
        const sort = readSort(this.config.get(SORT_KEY));
        const order = this.config.getOrder().filter((id: BasesPropertyId) => id !== 'file.name');
        const entries: BaseRow[] = data.data.map((entry) => ({
          path: entry.file.path,
          values: order.map((id) => entry.getValue(id)?.toString() ?? ''),
        }));
        const { rows, notPeople } = peopleOfEntries(entries, (path) => personFigures(network, path, context.settings, today), sort);
        drawBasesTable(this.hostEl, rows, notPeople, {
          properties: order.map((id) => this.config.getDisplayName(id)),
          sort,
          onSort: (column: GoodwillColumn) => {
            this.config.set(SORT_KEY, nextSort(sort, column));
            this.draw();
          },
          open: (path) => void openAt(context.app, path, 1),
        });
      }
    }
    return plugin.registerBasesView(BASES_VIEW_TYPE, {
      name: 'Goodwill',
      icon: 'handshake',
      factory: (controller, containerEl) => new GoodwillBasesView(controller, containerEl),
    });
  }
  return false;
}
