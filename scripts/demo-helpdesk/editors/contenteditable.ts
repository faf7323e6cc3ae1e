/**
 * A plain contenteditable (Gmail-like, Help Scout's unknown editor): no library, so its model is
 * its DOM. Only execCommand and real typing change it; a synthetic paste does nothing.
 */
import { domBlocks, startLab } from './lab';

startLab('contenteditable', async (target) => {
  target.setAttribute('contenteditable', 'true');
  const blocks = () => domBlocks(target);
  return { getText: () => blocks().join('\n'), getBlocks: blocks, getHtml: () => target.innerHTML };
});
