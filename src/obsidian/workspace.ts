import type { App, TFile } from 'obsidian';

export const VIEW_TYPE = 'goodwill-view';

/** Shows the sidebar view, opening it in the right sidebar when it is not open. */
export async function activateView(app: App): Promise<void> {
  const { workspace } = app;
  let leaf = workspace.getLeavesOfType(VIEW_TYPE)[0];
  if (!leaf) {
    const right = workspace.getRightLeaf(false);
    if (!right) return;
    await right.setViewState({ type: VIEW_TYPE, active: true });
    leaf = right;
  }
  await workspace.revealLeaf(leaf);
}

/** Opens a note at a line (1-based). */
export async function openAt(app: App, path: string, line: number): Promise<void> {
  await app.workspace.openLinkText(path, '', false, { eState: { line: Math.max(0, line - 1) } });
}

/** Opens a note Goodwill just made, in the current tab, for writing. */
export async function openNote(app: App, file: TFile): Promise<void> {
  await app.workspace.getLeaf(false).openFile(file);
}
