// Words for the titles of composed archive notices: real programme, plan and award names of
// the ministry and the provinces. Kept apart from the composer so the lists can grow without
// touching its logic. No term of the sample rules
// (巡视, 党建, 人工智能 …) appears here: composed notices must not pose as matches.

export const NATIONAL_PROGRAMS = [
  '纳米前沿',
  '合成生物学',
  '先进结构与复合材料',
  '智能传感器',
  '高性能制造技术与重大装备',
  '蛋白质机器与生命过程调控',
  '地球观测与导航',
  '大科学装置前沿研究',
  '量子调控与量子信息',
  '干细胞研究与器官修复',
  '稀土新材料',
  '食品营养与安全关键技术研发',
  '催化科学',
  '主动健康和人口老龄化科技应对',
  '发育编程及其代谢调节',
  '信息光子技术',
  '储能与智能电网技术',
  '可再生能源技术',
  '氢能技术',
  '深海和极地关键技术与装备',
];

export const PROVINCIAL_PLANS = [
  '重点研发计划',
  '自然科学基金',
  '科技重大专项',
  '技术创新引导计划',
  '科技成果转化专项',
  '软科学研究计划',
  '国际科技合作计划',
  '创新人才计划',
  '科技支撑计划',
  '基础研究计划',
];

export const RECOGNITIONS = [
  '科技企业孵化器',
  '众创空间',
  '新型研发机构',
  '技术创新中心',
  '重点实验室',
  '科技型中小企业',
  '高新技术企业',
  '科技特派员',
  '星创天地',
  '工程技术研究中心',
  '国际科技合作基地',
  '科普基地',
];

export const WORKS = [
  '科技计划项目绩效评价',
  '科研诚信专项检查',
  '科技统计调查',
  '科技成果登记',
  '科学技术奖提名',
  '技术合同认定登记培训',
  '实验动物许可证年检',
  '科技计划项目结题验收',
  '科技伦理审查委员会登记',
  '科技创新券兑付',
  '研发费用加计扣除政策宣讲',
  '科技活动周',
];

/** Title templates; `{org}` the issuer, `{place}` the province or city, `{year}`, `{a}`/`{b}` fill words. */
export const NOTICE_TITLES: Record<'national' | 'local', string[]> = {
  national: [
    '科技部关于发布国家重点研发计划“{a}”重点专项{year}年度项目申报指南的通知',
    '关于国家重点研发计划“{a}”重点专项{year}年度项目安排公示的通知',
    '科技部办公厅关于开展{year}年度{b}工作的通知',
    '关于{year}年度国家{c}拟认定名单的公示',
  ],
  local: [
    '{org}关于组织申报{year}年度{place}{a}项目的通知',
    '关于{year}年度{place}{c}拟认定名单的公示',
    '{org}关于开展{year}年度{b}工作的通知',
    '关于下达{year}年度{place}{a}项目经费的通知',
  ],
};
