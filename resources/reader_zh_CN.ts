<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../reader/ui/actions.py" line="23"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="24"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="25"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="26"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="27"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="28"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="30"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="32"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="33"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="35"/>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="38"/>
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="41"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="43"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="44"/>
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="47"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="47"/>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="47"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="40"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../reader/ui/actions.py" line="86"/>
        <source>Beginning / end of the article</source>
        <translation>文章开头 / 结尾</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../reader/ui/find_bar.py" line="21"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="26"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="27"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="28"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="32"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="81"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../reader/ui/find_bar.py" line="83"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../reader/ui/section_chart.py" line="151"/>
        <source>{title}: {count} characters</source>
        <translation>{title}：{count} 字</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="70"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="70"/>
        <source>What it counts</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="75"/>
        <source>Copy with its sentence</source>
        <translation>连同所在句子一起复制</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="84"/>
        <source>Progress</source>
        <translation>阅读进度</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="88"/>
        <source>Length of each section</source>
        <translation>各节篇幅</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="91"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="101"/>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="102"/>
        <source>Chinese characters</source>
        <translation>汉字数</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="103"/>
        <source>Latin words</source>
        <translation>英文单词</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="104"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="105"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="106"/>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="141"/>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="143"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="145"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="153"/>
        <source>finished</source>
        <translation>已读完</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="153"/>
        <source>under a minute left</source>
        <translation>剩余不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="155"/>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="156"/>
        <source>{0}% read · {1}</source>
        <translation>已读 {0}% · {1}</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="196"/>
        <source>{0} figures</source>
        <translation>{0} 个</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="196"/>
        <source>1 figure</source>
        <translation>1 个</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="219"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="220"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="221"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="222"/>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="223"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../reader/ui/stats_panel.py" line="224"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <location filename="../reader/ui/toc_panel.py" line="93"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <location filename="../reader/ui/window_text.py" line="16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="19"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="22"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="25"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="28"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="31"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="34"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="37"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="40"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="43"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="46"/>
        <source>No recent articles</source>
        <translation>没有最近打开的文章</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="49"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="52"/>
        <source>Articles (*.txt *.md *.markdown);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="55"/>
        <source>Can&apos;t open the article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="58"/>
        <source>Reader can&apos;t open {path}:

{reason}</source>
        <translation>Reader 无法打开 {path}：

{reason}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="61"/>
        <source>Open an article with Ctrl+O, or drop a file here.</source>
        <translation>按 Ctrl+O 打开文章，或将文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="64"/>
        <source>Zoom {0}%</source>
        <translation>缩放 {0}%</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="68"/>
        <source>No font for Chinese is installed: text may show as boxes. Install {0} (or Noto Sans CJK / Source Han Sans).</source>
        <translation>未安装中文字体：文字可能显示为方框。请安装 {0}（或思源黑体 Noto Sans CJK / Source Han Sans）。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="73"/>
        <source>Notes and reading positions are off: {0}</source>
        <translation>笔记和阅读位置不可用：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="76"/>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="79"/>
        <source>Open this link in your web browser?

{0}</source>
        <translation>在网页浏览器中打开此链接？

{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="82"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="92"/>
        <source>About Reader</source>
        <translation>关于 Reader</translation>
    </message>
    <message>
        <location filename="../reader/ui/window_text.py" line="96"/>
        <source>&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;A desktop reader for long Chinese news and policy articles: contents, statistics and key figures, find, and notes kept on your computer.&lt;/p&gt;&lt;p&gt;Next / previous section: Alt+Down / Alt+Up. All shortcuts: Help ▸ Keyboard Shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;为长篇中文新闻与政策文章设计的桌面阅读器：目录、统计与关键数字、查找，笔记保存在您的电脑上。&lt;/p&gt;&lt;p&gt;下一节 / 上一节：Alt+Down / Alt+Up。全部快捷键：帮助 ▸ 键盘快捷键。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
