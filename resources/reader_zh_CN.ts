<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../reader/ui/window/actions.py" line="26"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="27"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="28"/>
        <source>&amp;Library…</source>
        <translation>书库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="29"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="30"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="31"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="32"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="34"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="36"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="37"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="39"/>
        <source>&amp;Next Section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="42"/>
        <source>&amp;Previous Section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="45"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="48"/>
        <source>Show &amp;Removed Lines</source>
        <translation>显示已移除的行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="82"/>
        <source>&amp;As Written</source>
        <translation>原文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="82"/>
        <source>&amp;Simplified 简体</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="83"/>
        <source>&amp;Traditional, Taiwan 繁體 (台灣)</source>
        <translation>繁體（台灣）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="84"/>
        <source>Traditional, &amp;Hong Kong 繁體 (香港)</source>
        <translation>繁體（香港）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="93"/>
        <source>&amp;Next Chinese Script</source>
        <translation>切换简繁(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="50"/>
        <source>Side &amp;Panels</source>
        <translation>侧边面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="53"/>
        <source>&amp;Beginning of the Article</source>
        <translation>文章开头(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="55"/>
        <source>&amp;End of the Article</source>
        <translation>文章结尾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="57"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="58"/>
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="61"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="61"/>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="61"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="44"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="99"/>
        <source>&amp;Bookmark This Passage</source>
        <translation>为此段添加书签(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="101"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="102"/>
        <source>Add &amp;Note…</source>
        <translation>添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="103"/>
        <source>Copy Link to &amp;Passage</source>
        <translation>复制段落链接(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="104"/>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="105"/>
        <source>Export &amp;All Notes…</source>
        <translation>导出全部笔记(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="106"/>
        <source>&amp;Import Notes…</source>
        <translation>导入笔记(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="108"/>
        <source>&amp;Yellow</source>
        <translation>黄色(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="108"/>
        <source>&amp;Green</source>
        <translation>绿色(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="109"/>
        <source>&amp;Blue</source>
        <translation>蓝色(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/actions.py" line="109"/>
        <source>&amp;Pink</source>
        <translation>粉色(&amp;P)</translation>
    </message>
    <message>
        <source>Beginning / end of the article</source>
        <translation type="vanished">文章开头 / 结尾</translation>
    </message>
</context>
<context>
    <name>AllNotesExport</name>
    <message>
        <location filename="../reader/ui/notes/export_all.py" line="44"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_all.py" line="44"/>
        <source>Web Annotations JSON (*.json)</source>
        <translation>Web 注释 JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_all.py" line="46"/>
        <location filename="../reader/ui/notes/export_all.py" line="82"/>
        <source>Export All Notes</source>
        <translation>导出全部笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_all.py" line="83"/>
        <source>Nothing was exported: {0} can&apos;t be written: {1}</source>
        <translation>未导出任何内容：无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="41"/>
        <location filename="../reader/ui/notes/controller.py" line="85"/>
        <source>Select some text first.</source>
        <translation>请先选中一段文字。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="82"/>
        <source>A removed line is not part of the article, so it can&apos;t be highlighted: right-click it and choose Keep This Line in the Article first.</source>
        <translation>已移除的行不属于正文，不能高亮：请先右键点击它，选择“将此行保留在正文中”。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="104"/>
        <source>Bookmarked: {0}</source>
        <translation>已添加书签：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="127"/>
        <source>This note is not saved yet; change it once it is.</source>
        <translation>这条笔记尚未保存，保存后才能修改。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="153"/>
        <source>This note is not saved yet; delete it once it is.</source>
        <translation>这条笔记尚未保存，保存后才能删除。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="165"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="165"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="166"/>
        <source>{0} deleted. Ctrl+Z brings it back.</source>
        <translation>{0}已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/controller.py" line="175"/>
        <source>Restored.</source>
        <translation>已恢复。</translation>
    </message>
</context>
<context>
    <name>AnnotationState</name>
    <message>
        <location filename="../reader/ui/notes/annotation_state.py" line="139"/>
        <source>Notes are off: the notes database could not be opened.</source>
        <translation>笔记功能已关闭：无法打开笔记数据库。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/annotation_state.py" line="145"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/annotation_state.py" line="146"/>
        <source>Notes are read-only: {0}</source>
        <translation>笔记为只读：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/annotation_state.py" line="150"/>
        <source>Notes are off for this article.</source>
        <translation>本文的笔记功能已关闭。</translation>
    </message>
    <message>
        <source>{0} notes or bookmarks were not found in this version of the text; they are listed at the end.</source>
        <translation type="vanished">有 {0} 条笔记或书签在此版本的正文中找不到，已列在末尾。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/annotation_state.py" line="244"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Saved {0} notes that were kept as drafts.</source>
        <translation type="vanished">已保存 {0} 条此前保留为草稿的笔记。</translation>
    </message>
    <message>
        <source>Notes or bookmarks not found in this version of the text: {0}; they are listed at the end.</source>
        <translation type="vanished">在此版本的正文中找不到的笔记或书签：{0} 条，已列在末尾。</translation>
    </message>
    <message>
        <source>Notes or bookmarks in lines left out of the article: {0} (View ▸ Show Removed Lines shows those lines).</source>
        <translation type="vanished">位于文章之外的行中的笔记或书签：{0} 条（“视图 ▸ 显示已移除的行”可看到这些行）。</translation>
    </message>
</context>
<context>
    <name>AnnotationTexts</name>
    <message numerus="yes">
        <location filename="../reader/ui/notes/annotation_state.py" line="291"/>
        <source>Saved %Ln note(s) that were kept as drafts.</source>
        <translation>
            <numerusform>已保存 %Ln 条此前保留为草稿的笔记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../reader/ui/notes/bookmarks_panel.py" line="45"/>
        <source>No bookmarks yet. Ctrl+D bookmarks the selection or the paragraph you are reading.</source>
        <translation>还没有书签。按 Ctrl+D 可为选中的文字或正在阅读的段落添加书签。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/bookmarks_panel.py" line="71"/>
        <source>In lines left out of the article: {0}</source>
        <translation>位于文章之外的行中：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/bookmarks_panel.py" line="74"/>
        <source>Not found in this version of the text: {0}</source>
        <translation>在此版本的正文中找不到：{0}</translation>
    </message>
</context>
<context>
    <name>DocksGiveWay</name>
    <message>
        <location filename="../reader/ui/window/give_way.py" line="155"/>
        <source>The window is too narrow for the side panels beside the article: widen it, or drag a panel&apos;s title bar out to float it.</source>
        <translation>窗口太窄，正文旁放不下侧栏：请加宽窗口，或将侧栏的标题栏拖出，使其浮动。</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../reader/ui/notes/drafts.py" line="125"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/drafts.py" line="127"/>
        <source>the notes folder is read-only</source>
        <translation>笔记文件夹为只读</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/drafts.py" line="128"/>
        <source>the notes database can&apos;t be written</source>
        <translation>无法写入笔记数据库</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/drafts.py" line="132"/>
        <source>Not saved: {0}. Kept as an unsaved draft; Reader tries again every 30 seconds.</source>
        <translation>未保存：{0}。已保留为未保存的草稿，Reader 每 30 秒重试一次。</translation>
    </message>
</context>
<context>
    <name>EncodingText</name>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation type="vanished">用其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <source>{0} — detected, {1}% sure</source>
        <translation type="vanished">{0}（检测所得，把握 {1}%）</translation>
    </message>
    <message>
        <source>{0} — in use</source>
        <translation type="vanished">{0}（当前使用）</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_wiring.py" line="46"/>
        <source>Reopen with Encodin&amp;g</source>
        <translation>用其他编码重新打开(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_wiring.py" line="49"/>
        <source>Detected: {0}, {1}% sure</source>
        <translation>检测结果：{0}，把握 {1}%</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_wiring.py" line="52"/>
        <source>Detected: {0}</source>
        <translation>检测结果：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_wiring.py" line="55"/>
        <source>The file is read as {0} (File ▸ Reopen with Encoding)</source>
        <translation>文件按 {0} 编码读取（文件 ▸ 用其他编码重新打开）</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="13"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="14"/>
        <source>Notes on {0}</source>
        <translation>{0} 的笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="15"/>
        <source>Open in Reader</source>
        <translation>在 Reader 中打开</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="16"/>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="17"/>
        <source>Not found in the current text</source>
        <translation>在当前正文中找不到</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="18"/>
        <source>No notes, highlights or bookmarks.</source>
        <translation>没有笔记、高亮或书签。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="19"/>
        <source>Corrections of the structure</source>
        <translation>对结构的更正</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="20"/>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="21"/>
        <source>line not found</source>
        <translation>找不到此行</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="24"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="25"/>
        <source>subheading</source>
        <translation>副标题行</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="26"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="27"/>
        <source>title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="28"/>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="29"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="30"/>
        <source>start of the article</source>
        <translation>正文开头</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="31"/>
        <source>end of the article</source>
        <translation>正文结尾</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="32"/>
        <source>disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/export_words.py" line="33"/>
        <source>kept in the article</source>
        <translation>保留在正文中</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <location filename="../reader/ui/article/figure_export.py" line="38"/>
        <location filename="../reader/ui/article/figure_export.py" line="50"/>
        <source>Export Figures</source>
        <translation>导出关键数字</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/figure_export.py" line="39"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/figure_export.py" line="51"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="25"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="30"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="31"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="36"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="85"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/find_bar.py" line="87"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 个，共 {1} 个</translation>
    </message>
</context>
<context>
    <name>ImportApart</name>
    <message>
        <location filename="../reader/ui/window/import_apart.py" line="132"/>
        <source>The import took too long and was stopped.</source>
        <translation>导入耗时过长，已停止。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/import_apart.py" line="142"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/import_apart.py" line="144"/>
        <source>The import stopped: its process was ended.</source>
        <translation>导入已中止：导入进程被结束。</translation>
    </message>
</context>
<context>
    <name>JumpStatus</name>
    <message>
        <location filename="../reader/ui/window/jump_status.py" line="17"/>
        <source>Laying out the article up to the place asked for… {0}%</source>
        <translation>正在排版文章，排到要去的位置后就跳过去…{0}%</translation>
    </message>
</context>
<context>
    <name>KeyRows</name>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="19"/>
        <source>Page down / up</source>
        <translation>向下 / 向上翻页</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="21"/>
        <source>The next / previous link on screen, else the next panel (no scroll)</source>
        <translation>屏幕上的下一个 / 上一个链接，否则到下一个面板（不滚动）</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="27"/>
        <source>Copy the selection, or the key figure with its sentence</source>
        <translation>复制选中的文字，或关键数字及其所在句子</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="32"/>
        <source>Save the note being edited</source>
        <translation>保存正在编辑的笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="34"/>
        <source>Delete / rename in the Notes and Bookmarks lists</source>
        <translation>在笔记和书签列表中删除 / 重命名</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/key_rows.py" line="40"/>
        <source>Promote / demote the heading selected in Contents</source>
        <translation>提升 / 降低目录中所选标题的级别</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation type="vanished">书库</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">文件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">笔记</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="vanished">书签</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation type="vanished">上次阅读</translation>
    </message>
    <message>
        <source>Filter by title or file</source>
        <translation type="vanished">按标题或文件名筛选</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="vanished">打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation type="vanished">查找文件(&amp;L)…</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation type="vanished">（文件不见了）</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation type="vanished">查找文件</translation>
    </message>
</context>
<context>
    <name>LibraryHome</name>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="126"/>
        <source>Library — Reader</source>
        <translation>书库 — Reader</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="270"/>
        <location filename="../reader/ui/window/library_home.py" line="276"/>
        <location filename="../reader/ui/window/library_home.py" line="281"/>
        <source>Locate</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="270"/>
        <source>Locate “{0}”</source>
        <translation>查找“{0}”</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="284"/>
        <source>Found: the same text.</source>
        <translation>找到了：正文相同。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="285"/>
        <source>Its text differs: notes are found again by their quotes.</source>
        <translation>正文有变化：笔记将按引文重新定位。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="292"/>
        <source>Remove “{0}” from the library? Its notes and bookmarks are kept, also in the JSON export, and it comes back when you open its file again.</source>
        <translation>从书库中移除“{0}”？它的笔记和书签都会保留（JSON 导出中也有），再次打开它的文件时会回到书库。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="295"/>
        <location filename="../reader/ui/window/library_home.py" line="302"/>
        <source>Remove from Library</source>
        <translation>从书库移除</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/library_home.py" line="305"/>
        <source>Removed from the library: {0}</source>
        <translation>已从书库中移除：{0}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../reader/ui/library/model.py" line="63"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="63"/>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="63"/>
        <source>Progress</source>
        <translation>阅读进度</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="64"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="64"/>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="64"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="64"/>
        <source>Last read</source>
        <translation>上次阅读</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="65"/>
        <source>Time read</source>
        <translation>已读时长</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="67"/>
        <source>(file missing)</source>
        <translation>（文件不见了）</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="67"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="133"/>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="135"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/model.py" line="136"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../reader/ui/library/page.py" line="80"/>
        <source>Search titles, sites and notes</source>
        <translation>搜索标题、网站和笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="90"/>
        <source>No documents yet. Open an article with File ▸ Open (Ctrl+O) or drop a file here: every document you read is listed here, with its notes and the time you spent on it.</source>
        <translation>书库里还没有文章。用“文件 ▸ 打开”（Ctrl+O）打开一篇文章，或把文件拖到这里：读过的每篇文章都会列在这里，连同它的笔记和阅读时长。</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="95"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="96"/>
        <source>&amp;Locate…</source>
        <translation>查找文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="97"/>
        <source>&amp;Remove from Library…</source>
        <translation>从书库移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="234"/>
        <source>Notes that match: {0}</source>
        <translation>匹配的笔记：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="264"/>
        <source>Documents: {0}</source>
        <translation>共 {0} 篇</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/library/page.py" line="265"/>
        <source>{0} of %Ln document(s)</source>
        <translation>
            <numerusform>{0} 篇（共 %Ln 篇）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} documents</source>
        <translation type="vanished">{0} 篇（共 {1} 篇）</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="290"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="291"/>
        <source>Locate…</source>
        <translation>查找文件…</translation>
    </message>
    <message>
        <location filename="../reader/ui/library/page.py" line="293"/>
        <source>Remove from Library…</source>
        <translation>从书库移除…</translation>
    </message>
</context>
<context>
    <name>LinkCopy</name>
    <message>
        <location filename="../reader/ui/notes/link_copy.py" line="26"/>
        <source>Select some text first.</source>
        <translation>请先选中一段文字。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/link_copy.py" line="33"/>
        <source>Link to the passage copied: {0}</source>
        <translation>已复制段落链接：{0}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../reader/ui/app/links.py" line="183"/>
        <source>Can&apos;t follow the link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/links.py" line="193"/>
        <source>Reader can&apos;t open the passage: {0}</source>
        <translation>Reader 无法打开这段文字：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/links.py" line="187"/>
        <source>Reader can&apos;t open {0}: {1}</source>
        <translation>Reader 无法打开 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>NoteColours</name>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="135"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="136"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="137"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="138"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="30"/>
        <source>Write a note (Markdown). Ctrl+Enter saves.</source>
        <translation>在此写笔记（支持 Markdown），按 Ctrl+Enter 保存。</translation>
    </message>
</context>
<context>
    <name>NoteEditorBox</name>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="95"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/editor.py" line="96"/>
        <source>Delete this note (Del); Ctrl+Z brings it back</source>
        <translation>删除这条笔记（Del），按 Ctrl+Z 可恢复</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="58"/>
        <source>Retry Saving Unsaved Notes</source>
        <translation>重新保存未保存的笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="124"/>
        <source>No note matches.</source>
        <translation>没有匹配的笔记。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="171"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="178"/>
        <source>Not saved: {0}. Your text is kept here; Ctrl+Enter tries again.</source>
        <translation>未保存：{0}。你的文字仍保留在这里，按 Ctrl+Enter 重试。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="248"/>
        <source>Created {0}, last changed {1}</source>
        <translation>创建于 {0}，最后修改于 {1}</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="258"/>
        <location filename="../reader/ui/notes/panel.py" line="308"/>
        <source>Unsaved — {0}</source>
        <translation>未保存 — {0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="263"/>
        <source>Not found in this version of the text</source>
        <translation>在此版本的正文中找不到</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="265"/>
        <source>In lines left out of the article (View ▸ Show Removed Lines)</source>
        <translation>位于文章之外的行中（视图 ▸ 显示已移除的行）</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="269"/>
        <source>The passage changed; it read: “{0}”</source>
        <translation>原文已改动，笔记原先引用的是：“{0}”</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="283"/>
        <source>No notes in this article yet. Select some text, then Highlight (Ctrl+H) or Add Note (Ctrl+Shift+N); Ctrl+D bookmarks the passage you are reading.</source>
        <translation>本文还没有笔记。选中一段文字后，可以高亮（Ctrl+H）或添加笔记（Ctrl+Shift+N）；按 Ctrl+D 可为正在阅读的段落添加书签。</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="310"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/panel.py" line="329"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>NotesSearchBox</name>
    <message>
        <location filename="../reader/ui/notes/search.py" line="31"/>
        <source>Search notes in all articles</source>
        <translation>在所有文章的笔记中搜索</translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="36"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="36"/>
        <source>Web Annotations JSON (*.json)</source>
        <translation>Web 注释 JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="39"/>
        <location filename="../reader/ui/notes/transfer.py" line="50"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="68"/>
        <location filename="../reader/ui/notes/transfer.py" line="79"/>
        <location filename="../reader/ui/notes/transfer.py" line="86"/>
        <location filename="../reader/ui/notes/transfer.py" line="90"/>
        <source>Import Notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="70"/>
        <source>Web Annotations JSON (*.json);;All files (*)</source>
        <translation>Web 注释 JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/notes/transfer.py" line="103"/>
        <source>%Ln note(s) in this file are attached to another article: {1}. Copy them into this one (as new notes; those stay where they are)?</source>
        <translation>
            <numerusform>此文件中有 %Ln 条笔记属于另一篇文章：{1}。要把它们复制到这篇文章吗（作为新笔记，原来的保留不变）？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="115"/>
        <source>Nothing was exported: {0} can&apos;t be written: {1}</source>
        <translation>未导出任何内容：无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>the file does not hold a list of annotations</source>
        <translation type="vanished">该文件中没有注释列表</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="92"/>
        <source>Added {0}, skipped {1} already here, {2} not found in this text (listed at the end of the Notes).</source>
        <translation>新增 {0} 条，跳过 {1} 条已有的，{2} 条在本文中找不到（列在笔记末尾）。</translation>
    </message>
    <message>
        <source>{0} notes in this file are attached to another article: {1}. Copy them into this one (as new notes; those stay where they are)?</source>
        <translation type="vanished">此文件中有 {0} 条笔记属于另一篇文章：{1}。要把它们复制到这篇文章吗（作为新笔记，原来的保留不变）？</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/transfer.py" line="110"/>
        <source>Nothing was changed. {0}: {1}</source>
        <translation>未做任何更改。{0}：{1}</translation>
    </message>
</context>
<context>
    <name>OrphanTexts</name>
    <message numerus="yes">
        <location filename="../reader/ui/notes/orphans.py" line="28"/>
        <source>%Ln note(s) or bookmark(s) were not found in this version of the text; they are listed at the end.</source>
        <translation>
            <numerusform>有 %Ln 条笔记或书签在此版本的正文中找不到，已列在末尾。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/notes/orphans.py" line="33"/>
        <source>%Ln note(s) or bookmark(s) are in lines left out of the article (View ▸ Show Removed Lines shows those lines).</source>
        <translation>
            <numerusform>有 %Ln 条笔记或书签位于文章之外的行中（“视图 ▸ 显示已移除的行”可看到这些行）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="109"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="110"/>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="113"/>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="114"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="93"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/dialogs.py" line="97"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../reader/ui/window/read_only.py" line="22"/>
        <source>Notes and bookmarks are off: the notes database could not be opened.</source>
        <translation>笔记和书签已关闭：无法打开笔记数据库。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/read_only.py" line="27"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/read_only.py" line="28"/>
        <source>Notes are read-only: {0}</source>
        <translation>笔记为只读：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/read_only.py" line="36"/>
        <source>Notes off</source>
        <translation>笔记已关闭</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/read_only.py" line="38"/>
        <source>Notes read-only</source>
        <translation>笔记只读</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="20"/>
        <source>{0} does not exist</source>
        <translation>{0} 不存在</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="22"/>
        <source>{0} is a folder, not a file</source>
        <translation>{0} 是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="24"/>
        <source>{0} is a named pipe, not a file</source>
        <translation>{0} 是命名管道，不是文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="26"/>
        <source>{0} is a socket, not a file</source>
        <translation>{0} 是套接字，不是文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="28"/>
        <source>{0} is a device, not a file</source>
        <translation>{0} 是设备，不是文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="30"/>
        <source>{0} is {1} MB; Reader opens files up to {2} MB</source>
        <translation>{0} 有 {1} MB；Reader 只打开不超过 {2} MB 的文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="32"/>
        <source>{0} can&apos;t be read: permission denied</source>
        <translation>无法读取 {0}：没有权限</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="34"/>
        <source>{0} is empty</source>
        <translation>{0} 是空文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="36"/>
        <source>{0} has no text to show</source>
        <translation>{0} 里没有可显示的文字</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="42"/>
        <source>{0} is not {1}: {2} of its {3} characters don&apos;t decode</source>
        <translation>{0} 不是 {1} 编码：{3} 个字符中有 {2} 个无法解码</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="38"/>
        <source>{0} is binary, not text</source>
        <translation>{0} 是二进制文件，不是文本</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="40"/>
        <source>the encoding of {0} isn&apos;t UTF-8, GB18030/GBK, Big5 or UTF-16</source>
        <translation>{0} 的编码不是 UTF-8、GB18030/GBK、Big5 或 UTF-16</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="44"/>
        <source>nothing readable in {0}</source>
        <translation>{0} 里没有可读的内容</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="46"/>
        <source>{0} is a web archive (MHTML) with no web page in it</source>
        <translation>{0} 是网页归档（MHTML），但里面没有网页</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="48"/>
        <source>it is not a JSON array of annotations</source>
        <translation>它不是注释（Web Annotations）的 JSON 数组</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="50"/>
        <source>it is a Markdown export, which can&apos;t be imported: import the JSON export (Export Notes… as JSON)</source>
        <translation>它是 Markdown 格式的导出文件，无法导入：请导入 JSON 格式的导出文件（“导出笔记…”时选择 JSON）</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="52"/>
        <location filename="../reader/ui/common/reasons.py" line="124"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="54"/>
        <source>the link can&apos;t be followed: notes and bookmarks are off</source>
        <translation>无法打开链接：笔记和书签功能已关闭</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="57"/>
        <source>the document of this link ({0}…) is not in your library: open its file in Reader once</source>
        <translation>这个链接的文档（{0}…）不在文库中：请先用 Reader 打开一次它的文件</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="59"/>
        <source>the file of {0} is not known: open it in Reader once</source>
        <translation>不知道 {0} 的文件在哪里：请先用 Reader 打开一次</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="61"/>
        <source>the file of {0} is missing: {1} (if it moved, use Locate… in the library)</source>
        <translation>{0} 的文件不见了：{1}（如果移动过，请在文库中用“查找文件…”）</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="63"/>
        <source>the file of {0} has changed since the link was made</source>
        <translation>{0} 的文件在生成链接之后改动过</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="65"/>
        <source>the file of {0} has changed and no longer has the passage «{1}»</source>
        <translation>{0} 的文件已改动，不再包含这段文字«{1}»</translation>
    </message>
    <message>
        <source>the link&apos;s passage (characters {0} to {1}) is past the end of {2}, which has {3}</source>
        <translation type="vanished">链接所指的文字（第 {0} 至 {1} 个字符）超出了 {2} 的末尾（共 {3} 个字符）</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="70"/>
        <source>it lies past the end of {2}</source>
        <translation>它超出了 {2} 的末尾</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="72"/>
        <source>{0} is not a Reader link</source>
        <translation>{0} 不是 Reader 的链接</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="75"/>
        <source>The notes database is read-only: {0}</source>
        <translation>笔记数据库为只读：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="77"/>
        <source>The notes database is read-only ({0}): can&apos;t add this document</source>
        <translation>笔记数据库为只读（{0}）：无法添加此文档</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="79"/>
        <source>The notes database is read-only</source>
        <translation>笔记数据库为只读</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="81"/>
        <source>the lock file {0} can&apos;t be made: permission denied, or a read-only disk</source>
        <translation>无法创建锁文件 {0}：权限不足，或磁盘为只读</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="83"/>
        <source>the lock file {0} can&apos;t be made: it is a folder</source>
        <translation>无法创建锁文件 {0}：已有同名文件夹</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="85"/>
        <source>the lock file {0} can&apos;t be made: one left by a Reader that ended can&apos;t be removed</source>
        <translation>无法创建锁文件 {0}：已退出的 Reader 留下的锁文件无法删除</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="87"/>
        <source>the lock file {0} can&apos;t be made: the disk is full</source>
        <translation>无法创建锁文件 {0}：磁盘已满</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="89"/>
        <source>the lock file {0} can&apos;t be made: it can&apos;t be written</source>
        <translation>无法创建锁文件 {0}：无法写入</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="91"/>
        <source>{0} is a file, not a folder</source>
        <translation>{0} 是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="93"/>
        <source>the folder {0} can&apos;t be made: {1}</source>
        <translation>无法创建文件夹 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="95"/>
        <source>another Reader window is using them</source>
        <translation>另一个 Reader 窗口正在使用笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="98"/>
        <source>Annotation {0} can&apos;t be imported: {1}</source>
        <translation>第 {0} 条标注无法导入：{1}</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="100"/>
        <source>its target says nowhere where in the text it is (no TextQuoteSelector or TextPositionSelector)</source>
        <translation>其目标未指明位于正文何处（没有 TextQuoteSelector 或 TextPositionSelector）</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="102"/>
        <source>its TextPositionSelector lies outside the text</source>
        <translation>其 TextPositionSelector 超出正文范围</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="104"/>
        <source>its TextQuoteSelector has no exact text</source>
        <translation>其 TextQuoteSelector 没有 exact 文字</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="106"/>
        <source>its TextPositionSelector needs 0 &lt;= start &lt;= end</source>
        <translation>其 TextPositionSelector 须满足 0 &lt;= start &lt;= end</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="108"/>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="110"/>
        <source>The annotations file must hold a JSON array</source>
        <translation>标注文件必须是一个 JSON 数组</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="112"/>
        <source>it is not UTF-8 text ({0})</source>
        <translation>它不是 UTF-8 文本（{0}）</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="117"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="118"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="119"/>
        <location filename="../reader/ui/common/reasons.py" line="120"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="121"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="122"/>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../reader/ui/common/reasons.py" line="123"/>
        <source>a folder has its name</source>
        <translation>已有同名文件夹</translation>
    </message>
</context>
<context>
    <name>RemovedLines</name>
    <message>
        <location filename="../reader/ui/article/removed_lines.py" line="90"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/removed_lines.py" line="105"/>
        <source>&amp;Keep This Line in the Article</source>
        <translation>将此行保留在正文中(&amp;K)</translation>
    </message>
    <message>
        <location filename="../reader/ui/article/removed_lines.py" line="107"/>
        <source>Copy This &amp;Line</source>
        <translation>复制此行(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SectionChart</name>
    <message>
        <location filename="../reader/ui/panels/section_chart.py" line="186"/>
        <source>{title}: {count} characters</source>
        <translation>{title}：{count} 字</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../reader/ui/app/startup.py" line="73"/>
        <source>Another Reader window is using your notes: here they are read-only. Close the other window to edit them.</source>
        <translation>另一个 Reader 窗口正在使用你的笔记：此窗口中的笔记为只读。关闭另一个窗口后即可编辑。</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/startup.py" line="90"/>
        <location filename="../reader/ui/app/startup.py" line="121"/>
        <source>Notes and bookmarks are off: {0}</source>
        <translation>笔记和书签不可用：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/startup.py" line="104"/>
        <source>Notes are read-only.</source>
        <translation>笔记为只读。</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/startup.py" line="112"/>
        <source>Notes are read-only: {0}.</source>
        <translation>笔记为只读：{0}。</translation>
    </message>
    <message>
        <location filename="../reader/ui/app/housekeeping.py" line="124"/>
        <source>Today&apos;s backup of your notes failed: {0}</source>
        <translation>今天的笔记备份失败：{0}</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="72"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation type="vanished">含义</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="73"/>
        <source>Copy with its sentence</source>
        <translation>连同所在句子一起复制</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="141"/>
        <source>Progress</source>
        <translation>阅读进度</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="144"/>
        <source>Length of each section</source>
        <translation>各节篇幅</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="113"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="72"/>
        <source>Subject and context</source>
        <translation>指标与原文</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="77"/>
        <source>Copy All as Table</source>
        <translation>全部复制为表格</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="78"/>
        <source>Export Figures…</source>
        <translation>导出关键数字…</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="79"/>
        <source>Largest First</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="81"/>
        <source>Sort each group by size instead of by order in the text</source>
        <translation>各组按数值大小排序，而不是按文中顺序</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="118"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="165"/>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="166"/>
        <source>Chinese characters</source>
        <translation>汉字数</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="167"/>
        <source>Latin words</source>
        <translation>英文单词</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="168"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="169"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="170"/>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="171"/>
        <source>Time read</source>
        <translation>已读时长</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="172"/>
        <source>Notes and highlights</source>
        <translation>笔记和高亮</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="173"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="178"/>
        <source>No figures quoted in this article.</source>
        <translation>本文没有引用数字。</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="215"/>
        <source>in one sitting</source>
        <translation>共 1 次阅读</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="215"/>
        <source>in {0} sittings</source>
        <translation>分 {0} 次阅读</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="217"/>
        <source>{0} {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>{0} in one sitting</source>
        <translation type="vanished">{0}，一次读完</translation>
    </message>
    <message>
        <source>{0} in {1} sittings</source>
        <translation type="vanished">{0}，分 {1} 次</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="235"/>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="237"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="239"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="247"/>
        <source>finished</source>
        <translation>已读完</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="247"/>
        <source>under a minute left</source>
        <translation>剩余不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="249"/>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="250"/>
        <source>{0}% read · {1}</source>
        <translation>已读 {0}% · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/panels/statistics.py" line="299"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} figures</source>
        <translation type="vanished">{0} 个</translation>
    </message>
    <message>
        <source>1 figure</source>
        <translation type="vanished">1 个</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="308"/>
        <source>×{0}</source>
        <translation>×{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="308"/>
        <source>mention {0}</source>
        <translation>第 {0} 处</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="316"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="317"/>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="318"/>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="319"/>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="320"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="321"/>
        <source>Areas</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/statistics.py" line="322"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message numerus="yes">
        <source>%n correction(s) of the structure no longer find their line (kept: `reader structure FILE` lists them)</source>
        <translation type="vanished">
            <numerusform>有 %n 处结构修改找不到原来的行（已保留：`reader structure 文件` 可列出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="73"/>
        <source>%n correction(s) of the structure no longer find their line; they are kept, for a later version of the file</source>
        <translation>
            <numerusform>有 %n 处结构修改找不到原来的行；修改已保留，留待文件的新版本使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="201"/>
        <source>%Ln similar line(s) — make all level {1} headings?</source>
        <translation>
            <numerusform>还有 %Ln 行格式相同——全部设为 {1} 级标题吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="203"/>
        <source>%Ln similar line(s) — make all body text?</source>
        <translation>
            <numerusform>还有 %Ln 行格式相同——全部改为正文吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} similar lines — make all level {1} headings?</source>
        <translation type="vanished">还有 {0} 行格式相同——全部设为 {1} 级标题吗？</translation>
    </message>
    <message>
        <source>{0} similar lines — make all body text?</source>
        <translation type="vanished">还有 {0} 行格式相同——全部改为正文吗？</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure.py" line="204"/>
        <source>Similar lines</source>
        <translation>格式相同的行</translation>
    </message>
</context>
<context>
    <name>StructureText</name>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="24"/>
        <source>&amp;Structure</source>
        <translation>文章结构(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="27"/>
        <source>Make &amp;Heading</source>
        <translation>设为小标题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="30"/>
        <source>Level &amp;{0}</source>
        <translation>{0} 级(&amp;{0})</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="33"/>
        <source>Make Sub-heading of the Line &amp;Above</source>
        <translation>设为上一行小标题的第二行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="36"/>
        <source>&amp;Not a Heading (Body Text)</source>
        <translation>不是标题（正文）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="39"/>
        <source>Use as &amp;Title</source>
        <translation>设为文章标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="42"/>
        <source>Use as Su&amp;btitle</source>
        <translation>设为副题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="45"/>
        <source>This Is the B&amp;yline</source>
        <translation>这是署名(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="48"/>
        <source>Article &amp;Starts Here</source>
        <translation>正文从这里开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="51"/>
        <source>Article &amp;Ends Here</source>
        <translation>正文到这里结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="54"/>
        <source>&amp;Fold as Disclaimer</source>
        <translation>折叠为免责声明(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="57"/>
        <source>&amp;Promote</source>
        <translation>升级(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="60"/>
        <source>&amp;Demote</source>
        <translation>降级(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="63"/>
        <source>&amp;Reset to Automatic</source>
        <translation>恢复自动识别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/structure_menu.py" line="66"/>
        <source>Reset &amp;All Corrections</source>
        <translation>全部恢复自动识别(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TocPanel</name>
    <message>
        <location filename="../reader/ui/panels/contents.py" line="162"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/contents.py" line="263"/>
        <source>No headings were found in this article.

To make a line a heading, right-click it in the article and choose Structure ▸ Make Heading.</source>
        <translation>本文中没有找到小标题。

要把某一行设为小标题，请在文章中右键单击这一行，选择“文章结构 ▸ 设为小标题”。</translation>
    </message>
    <message>
        <location filename="../reader/ui/panels/contents.py" line="268"/>
        <source>(corrected by you)</source>
        <translation>（已手动修改）</translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message>
        <location filename="../reader/ui/notes/unsaved_banner.py" line="21"/>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../reader/ui/notes/unsaved_banner.py" line="22"/>
        <source>Try again to save the notes kept as drafts</source>
        <translation>再次尝试保存保留为草稿的笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/notes/unsaved_banner.py" line="33"/>
        <source>%Ln unsaved note(s): {1}. They are kept as drafts.</source>
        <translation>
            <numerusform>有 %Ln 条笔记未保存：{1}。它们已保留为草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} unsaved notes: {1}. They are kept as drafts.</source>
        <translation type="vanished">有 {0} 条笔记未保存：{1}。它们已保留为草稿。</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <location filename="../reader/ui/window/texts.py" line="35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="38"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="41"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="44"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="47"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="59"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="62"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="65"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="68"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="71"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="74"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="77"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="80"/>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="83"/>
        <source>Notes exported to {0}</source>
        <translation>笔记已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="86"/>
        <source>Exporting the notes of every article…</source>
        <translation>正在导出全部文章的笔记…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="89"/>
        <source>Unsaved Notes</source>
        <translation>未保存的笔记</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="184"/>
        <source>&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;A desktop reader for long Chinese news and policy articles: contents, statistics and key figures, find, and notes kept on your computer.&lt;/p&gt;&lt;p&gt;Next / previous section: {1} / {2}. All shortcuts: Help ▸ Keyboard Shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;为长篇中文新闻与政策文章设计的桌面阅读器：目录、统计与关键数字、查找，笔记保存在您的电脑上。&lt;/p&gt;&lt;p&gt;下一节 / 上一节：{1} / {2}。全部快捷键：帮助 ▸ 键盘快捷键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} notes could not be saved (their text is still in the Notes panel). Close anyway and lose them?</source>
        <translation type="vanished">有 {0} 条笔记未能保存（文字仍在笔记面板中）。仍要关闭并丢弃它们吗？</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="97"/>
        <source>Unsaved Notes Kept</source>
        <translation>未保存的笔记已保留</translation>
    </message>
    <message>
        <source>{0} notes are kept as drafts in {1} and will be saved next time.</source>
        <translation type="vanished">有 {0} 条笔记以草稿形式保留在 {1} 中，下次启动时会自动保存。</translation>
    </message>
    <message>
        <source>{0} unsaved notes from last time: saved now.</source>
        <translation type="vanished">上次有 {0} 条笔记未保存：现已保存。</translation>
    </message>
    <message>
        <source>{0} unsaved notes from last time: {1} saved, the rest are still kept as drafts.</source>
        <translation type="vanished">上次有 {0} 条笔记未保存：已保存 {1} 条，其余仍保留为草稿。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="112"/>
        <source>No recent articles</source>
        <translation>没有最近打开的文章</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="115"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="123"/>
        <source>Articles ({patterns});;All files (*)</source>
        <translation>文章 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reader can&apos;t open {name}.</source>
        <translation type="vanished">Reader 无法打开 {name}。</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown);;All files (*)</source>
        <translation type="vanished">文章 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="126"/>
        <source>Can&apos;t open the article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <source>Reader can&apos;t open {path}:

{reason}</source>
        <translation type="vanished">Reader 无法打开 {path}：

{reason}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="137"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="146"/>
        <source>Open an article with Ctrl+O, or drop a file here.</source>
        <translation>按 Ctrl+O 打开文章，或将文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="143"/>
        <source>Open an article with Ctrl+O or drop a file here, or choose one in your library (Ctrl+L).</source>
        <translation>按 Ctrl+O 打开文章，或将文件拖放到这里，或在书库中选择一篇（Ctrl+L）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="93"/>
        <source>%Ln note(s) could not be saved (their text is still in the Notes panel). Close anyway and lose them?</source>
        <translation>
            <numerusform>有 %Ln 条笔记未能保存（文字仍在笔记面板中）。仍要关闭并丢弃它们吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="101"/>
        <source>%Ln note(s) are kept as drafts in {1} and will be saved next time.</source>
        <translation>
            <numerusform>有 %Ln 条笔记以草稿形式保留在 {1} 中，下次启动时会自动保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="106"/>
        <source>%Ln unsaved note(s) from last time: saved now.</source>
        <translation>
            <numerusform>上次有 %Ln 条笔记未保存：现已保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="108"/>
        <source>%Ln unsaved note(s) from last time: {1} saved, the rest are still kept as drafts.</source>
        <translation>
            <numerusform>上次有 %Ln 条笔记未保存：已保存 {1} 条，其余仍保留为草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="134"/>
        <source>Reader can&apos;t open {name}: {reason}</source>
        <translation>Reader 无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="149"/>
        <source>Zoom {0}%</source>
        <translation>缩放 {0}%</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="153"/>
        <source>No font for Chinese is installed: text may show as boxes. Install {0} (or Noto Sans CJK / Source Han Sans).</source>
        <translation>未安装中文字体：文字可能显示为方框。请安装 {0}（或思源黑体 Noto Sans CJK / Source Han Sans）。</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="158"/>
        <source>Notes and reading positions are off: {0}</source>
        <translation>笔记和阅读位置不可用：{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="161"/>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="164"/>
        <source>Open this link in your web browser?

{0}</source>
        <translation>在网页浏览器中打开此链接？

{0}</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="167"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="179"/>
        <source>About Reader</source>
        <translation>关于 Reader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;A desktop reader for long Chinese news and policy articles: contents, statistics and key figures, find, and notes kept on your computer.&lt;/p&gt;&lt;p&gt;Next / previous section: Alt+Down / Alt+Up. All shortcuts: Help ▸ Keyboard Shortcuts.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Reader {0}&lt;/h3&gt;&lt;p&gt;为长篇中文新闻与政策文章设计的桌面阅读器：目录、统计与关键数字、查找，笔记保存在您的电脑上。&lt;/p&gt;&lt;p&gt;下一节 / 上一节：Alt+Down / Alt+Up。全部快捷键：帮助 ▸ 键盘快捷键。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="50"/>
        <source>Chinese &amp;Script</source>
        <translation>简繁显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="53"/>
        <source>Converting the article to %1…</source>
        <translation>正在将文章转换为%1…</translation>
    </message>
    <message>
        <location filename="../reader/ui/window/texts.py" line="56"/>
        <source>Can&apos;t show another script: OpenCC is missing (%1)</source>
        <translation>无法以其他字形显示：缺少 OpenCC（%1）</translation>
    </message>
</context>
</TS>
