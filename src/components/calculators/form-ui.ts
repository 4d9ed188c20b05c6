/**
 * What every calculator's script does to its form the same way: field errors, error-summary lines,
 * and tonnes in <output> elements.
 */
import { roundTonnes } from '../../lib/calculators/co2';

/**
 * Shows or clears the error of one form control, the same way in every calculator: the message
 * beside the field, `aria-invalid`, `aria-describedby` pointing at hint and error, and the
 * `field--error` style on its `.field`. The error element is `#<id>-error`, the hint `#<id>-hint`.
 */
export function setFieldError(control: HTMLElement, message: string | undefined) {
  const error = document.getElementById(`${control.id}-error`)!;
  const describedBy = [`${control.id}-hint`];
  if (message) {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    describedBy.push(error.id);
  } else {
    error.textContent = '';
    error.hidden = true;
    control.removeAttribute('aria-invalid');
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  control.closest('.field')?.classList.toggle('field--error', Boolean(message));
}

/**
 * One line of an error summary: a link to the field, with its label and message. Following it puts
 * the focus in the field (as GOV.UK's error summary does): a plain fragment link only scrolls, and
 * does nothing at all when the URL already ends in the same fragment.
 */
export function summaryItem(control: HTMLElement, text: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${control.id}`;
  link.textContent = text;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    control.focus({ preventScroll: true });
    (control.closest('.field, td') ?? control).scrollIntoView({ block: 'center' });
  });
  item.append(link);
  return item;
}

/** Tonnes to three decimals, with the unrounded value in `data-value`; `invalidText` and no `data-value` when there is no result. */
export function showTonnes(out: HTMLOutputElement, tonnes: number | undefined, invalidText: string) {
  out.value = tonnes === undefined ? invalidText : roundTonnes(tonnes);
  if (tonnes === undefined) out.removeAttribute('data-value');
  else out.dataset.value = String(tonnes);
}
