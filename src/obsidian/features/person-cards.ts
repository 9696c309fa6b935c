import { Notice, type TFile } from 'obsidian';
import { type Person, personCard, provenanceOf } from '../../core';
import type { GoodwillContext } from '../context';
import { AnswerModal } from '../ui/card-modal';

/** What Goodwill knows of the person whose note is open: their ledger, and where they came from. */
export class PersonCards {
  constructor(private readonly context: GoodwillContext) {}

  /** The person whose note this is; says what to open when it is not a person note. */
  private personOf(file: TFile | null, purpose: string): Person | null {
    const person = file ? this.context.index.resolve().directory.byPath(file.path) : undefined;
    if (!person || person.path !== file?.path) {
      new Notice(`Goodwill: open a person note ${purpose}.`);
      return null;
    }
    return person;
  }

  /** Shows who brought the person whose note is open into the network, whom they brought, and what came of it. */
  showProvenance(file: TFile | null): boolean {
    const person = this.personOf(file, 'to see where they came from');
    if (!person) return false;
    const answer = () => {
      const network = this.context.index.resolve();
      return { type: 'provenance' as const, person: provenanceOf(network, network.directory.byPath(person.path) ?? person) };
    };
    new AnswerModal(this.context, `${person.name}: introductions`, answer).open();
    return true;
  }

  /** Shows the ledger card of the person whose note is open. */
  showLedger(file: TFile | null): boolean {
    const person = this.personOf(file, 'to see their ledger');
    if (!person) return false;
    const answer = () => {
      const network = this.context.index.resolve();
      const card = personCard(network, network.directory.byPath(person.path) ?? person, this.context.settings, this.context.today());
      return { type: 'person' as const, card };
    };
    new AnswerModal(this.context, `${person.name}: ledger`, answer).open();
    return true;
  }
}
