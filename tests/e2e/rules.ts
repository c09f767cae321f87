// Watch rules the end-to-end tests set, and the expectations computed from them with the
// shared matcher (the same code the content script runs).
import type { WatchRule } from '../../shared/model.ts';

export const LIST_RULES: WatchRule[] = [
  { id: 'inspection', name: '巡视巡察', color: '#ffd54f', any: ['巡视', '巡察'] },
  {
    id: 'party',
    name: '党建',
    color: '#90caf9',
    any: ['党建', '民主生活会', '理论学习中心组', '党组'],
  },
  // `none` applies per entry title: 公示 entries are left out, notices kept.
  { id: 'plan', name: '科技计划', color: '#a5d6a7', any: ['科技计划', '研发计划'], none: ['公示'] },
  // `sites`: only Guangdong's list, though Anhui, Beijing and Shaanxi list such titles too.
  {
    id: 'hightech.gd',
    name: '高企认定（广东）',
    color: '#f48fb1',
    any: ['高新技术企业'],
    sites: ['guangdong-tzgg'],
  },
];
