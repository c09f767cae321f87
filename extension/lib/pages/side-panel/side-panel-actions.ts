// What the buttons on a clipping do: open it on its page, edit its note and tags, delete it
// with undo. Each goes through the background; the index is updated from the answer (the
// background's change announcement repeats it, harmlessly).
import type { Clipping } from '../../../../shared/model.ts';
import { sendRequest } from '../../protocol/send-request.ts';
import { errorText } from '../error-text.ts';
import type { ClippingActions } from './clipping-item.ts';
import { revealClipping } from './reveal-clipping.ts';
import type { SidePanel } from './side-panel.ts';

export function createClippingActions(panel: SidePanel): ClippingActions {
  const problem = (text: string) => {
    panel.alert.textContent = text;
  };
  const purge = (ids: string[]) => {
    void sendRequest<'clippings:purge'>({ type: 'clippings:purge', ids });
  };
  const restore = async (ids: string[]) => {
    const answer = await sendRequest<'clippings:restore'>({ type: 'clippings:restore', ids });
    if (!answer.ok) return problem(errorText(answer.error, panel.tr.t));
    panel.index.upsert(answer.value.clippings);
    panel.renderFilters();
    panel.refresh();
  };
  return {
    reveal: (clipping: Clipping) => {
      revealClipping(clipping).catch((error: unknown) => problem(String(error)));
    },
    edit: (id) => {
      panel.editing = id;
      panel.refresh();
    },
    async save(clipping, note, tags) {
      const answer = await sendRequest<'clippings:update'>({
        type: 'clippings:update',
        id: clipping.id,
        note,
        tags,
      });
      if (!answer.ok) return errorText(answer.error, panel.tr.t);
      panel.index.upsert([answer.value.clipping]);
      panel.editing = undefined;
      panel.renderFilters();
      panel.refresh();
      return undefined;
    },
    async remove(clipping) {
      const answer = await sendRequest<'clippings:delete'>({
        type: 'clippings:delete',
        ids: [clipping.id],
      });
      if (!answer.ok) return problem(errorText(answer.error, panel.tr.t));
      problem('');
      const { ids } = answer.value;
      panel.index.remove(ids);
      panel.renderFilters();
      panel.refresh();
      const { tr } = panel;
      panel.toast.show(
        tr.f('deletedToast', { n: ids.length }),
        tr.t('undo'),
        () => void restore(ids),
        () => purge(ids),
      );
    },
  };
}
