/**
 * Opens and closes the meaning of a reliability mark (Reliability.astro): one listener for the whole
 * page, so that a page with forty marks loads the same few lines as a page with one. A button's
 * click also fires on Enter and Space, so the keyboard needs nothing more.
 */
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('.reliability-label');
  const hint = button?.nextElementSibling;
  if (!(button instanceof HTMLButtonElement) || !(hint instanceof HTMLElement)) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  hint.hidden = !open;
});
