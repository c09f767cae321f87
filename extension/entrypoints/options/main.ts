import { renderOptions } from '../../lib/pages/render-options.ts';

void renderOptions(document.getElementById('app')!);
