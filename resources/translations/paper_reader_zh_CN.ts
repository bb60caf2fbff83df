<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>Open Issue Files…</source>
        <translation>打开报纸文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Open Issue Folder…</source>
        <translation>打开报纸文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Export Story…</source>
        <translation>导出文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <source>Save Story as PDF…</source>
        <translation>将文章存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>Print Story…</source>
        <translation>打印文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="90"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="91"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>Copy Story with Citation</source>
        <translation>复制文章及引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Search the Library</source>
        <translation>在报库中搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>Next Search Hit</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="116"/>
        <source>Previous Search Hit</source>
        <translation>上一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="228"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="126"/>
        <source>Previous Story</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="131"/>
        <source>Next Story</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Read On: Page Down, Then Next Story</source>
        <translation>往下读：向下翻屏，读完转下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="142"/>
        <source>Read Back: Page Up, Then Story Before</source>
        <translation>往回读：向上翻屏，到顶转上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="147"/>
        <source>Next Unread Story</source>
        <translation>下一篇未读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="148"/>
        <source>Next Page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="149"/>
        <source>Previous Page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="150"/>
        <source>Next Issue</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="151"/>
        <source>Previous Issue</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="154"/>
        <source>Go to Issue by Date…</source>
        <translation>按日期查看报纸…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="161"/>
        <source>Bookmark This Story</source>
        <translation>收藏这篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169"/>
        <source>Show Bookmarks</source>
        <translation>查看收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="176"/>
        <source>Export Bookmarks…</source>
        <translation>导出收藏…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="183"/>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="191"/>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="199"/>
        <source>Normal Text Size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="207"/>
        <source>Switch Between List and Article</source>
        <translation>在目录和正文之间切换</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="214"/>
        <source>Full-Screen Reading</source>
        <translation>全屏阅读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="221"/>
        <source>Leave Full-Screen Reading</source>
        <translation>退出全屏阅读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="234"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="92"/>
        <source>Export Issue as EPUB…</source>
        <translation>将本期导出为 EPUB…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>Save Issue as PDF…</source>
        <translation>将本期保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="106"/>
        <source>Save Page as PDF…</source>
        <translation>将本版保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="204"/>
        <source>Export Bookmarks as RIS…</source>
        <translation>将收藏导出为 RIS…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="211"/>
        <source>Export Bookmarks as CSL-JSON…</source>
        <translation>将收藏导出为 CSL-JSON…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="218"/>
        <source>Export Bookmarks as Notes to a Folder…</source>
        <translation>将收藏导出为笔记文件夹（Markdown）…</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="34"/>
        <source>issue removed from the library</source>
        <translation>该期报纸已从报库中删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="84"/>
        <source>Remove bookmark “%1”</source>
        <translation>取消收藏“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="116"/>
        <source>Note on this bookmark…</source>
        <translation>为这条收藏写个备注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="119"/>
        <source>No bookmarks yet. Press Ctrl+D or B on a story to keep it.</source>
        <translation>还没有收藏。阅读文章时按 Ctrl+D 或 B 即可收藏。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../reader/ui/exports.py" line="43"/>
        <source>EPUB book (*.epub)</source>
        <translation>EPUB 电子书 (*.epub)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="61"/>
        <source>RIS references (*.ris)</source>
        <translation>RIS 文献 (*.ris)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="64"/>
        <source>CSL-JSON references (*.json)</source>
        <translation>CSL-JSON 文献 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="70"/>
        <source>There are no bookmarks to export.</source>
        <translation>没有可导出的收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="73"/>
        <source>Folder for the Notes</source>
        <translation>选择保存笔记的文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="81"/>
        <source>The notes could not be saved</source>
        <translation>无法保存笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="94"/>
        <source>Open a story first: its issue is what is exported.</source>
        <translation>请先打开一篇文章：导出的是它所在的这一期。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="105"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="110"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="117"/>
        <source>The file could not be saved</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="119"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/exports.py" line="122"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/exports.py" line="83"/>
        <source>%n note(s) saved in %1</source>
        <translation>
            <numerusform>已将 %n 篇笔记保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../reader/ui/help.py" line="22"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="27"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="28"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="72"/>
        <source>%1: could not be imported (%2)</source>
        <translation>%1：无法导入（%2）</translation>
    </message>
