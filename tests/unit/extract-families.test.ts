// Page families from SITES.md that no golden fixture covers, written as their CMSs write
// them: the generic extractor (no profile) must read each one cleanly.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { extractNotice } from '../../shared/extract/extract-notice.ts';

const P1 =
  '为贯彻落实党中央、国务院决策部署，进一步完善科技创新体制机制，经国务院同意，现提出如下意见。';
const P2 =
  '各地区、各部门要充分认识做好这项工作的重要意义，加强组织领导，狠抓工作落实，确保取得实效。';
const FOOTER =
  '<div class="footer"><p>主办单位：某某人民政府办公厅 承办单位：某某信息中心</p><p>版权所有 京ICP备05070218号 京公网安备11010202000001号 网站标识码：bm01000001</p></div>';

const run = (html: string, url: string) => extractNotice(parseHtml(html), { url });

describe('page families', () => {
  it('a gov.cn 政府信息公开 page: metadata table, UCAP body, signature', () => {
    const html = `<html><head><meta charset="utf-8"><title>国务院办公厅关于完善科技创新体制机制的意见_国务院部门文件_中国政府网</title></head><body>
      <div class="header"><a href="/">首页</a> | <a href="/zhengce/">政策</a></div>
      <div class="policyLibraryOverview_header"><table>
        <tr><td><b>索  引  号：</b></td><td>000014349/2021-00032</td><td><b>主题分类：</b></td><td>科技、教育\\科技</td></tr>
        <tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2021年03月01日</td></tr>
        <tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于完善科技创新体制机制的意见</td></tr>
        <tr><td><b>发文字号：</b></td><td>国办发〔2021〕7号</td><td><b>发布日期：</b></td><td>2021年03月05日</td></tr>
      </table></div>
      <div class="pages-title">国务院办公厅关于完善科技创新体制机制的意见</div>
      <div class="pages_content" id="UCAP-CONTENT"><p style="text-align:center">国办发〔2021〕7号</p>
        <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>　　${P1}</p><p>　　${P2}</p>
        <p style="text-align:right">国务院办公厅</p><p style="text-align:right">2021年3月1日</p><p>（此件公开发布）</p></div>
      ${FOOTER}</body></html>`;
    const n = run(html, 'https://www.gov.cn/zhengce/content/2021-03/05/content_5590001.htm');
    expect(n).toMatchObject({
      title: '国务院办公厅关于完善科技创新体制机制的意见',
      publishedAt: '2021-03-05',
      publisher: '国务院办公厅',
      documentNumber: '国办发〔2021〕7号',
      indexNumber: '000014349/2021-00032',
    });
    expect(n.bodyText.split('\n')).toEqual([
      '国办发〔2021〕7号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      P1,
      P2,
      '国务院办公厅',
      '2021年3月1日',
      '（此件公开发布）',
    ]);
  });

  it('an Anhui-style page: full meta set, .wzcon body, 发布时间 and 来源 line, attachment list', () => {
    const html = `<html><head><meta charset="utf-8">
      <meta name="SiteName" content="安徽省科学技术厅"><meta name="ColumnName" content="通知公告">
      <meta name="ArticleTitle" content="关于组织申报2021年度省重点研发计划项目的通知"><meta name="PubDate" content="2021-03-04 16:20">
      <meta name="ContentSource" content="资源配置与管理处"><meta name="HtmlGenerateTime" content="2021-03-04 16:25:01">
      <title>关于组织申报2021年度省重点研发计划项目的通知_安徽省科学技术厅</title></head><body>
      <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/kjzx/">科技资讯</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
      <div class="wzbox"><h1 class="wztit">关于组织申报2021年度省重点研发计划项目的通知</h1>
        <div class="wzxx"><span class="fbsj">发布时间：2021-03-04 16:20</span><span>来源：资源配置与管理处</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
        <div class="wzcon"><p>各市科技局，各有关单位：</p><p>${P1}</p><p>${P2}</p>
          <p>附件：<a href="./P020210304612345678901.docx">1.2021年度省重点研发计划项目申报指南.docx</a></p>
          <p><a href="./P020210304612345678902.xls">2.项目汇总表.xls</a></p>
          <p style="text-align:right">安徽省科学技术厅</p><p style="text-align:right">2021年3月4日</p></div>
        <div class="share">分享到：<a>微信</a> <a>微博</a></div></div>${FOOTER}</body></html>`;
    const n = run(html, 'https://kjt.ah.gov.cn/kjzx/tzgg/121234561.html');
    expect(n).toMatchObject({
      title: '关于组织申报2021年度省重点研发计划项目的通知',
      publishedAt: '2021-03-04T16:20+08:00',
      publisher: '资源配置与管理处',
      column: '通知公告',
    });
    expect(n.attachments.map((a) => a.name)).toEqual([
      '1.2021年度省重点研发计划项目申报指南.docx',
      '2.项目汇总表.xls',
    ]);
    expect(n.bodyText).toContain('附件：1.2021年度省重点研发计划项目申报指南.docx');
    expect(n.bodyText.endsWith('安徽省科学技术厅\n2021年3月4日')).toBe(true);
    expect(n.bodyText).not.toMatch(/字体|分享|发布时间|来源/);
  });

  it('an old table layout: <br> paragraphs in a cell, no markers, footer in the same table', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>市科技局关于做好2021年科技统计工作的通知</title></head><body>
      <table width="980" align="center"><tr><td colspan="2"><img src="/images/banner.jpg"></td></tr>
      <tr><td width="200" valign="top"><table><tr><td><a href="/a">机构概况</a></td></tr><tr><td><a href="/b">政务公开</a></td></tr><tr><td><a href="/c">科技动态</a></td></tr><tr><td><a href="/d">通知公告</a></td></tr></table></td>
      <td valign="top"><table width="100%"><tr><td align="center"><font size="4"><b>市科技局关于做好2021年科技统计工作的通知</b></font></td></tr>
        <tr><td align="center">发布日期：2021年3月8日　　点击数：<span>312</span></td></tr>
        <tr><td>&nbsp;&nbsp;&nbsp;&nbsp;各区县科技局：<br>&nbsp;&nbsp;&nbsp;&nbsp;${P1}<br>&nbsp;&nbsp;&nbsp;&nbsp;${P2}<br><br>&nbsp;&nbsp;&nbsp;&nbsp;联系人：张三，电话：0825-1234567。</td></tr></table></td></tr>
      <tr><td colspan="2" align="center">版权所有：某某市科学技术局 地址：某某市人民路1号 蜀ICP备05000001号</td></tr></table></body></html>`;
    const n = run(html, 'http://kjj.example.gov.cn/news/show.asp?id=1024');
    expect(n.title).toBe('市科技局关于做好2021年科技统计工作的通知');
    expect(n.publishedAt).toBe('2021-03-08');
    expect(n.bodyText).toBe(`各区县科技局：\n${P1}\n${P2}\n联系人：张三，电话：0825-1234567。`);
  });

  it('a JEECMS-style page: paragraphs straight in the article box beside its header lines', () => {
    const html = `<html><head><meta charset="utf-8"><title>我市召开科技创新大会 - 某某市科学技术局</title></head><body>
      <div class="top"><a href="/">首页</a><a href="/xwzx/index.jhtml">新闻中心</a></div>
      <div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/xwzx/index.jhtml">新闻中心</a> &gt; <a href="/xwzx/gzdt/index.jhtml">工作动态</a></div>
      <div class="article"><h2>我市召开科技创新大会</h2><p class="info">时间：2021-03-09 10:12:33 来源：市科技局 点击：<span id="views">88</span></p>
        <p>${P1}</p><p>${P2}</p><p>（责任编辑：王五）</p>
        <div class="pre-next"><p>上一篇：<a href="/xwzx/gzdt/100.jhtml">全市科技工作会议召开</a></p><p>下一篇：<a href="/xwzx/gzdt/102.jhtml">我市新增5家省级重点实验室</a></p></div></div>
      ${FOOTER}</body></html>`;
    const n = run(html, 'http://kjj.example.gov.cn/xwzx/gzdt/101.jhtml');
    expect(n).toMatchObject({
      title: '我市召开科技创新大会',
      publishedAt: '2021-03-09T10:12:33+08:00',
      publisher: '市科技局',
      column: '工作动态',
    });
    expect(n.bodyText).toBe(`${P1}\n${P2}`);
  });

  it('keeps to the notice beside a block of punctuated blurbs, and keeps a body split in two', () => {
    const blurb =
      '<div class="r"><p>我市科技型中小企业评价入库数量再创新高，同比增长百分之三十。</p></div>';
    const split = `<div class="c"><div class="part"><p>${P1}</p><p>${P2}</p></div><div class="part"><p>${P2}</p><p>${P1}</p></div></div>`;
    const html = `<html><body><div class="wrap"><div class="l"><h1>关于开展项目申报的通知</h1>${split}</div>${blurb}</div>${FOOTER}</body></html>`;
    const n = run(html, 'https://kjj.example.gov.cn/tzgg/1.html');
    expect(n.bodyText).toBe([P1, P2, P2, P1].join('\n'));
  });
});
