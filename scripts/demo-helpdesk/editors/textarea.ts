/**
 * A plain <textarea> (plain-text helpdesk composers). Its model is its value. A target that is not
 * a textarea is replaced by one holding its text.
 */
import { startLab } from './lab';

startLab('textarea', async (target) => {
  let area: HTMLTextAreaElement;
  if (target instanceof HTMLTextAreaElement) {
    area = target;
  } else {
    area = document.createElement('textarea');
    if (target.id) area.id = target.id;
    if (target.className) area.className = target.className;
    area.value = target.innerText;
    target.replaceWith(area);
  }
  return {
    getText: () => area.value,
    // Paragraphs of plain text: separated by blank lines.
    getBlocks: () => area.value.split(/\n{2,}/),
  };
});
