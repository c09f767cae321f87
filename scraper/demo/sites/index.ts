// The replica sites, one per real host. Together they cover every paging type of DESIGN.md,
// a GBK site, a JS-cookie challenge, the traditional-Chinese ruby mirror and attachments.
import type { ReplicaSiteSpec } from '../replica-types.ts';
import { anhuiSite } from './anhui.ts';
import { gansuSite } from './gansu.ts';
import { mostSite } from './most.ts';
import { ntscSite } from './ntsc.ts';
import { siomSite } from './siom.ts';
import { siomMirrorSite } from './siom-mirror.ts';
import { suiningSite } from './suining.ts';

export const REPLICA_SITE_SPECS: readonly ReplicaSiteSpec[] = [
  mostSite, // TRS paging (three columns, .html and .htm), attachments, real MOST pages
  ntscSite, // TRS paging behind a JS cookie challenge (browser needed)
  siomSite, // TRS paging with the page count in a variable
  suiningSite, // ?page= paging that ends at an empty page
  gansuSite, // GBK, numbered pages (xxgk_infolist_2.shtml)
  anhuiSite, // next-link paging
  siomMirrorSite, // traditional Chinese with ruby pinyin, next-link paging
];