</context>
<context>
    <name>IssueCalendar</name>
    <message>
        <location filename="../../reader/ui/calendar.py" line="43"/>
        <source>Go to Issue by Date</source>
        <translation>按日期查看报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="47"/>
        <source>All papers</source>
        <translation>全部报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="90"/>
        <source>Press Enter to open the paper of %1.</source>
        <translation>按回车键打开 %1 的报纸。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="92"/>
        <source>The library has no paper of %1; the marked days have one.</source>
        <translation>报库中没有 %1 的报纸；有报纸的日期已标出。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window.py" line="79"/>
        <location filename="../../reader/ui/window.py" line="582"/>
        <source>Paper Reader</source>
        <translation>读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="109"/>
        <source>Issues</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="110"/>
        <location filename="../../reader/ui/window.py" line="323"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="111"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="127"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="164"/>
        <source>Nothing more that way.</source>
        <translation>已经到头了。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="183"/>
        <source>Bookmark removed (Ctrl+Z brings it back).</source>
        <translation>已取消收藏（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="189"/>
        <source>★ Bookmarked. Ctrl+B lists your bookmarks.</source>
        <translation>★ 已收藏。按 Ctrl+B 查看全部收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="202"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="219"/>
        <source>No more search hits that way.</source>
        <translation>没有更多搜索结果了。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="227"/>
        <source>Text size %1 px</source>
        <translation>字号 %1 像素</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="308"/>
        <source>Story and citation copied.</source>
        <translation>已复制文章及引文。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="321"/>
        <source>There are no bookmarks to export.</source>
        <translation>没有可导出的收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="326"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="326"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="329"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="356"/>
        <source>The file could not be saved</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="349"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="375"/>
        <source>Save Story as PDF</source>
        <translation>将文章存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="377"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="407"/>
        <source>Open Issue Files</source>
        <translation>打开报纸文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="409"/>
        <source>Newspaper pages (*.txt *.htm *.html *.zip);;All files (*)</source>
        <translation>报纸版面 (*.txt *.htm *.html *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="415"/>
        <source>Open Issue Folder</source>
        <translation>打开报纸文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="424"/>
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>正在导入 %n 项…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="439"/>
        <source>Importing %1 of %2: %3…</source>
        <translation>正在导入第 %1 项，共 %2 项：%3…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="456"/>
        <source>Some files could not be opened</source>
        <translation>有些文件无法打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="503"/>
        <source>That story is no longer in the library.</source>
        <translation>这篇文章已不在报库中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="644"/>
        <source>This is the last story.</source>
        <translation>这已是最后一篇。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="645"/>
        <source>This is the first story.</source>
        <translation>这已是第一篇。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="646"/>
        <source>Every story has been read.</source>
        <translation>所有文章都已读过。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="647"/>
        <source>This is the last page.</source>
        <translation>这已是最后一版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="648"/>
        <source>This is the first page.</source>
        <translation>这已是第一版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="649"/>
        <source>This is the last issue.</source>
        <translation>这已是最后一期。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="650"/>
        <source>This is the first issue.</source>
        <translation>这已是第一期。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="651"/>
        <source>Nothing to go back to.</source>
        <translation>没有可后退的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="652"/>
        <source>Nothing to go forward to.</source>
        <translation>没有可前进的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="724"/>
        <source>%n issue(s) imported</source>
        <translation>已导入 %n 期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="727"/>
        <source>%n already in the library</source>
        <translation>%n 期已在报库中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="730"/>
        <source>%n could not be opened</source>
        <translation>%n 个无法打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="733"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="734"/>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="240"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="241"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="242"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="243"/>
        <source>&amp;Bookmarks</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="244"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="245"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="25"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="24"/>
        <source>As the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="25"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="26"/>
        <source>Sepia</source>
        <translation>护眼米黄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="27"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="30"/>
        <source>Serif (Song / Ming)</source>
        <translation>衬线体（宋体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="31"/>
        <source>Sans serif (Hei)</source>
        <translation>无衬线体（黑体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="43"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="57"/>
        <source>The interface language changes when Paper Reader starts again.</source>
        <translation>界面语言将在下次启动“读报”时更改。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="62"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="63"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="64"/>
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="65"/>
        <source>Line spacing:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="66"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/ui/search.py" line="160"/>
        <source>Search the library (Ctrl+F)</source>
        <translation>搜索报库（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search.py" line="265"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="267"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="269"/>
        <location filename="../../reader/ui/search.py" line="341"/>
        <source>Type words in the search box; hits appear here.</source>
        <translation>在搜索框中输入词语，结果会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="293"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="302"/>
        <source>All papers</source>
        <translation>全部报纸</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="358"/>
        <source>%n story(s) found for “%1”.</source>
        <translation>
            <numerusform>找到 %n 篇含“%1”的文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="360"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到含“%1”的文章。</translation>
    </message>
</context>
</TS>
