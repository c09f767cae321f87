import { renderSidePanel } from '../../lib/pages/render-side-panel.ts';

void renderSidePanel(document.getElementById('app')!);
