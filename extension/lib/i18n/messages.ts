// Every string the extension shows, in both languages, in one table: a missing translation is
// a type error, and accessible names (aria-label) come from here like visible text does.
export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];

const zh = {
  extensionName: 'kjwatch 科技政策关注',
  optionsTitle: 'kjwatch 设置',
  sidePanelTitle: 'kjwatch 摘录',
  language: '语言',
  rulesHeading: '关注规则',
  rulesCount: '条规则',
  sitesHeading: '网站',
  clippingsHeading: '摘录',
  noClippings: '还没有摘录。',
  saveClipping: '保存摘录',
  importRules: '导入规则',
  exportRules: '导出规则',
  errorBadRequest: '扩展内部错误：请求格式不正确。',
  errorForbidden: '此页面不在已启用的网站之列。',
  errorStorageFull: '存储空间已满：本条未保存，已保存的内容没有丢失。请导出并删除部分摘录后重试。',
  errorStorageFailed: '保存失败：本条未保存，已保存的内容没有丢失。请重试。',
  errorInvalidRules: '规则文件有误：',
  errorNotFound: '找不到该条目。',
  errorUnavailable: '扩展后台暂不可用，请重新加载页面。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  extensionName: 'kjwatch S&T policy watch',
  optionsTitle: 'kjwatch settings',
  sidePanelTitle: 'kjwatch clippings',
  language: 'Language',
  rulesHeading: 'Watch rules',
  rulesCount: 'rules',
  sitesHeading: 'Sites',
  clippingsHeading: 'Clippings',
  noClippings: 'No clippings yet.',
  saveClipping: 'Save clipping',
  importRules: 'Import rules',
  exportRules: 'Export rules',
  errorBadRequest: 'Internal extension error: the request was malformed.',
  errorForbidden: 'This page is not on an enabled site.',
  errorStorageFull:
    'Storage is full: this one was not saved, and nothing saved before was lost. Export and delete some clippings, then try again.',
  errorStorageFailed:
    'Saving failed: this one was not saved, and nothing saved before was lost. Please try again.',
  errorInvalidRules: 'The rules file has problems: ',
  errorNotFound: 'Not found.',
  errorUnavailable: 'The extension background is not available; reload the page.',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { zh, en };
