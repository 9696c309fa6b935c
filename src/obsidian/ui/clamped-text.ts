/**
 * A row's text cut to two lines, so a long one does not take the height of
 * six in a narrow sidebar. It shows whole on hover (its title) and while it
 * has the keyboard's focus; clicking it still opens its note. A "More" button
 * beside it, there only when something is cut, shows it whole until pressed
 * again.
 */
export function clampText(body: HTMLElement, text: HTMLElement): void {
  text.addClass('goodwill-clamp');
  text.setAttribute('title', text.textContent ?? '');
  const more = body.createEl('button', { cls: 'goodwill-more', text: 'More' });
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-label', 'Show the whole text');
  more.hidden = true;
  more.addEventListener('click', () => {
    const expanded = !text.hasClass('goodwill-expanded');
    text.toggleClass('goodwill-expanded', expanded);
    more.setText(expanded ? 'Less' : 'More');
    more.setAttribute('aria-expanded', String(expanded));
    more.setAttribute('aria-label', expanded ? 'Cut the text to two lines' : 'Show the whole text');
  });
  if (typeof ResizeObserver === 'undefined') return;
  // Whether anything is cut depends on the width: measured again whenever the text's box changes.
  const observer = new ResizeObserver(() => {
    if (!text.isConnected) return observer.disconnect();
    // Shown whole, the text says nothing of what is cut; the button keeps its place meanwhile.
    if (text.hasClass('goodwill-expanded') || text.matches(':focus')) return;
    more.hidden = text.scrollHeight <= text.clientHeight + 1;
  });
  observer.observe(text);
}
