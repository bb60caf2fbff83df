<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../reader/ui/help.py" line="57"/>
        <source>Reads newspaper issues story by story: the paper got from its e-paper site, saved pages, text dumps.</source>
        <translation>逐篇阅读报纸：从数字报网站获取的报纸、保存的网页、文本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="62"/>
        <source>Library: %1</source>
        <translation>报库：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="66"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>Open Issue Files…</source>
        <translation>打开报纸文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>Open Issue Folder…</source>
        <translation>打开报纸文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>Export Story…</source>
        <translation>导出文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="94"/>
        <source>Save Story as PDF…</source>
        <translation>将文章存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>Print Story…</source>
        <translation>打印文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="134"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="135"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="162"/>
        <source>Copy Story with Citation</source>
        <translation>复制文章及引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="169"/>
        <source>Search the Library</source>
        <translation>在报库中搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="176"/>
        <source>Next Search Hit</source>
        <translation>下一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="184"/>
        <source>Previous Search Hit</source>
        <translation>上一个搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="324"/>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="190"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>Get Paper…</source>
        <translation>获取报纸…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>Stop Importing</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Export Issue as EPUB…</source>
        <translation>将本期导出为 EPUB…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>Save Issue as PDF…</source>
        <translation>将本期保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="129"/>
        <source>Save Page as PDF…</source>
        <translation>将本版保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="138"/>
        <source>Mark Page as Read</source>
        <translation>将本版标为已读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="146"/>
        <source>Mark Issue as Read</source>
        <translation>将本期标为已读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="154"/>
        <source>Remove Issue from Library</source>
        <translation>从报库中移除本期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="191"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="194"/>
        <source>Previous Story</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="199"/>
        <source>Next Story</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="203"/>
        <source>Read On: Page Down, Then Next Story</source>
        <translation>往下读：向下翻屏，读完转下一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="210"/>
        <source>Read Back: Page Up, Then Story Before</source>
        <translation>往回读：向上翻屏，到顶转上一篇</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="215"/>
        <source>Next Unread Story</source>
        <translation>下一篇未读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="216"/>
        <source>Next Page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="217"/>
        <source>Previous Page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="218"/>
        <source>Next Issue</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="219"/>
        <source>Previous Issue</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="222"/>
        <source>Go to Issue by Date…</source>
        <translation>按日期查看报纸…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="229"/>
        <source>Bookmark This Story</source>
        <translation>收藏这篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="237"/>
        <source>Show Bookmarks</source>
        <translation>查看收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="244"/>
        <source>Export Bookmarks…</source>
        <translation>导出收藏…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="251"/>
        <source>Export Bookmarks as RIS…</source>
        <translation>将收藏导出为 RIS…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="258"/>
        <source>Export Bookmarks as CSL-JSON…</source>
        <translation>将收藏导出为 CSL-JSON…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="265"/>
        <source>Export Bookmarks as Notes to a Folder…</source>
        <translation>将收藏导出为笔记文件夹（Markdown）…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="272"/>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="280"/>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="288"/>
        <source>Normal Text Size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="296"/>
        <source>Printed Page or Text</source>
        <translation>版面或正文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="303"/>
        <source>Switch Between List and Article</source>
        <translation>在目录和正文之间切换</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="310"/>
        <source>Full-Screen Reading</source>
        <translation>全屏阅读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="317"/>
        <source>Leave Full-Screen Reading</source>
        <translation>退出全屏阅读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="330"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="332"/>
        <source>About Paper Reader</source>
        <translation>关于读报</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="135"/>
        <source>Paper Reader is already open on this library but does not answer. Close it, or end it if it hangs, and start again.</source>
        <translation>“读报”已经打开了这个报库，但没有响应。请关闭它（如果卡住了就强制结束），然后重新启动。</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="35"/>
        <source>issue removed from the library</source>
        <translation>该期报纸已从报库中删除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="103"/>
        <source>Note on this bookmark…</source>
        <translation>为这条收藏写个备注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bookmarks.py" line="106"/>
        <source>No bookmarks yet. Press Ctrl+D or B on a story to keep it.</source>
        <translation>还没有收藏。阅读文章时按 Ctrl+D 或 B 即可收藏。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="26"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="27"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="28"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="29"/>
        <source>the file is too large (%1 MB)</source>
        <translation>文件太大（%1 MB）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="30"/>
        <source>the file is too large to be a newspaper page</source>
        <translation>文件太大，不像是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="31"/>
        <source>this is not a file that can be read (a device, pipe or socket)</source>
        <translation>这不是可以读取的文件（是设备、管道或套接字）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="34"/>
        <source>the text is too long to be one issue</source>
        <translation>文本太长，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="35"/>
        <source>an article in it is longer than any newspaper prints</source>
        <translation>其中有一篇文章比任何报纸刊登的都长</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="36"/>
        <source>this is a binary file, not a newspaper page</source>
        <translation>这是二进制文件，不是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="37"/>
        <source>the text encoding is not recognised (tried UTF-8, UTF-16, GB18030 and Big5)</source>
        <translation>无法识别文字编码（已尝试 UTF-8、UTF-16、GB18030 和 Big5）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="41"/>
        <source>the file starts with a %1 mark but is not %2</source>
        <translation>文件以 %1 标记开头，但内容不是 %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="42"/>
        <source>this does not look like newspaper text</source>
        <translation>这看起来不像报纸文字</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="43"/>
        <source>this does not look like newspaper text (it is full of control characters)</source>
        <translation>这看起来不像报纸文字（满是控制字符）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="46"/>
        <source>this does not look like newspaper text (the characters make no words)</source>
        <translation>这看起来不像报纸文字（字符连不成词句）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="49"/>
        <source>no articles found in the text</source>
        <translation>文字中没有找到文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="50"/>
        <source>no article was found in this page</source>
        <translation>这个网页中没有找到文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="51"/>
        <source>no newspaper pages were found in it</source>
        <translation>其中没有找到报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="52"/>
        <source>no newspaper pages were found in it (%1: %2)</source>
        <translation>其中没有找到报纸版面（%1：%2）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="53"/>
        <source>it holds %1 issues (%2), not one; import it to keep them all</source>
        <translation>其中有 %1 期报纸（%2），不止一期；请导入以全部保存</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="56"/>
        <source>the text encoding is not recognised: read as GB18030 or Big5 it makes no Chinese, and it is not Japanese or Korean either (save the file as UTF-8)</source>
        <translation>无法识别文本编码：按 GB18030 或 Big5 读不出中文，也不是日文或韩文（请把文件另存为 UTF-8）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="61"/>
        <source>the page is too large to be a newspaper page</source>
        <translation>网页太大，不像是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="62"/>
        <source>the page has too many elements to be a newspaper page</source>
        <translation>网页元素太多，不像是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="63"/>
        <source>the page is nested too deeply to be a newspaper page</source>
        <translation>网页嵌套太深，不像是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="64"/>
        <source>the page holds too many articles to be a newspaper page</source>
        <translation>网页中的文章太多，不像是报纸版面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="65"/>
        <source>the folder holds too many pages to be one issue</source>
        <translation>文件夹中的版面太多，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="66"/>
        <source>the PDF cannot be opened (%1)</source>
        <translation>无法打开这个 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="67"/>
        <source>the PDF holds no pages</source>
        <translation>这个 PDF 中没有页面</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="68"/>
        <source>the PDF has too many pages to be one issue</source>
        <translation>这个 PDF 的页数太多，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="69"/>
        <source>the folder is too large to be one issue</source>
        <translation>文件夹太大，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="70"/>
        <source>the archive holds too many files to be one issue</source>
        <translation>压缩包中的文件太多，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="71"/>
        <source>the archive unpacks to too much to be one issue</source>
        <translation>压缩包解压后太大，不像是一期报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="72"/>
        <source>the zip archive is damaged (%1)</source>
        <translation>zip 压缩包已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="73"/>
        <source>sizes do not match</source>
        <translation>大小不符</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="74"/>
        <source>the zip archive uses an unknown method (%1)</source>
        <translation>zip 压缩包使用了未知的压缩方式（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="75"/>
        <source>the zip archive is password-protected</source>
        <translation>zip 压缩包有密码保护</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="76"/>
        <source>could not be stored (%1)</source>
        <translation>无法存入报库（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="78"/>
        <source>%1 could not be read, so the site&apos;s rules are unknown: %2</source>
        <translation>无法读取 %1，因此不知道该网站的规则：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="79"/>
        <source>%1 of %2 is not out yet.</source>
        <translation>%1 %2 的报纸还没有出版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="80"/>
        <source>%1 of %2 is not online (%3): not published yet, or older than the site keeps.</source>
        <translation>%1 %2 的报纸不在网上（%3）：还没有出版，或者早于网站保留的期限。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="84"/>
        <source>%1 is not online (%2): not published yet, or older than the site keeps.</source>
        <translation>%1 不在网上（%2）：还没有出版，或者早于网站保留的期限。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="87"/>
        <source>No paper is called %1; the known papers are: %2.</source>
        <translation>没有名为 %1 的报纸；已知的报纸有：%2。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="88"/>
        <source>%1 links to no pages or articles: it is not the front page of an e-paper</source>
        <translation>%1 没有指向任何版面或文章的链接：它不是数字报的首页</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="91"/>
        <source>%1; nothing was fetched</source>
        <translation>%1；什么也没有获取</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="92"/>
        <source>the site&apos;s robots.txt does not allow fetching it</source>
        <translation>网站的 robots.txt 不允许获取它</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="97"/>
        <source>the site did not answer in time</source>
        <translation>网站没有及时回应</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="98"/>
        <source>the site cannot be reached (%1)</source>
        <translation>无法连接到网站（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="99"/>
        <source>the site answered %1</source>
        <translation>网站回应 %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="94"/>
        <source>the site did not answer in time (%1 tries)</source>
        <translation>网站没有及时回应（试了 %1 次）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="95"/>
        <source>the site cannot be reached (%1) (%2 tries)</source>
        <translation>无法连接到网站（%1）（试了 %2 次）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="96"/>
        <source>the site answered %1 (%2 tries)</source>
        <translation>网站回应 %1（试了 %2 次）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="100"/>
        <source>the site asks for a login (%1)</source>
        <translation>网站要求登录（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="101"/>
        <source>the site refused it (%1)</source>
        <translation>网站拒绝了请求（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="102"/>
        <source>the site asks us to slow down (%1)</source>
        <translation>网站要求放慢速度（%1）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="103"/>
        <source>the site redirects to another host (%1); not followed</source>
        <translation>网站转向另一个主机（%1）；没有跟随</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="104"/>
        <source>the site redirects too many times</source>
        <translation>网站转向的次数太多</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="106"/>
        <source>The library is open read-only because its folder or file cannot be written to: you can read, but nothing can be saved (bookmarks, imports).</source>
        <translation>报库文件夹或文件无法写入，报库以只读方式打开：可以阅读，但无法保存任何内容（收藏、导入）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="111"/>
        <source>The library %1 cannot be opened: %2</source>
        <translation>无法打开报库 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="112"/>
        <source>it is damaged, and its folder is read-only, so it cannot be restored.</source>
        <translation>报库已损坏，而其文件夹是只读的，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="115"/>
        <source>it needs updating for this version, and its folder is read-only.</source>
        <translation>报库需要为本版本升级，而其文件夹是只读的。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="118"/>
        <source>The library folder %1 cannot be created: %2</source>
        <translation>无法创建报库文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="119"/>
        <source>The library folder %1 cannot be written to, and there is no library in it yet.</source>
        <translation>报库文件夹 %1 无法写入，其中也还没有报库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="123"/>
        <source>This library was written by a newer version of Paper Reader (schema %1; this version knows %2). Please update Paper Reader.</source>
        <translation>这个报库由更新版本的“读报”写入（结构版本 %1；本版本只认识 %2）。请升级“读报”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="128"/>
        <source>The library could not be updated for this version of Paper Reader (%1); it was left as it was.</source>
        <translation>无法为本版本“读报”升级报库（%1）；报库保持原样未动。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="133"/>
        <source>The library could not be changed: the disk is full or cannot be written (%1). Nothing stored before was lost; make some room and try again.</source>
        <translation>无法修改报库：磁盘已满或无法写入（%1）。之前保存的内容都没有丢失；请腾出空间后再试。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="138"/>
        <source>The library could not be changed: %1.</source>
        <translation>无法修改报库：%1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="139"/>
        <source>The library is busy in another window; please try again.</source>
        <translation>报库正在另一个窗口中使用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="140"/>
        <source>Today&apos;s backup of the library could not be made: %1.</source>
        <translation>今天的报库备份未能完成：%1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="141"/>
        <source>The library was damaged; it was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation>报库已损坏，已从 %1 的备份恢复。损坏的文件保留为 %2。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="146"/>
        <source>The library was damaged and no backup could be used; a new, empty library was started. The damaged file was kept as %1.</source>
        <translation>报库已损坏，且没有可用的备份；已新建一个空报库。损坏的文件保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="151"/>
        <source>%1 bookmark(s) were recovered from the damaged file.</source>
        <translation>已从损坏的文件中找回 %1 条收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="152"/>
        <source>There is no article %1 in the library.</source>
        <translation>报库中没有文章 %1。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="153"/>
        <source>There is no issue %1 in the library (`issues` lists them).</source>
        <translation>报库中没有编号为 %1 的一期（`issues` 命令列出报库中的各期）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="154"/>
        <source>The issue %1 has no page %2.</source>
        <translation>%1 没有第 %2 版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="155"/>
        <source>The article %1 is not bookmarked.</source>
        <translation>文章 %1 没有被收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="156"/>
        <source>This is not a bookmarks file: an entry has no article key.</source>
        <translation>这不是收藏文件：有一条记录没有文章编号。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="157"/>
        <source>The search “%1” cannot be run: %2</source>
        <translation>无法执行搜索“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="158"/>
        <source>“%1” is not a date: write it as 2026-03-12, 2026-03 or 2026.</source>
        <translation>“%1”不是日期：请写成 2026-03-12、2026-03 或 2026 的形式。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="162"/>
        <source>%1: %2 (%3).%4</source>
        <translation>%1：%2（%3）。%4</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="163"/>
        <source>%1: already in the library from a fuller source (%2); this copy was not stored.</source>
        <translation>%1：库中已有更完整的来源（%2），这一份未保存。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="167"/>
        <source>%1 folder(s) imported before and not changed since are left as they are; the import goes on from there.</source>
        <translation>%1 个文件夹此前已导入且未改动，保持原样；导入从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="172"/>
        <source>A restore of the library was interrupted, and its note %1 cannot be read (%2). The library was left as it is.</source>
        <translation>上次恢复报库时被中断，其记录 %1 无法读取（%2）。报库保持原样。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="177"/>
        <source>The file %1 is not a Paper Reader library.</source>
        <translation>文件 %1 不是读报的报库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="178"/>
        <source>The library %1 has not been updated for this version yet.</source>
        <translation>报库 %1 尚未为此版本更新。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="179"/>
        <source>The library could not be backed up before updating it for this version of Paper Reader (%1); it was left as it was. Make some room and try again.</source>
        <translation>为此版本读报更新报库之前无法备份（%1），报库保持原样。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="184"/>
        <source>The search index is damaged, and the library is read-only: it cannot be made again here.</source>
        <translation>搜索索引已损坏，而报库是只读的：无法在此重建索引。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="188"/>
        <source>The story “%1” is damaged in the library (%2 cannot be read). Import its issue again to repair it.</source>
        <translation>报库中的文章“%1”已损坏（%2 无法读取）。请重新导入这一期以修复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="193"/>
        <source>There is no library in %1 yet.</source>
        <translation>%1 中还没有报库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="195"/>
        <source>This article&apos;s text was not saved: the imported page only lists its title. Open the article&apos;s own page file and import it to read it.</source>
        <translation>这篇文章没有保存正文：导入的版面只列出了标题。请打开这篇文章自己的网页文件再导入。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/core_messages.py" line="200"/>
        <source>Picture not saved</source>
        <translation>图片未保存</translation>
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
        <location filename="../../reader/ui/exports.py" line="102"/>
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
    <message numerus="yes">
        <location filename="../../reader/ui/exports.py" line="83"/>
        <source>%n note(s) saved in %1</source>
        <translation>
            <numerusform>已将 %n 篇笔记保存到 %1</numerusform>
        </translation>
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
</context>
<context>
    <name>GetPaperDialog</name>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="77"/>
        <source>Get Paper</source>
        <translation>获取报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="85"/>
        <source>or the address of a front page</source>
        <translation>或输入报纸首页的网址</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="97"/>
        <source>Get</source>
        <translation>获取</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="105"/>
        <source>Paper:</source>
        <translation>报纸：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="107"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="130"/>
        <source>Choose a paper, or give the address of a front page.</source>
        <translation>请选择一份报纸，或输入报纸首页的网址。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="138"/>
        <source>Asking the site…</source>
        <translation>正在访问网站…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="144"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="156"/>
        <source>Page %1 of %2, %n articles so far</source>
        <translation>
            <numerusform>第 %1 版，共 %2 版，已获取 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="171"/>
        <source>Got %1 %2: %3, %4.</source>
        <translation>已获取 %1 %2：%3，%4。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="174"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 个版面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="175"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/get_paper.py" line="165"/>
        <source>Stopped. Getting it again goes on from here.</source>
        <translation>已停止。再次获取时会从这里继续。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../reader/ui/help.py" line="28"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="33"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="34"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="162"/>
        <source>%1: reading it stopped the import</source>
        <translation>%1：读取它时导入意外中止</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="163"/>
        <source>%1: not imported, the import stopped before it</source>
        <translation>%1：未导入，导入在此之前已中止</translation>
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="164"/>
        <source>%1: the import stopped inside it; import it again to go on from there</source>
        <translation>%1：导入在其中途停止；再导入一次即可从停下处继续</translation>
    </message>
</context>
<context>
    <name>IssueCalendar</name>
    <message>
        <location filename="../../reader/ui/calendar.py" line="44"/>
        <source>Go to Issue by Date</source>
        <translation>按日期查看报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="80"/>
        <source>All papers</source>
        <translation>全部报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="110"/>
        <source>Press Enter to open the paper of %1.</source>
        <translation>按回车键打开 %1 的报纸。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/calendar.py" line="112"/>
        <source>The library has no paper of %1; the marked days have one.</source>
        <translation>报库中没有 %1 的报纸；有报纸的日期已标出。</translation>
    </message>
</context>
<context>
    <name>IssueListCommands</name>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="49"/>
        <source>Choose a page of an issue in the list first.</source>
        <translation>请先在列表中选择一期报纸的一个版面。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="54"/>
        <source>Every story there has been read.</source>
        <translation>那里的文章都已读过。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/issue_list.py" line="57"/>
        <source>%n stories marked as read</source>
        <translation>
            <numerusform>已将 %n 篇文章标为已读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="59"/>
        <source>%1 (Ctrl+Z marks them unread again).</source>
        <translation>%1（按 Ctrl+Z 可恢复为未读）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="67"/>
        <source>Choose an issue in the list first.</source>
        <translation>请先在列表中选择一期报纸。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="75"/>
        <source>Remove issue “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/issue_list.py" line="77"/>
        <source>“%1” was removed from the library (Ctrl+Z brings it back).</source>
        <translation>已从报库中移除“%1”（按 Ctrl+Z 可恢复）。</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="344"/>
        <source>Without a paper name</source>
        <translation>未署报名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="346"/>
        <source>Without a date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/sidebar.py" line="205"/>
        <source>%n unread stories</source>
        <translation>
            <numerusform>%n 篇未读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window.py" line="810"/>
        <source>Paper Reader</source>
        <translation>读报</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="138"/>
        <source>Issues</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="139"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="140"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="169"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="304"/>
        <source>Nothing more that way.</source>
        <translation>已经到头了。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="322"/>
        <source>Bookmark removed (Ctrl+Z brings it back).</source>
        <translation>已取消收藏（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="325"/>
        <source>★ Bookmarked. Ctrl+B lists your bookmarks.</source>
        <translation>★ 已收藏。按 Ctrl+B 查看全部收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="330"/>
        <source>Remove bookmark “%1”</source>
        <translation>取消收藏“%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="342"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="359"/>
        <source>No more search hits that way.</source>
        <translation>没有更多搜索结果了。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="367"/>
        <source>Text size %1 px</source>
        <translation>字号 %1 像素</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="446"/>
        <source>Open Issue Files</source>
        <translation>打开报纸文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="454"/>
        <source>Open Issue Folder</source>
        <translation>打开报纸文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="463"/>
        <source>Importing %n items…</source>
        <translation>
            <numerusform>正在导入 %n 项…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="521"/>
        <source>%n issues imported</source>
        <translation>
            <numerusform>已导入 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="491"/>
        <source>Importing %1 of %2: %3…</source>
        <translation>正在导入第 %1 项，共 %2 项：%3…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="448"/>
        <source>Newspaper pages (*.txt *.htm *.html *.pdf *.zip);;All files (*)</source>
        <translation>报纸版面 (*.txt *.htm *.html *.pdf *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="505"/>
        <source>Import stopped.</source>
        <translation>导入已停止。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="509"/>
        <source>Some files could not be opened</source>
        <translation>有些文件无法打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="578"/>
        <source>That story is no longer in the library.</source>
        <translation>这篇文章已不在报库中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="775"/>
        <source>This is the last story.</source>
        <translation>这已是最后一篇。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="776"/>
        <source>This is the first story.</source>
        <translation>这已是第一篇。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="777"/>
        <source>Every story has been read.</source>
        <translation>所有文章都已读过。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="778"/>
        <source>This is the last page.</source>
        <translation>这已是最后一版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="779"/>
        <source>This is the first page.</source>
        <translation>这已是第一版。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="780"/>
        <source>This is the last issue.</source>
        <translation>这已是最后一期。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="781"/>
        <source>This is the first issue.</source>
        <translation>这已是第一期。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="782"/>
        <source>Nothing to go back to.</source>
        <translation>没有可后退的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="783"/>
        <source>Nothing to go forward to.</source>
        <translation>没有可前进的文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="523"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 期已在报库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="525"/>
        <source>%n could not be opened</source>
        <translation>
            <numerusform>%n 个无法打开</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="528"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window.py" line="528"/>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="337"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="338"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="339"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="340"/>
        <source>&amp;Bookmarks</source>
        <translation>收藏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="341"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="342"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../reader/ui/page_view.py" line="119"/>
        <source>This page has no picture or PDF. Its articles:</source>
        <translation>这一版没有版面图，也没有 PDF。这一版的文章：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/page_view.py" line="302"/>
        <source>The printed page could not be opened. Its articles:</source>
        <translation>无法打开这一版的版面。这一版的文章：</translation>
    </message>
</context>
<context>
    <name>PictureWindow</name>
    <message>
        <location filename="../../reader/ui/picture_window.py" line="24"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="24"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="31"/>
        <source>As the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="32"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="33"/>
        <source>Sepia</source>
        <translation>护眼米黄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="34"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="37"/>
        <source>Serif (Song / Ming)</source>
        <translation>衬线体（宋体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="38"/>
        <source>Sans serif (Hei)</source>
        <translation>无衬线体（黑体）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="52"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="66"/>
        <source>The interface language changes when Paper Reader starts again.</source>
        <translation>界面语言将在下次启动“读报”时更改。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="77"/>
        <source>Paper Reader gets the day&apos;s issue of the papers ticked here once a day: when it starts, or once it has been open past this hour.</source>
        <translation>读报每天获取一次这里勾选的报纸的当天一期：在启动时，或者在开着的窗口过了这个钟点时。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="85"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="86"/>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="87"/>
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="88"/>
        <source>Line spacing:</source>
        <translation>行距：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="89"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="91"/>
        <source>Get these papers every day:</source>
        <translation>每天获取这些报纸：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="92"/>
        <source>From:</source>
        <translation>每天几点起：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="38"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="39"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="40"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="36"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/i18n.py" line="37"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="41"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../reader/ui/i18n.py" line="42"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/ui/search_box.py" line="17"/>
        <source>Search the library (Ctrl+F)</source>
        <translation>搜索报库（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search.py" line="158"/>
        <source>The search failed; the log file in the library folder says why.</source>
        <translation>搜索出错；原因记录在报库文件夹的日志文件中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="257"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="259"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="261"/>
        <location filename="../../reader/ui/search.py" line="334"/>
        <source>Type words in the search box; hits appear here.</source>
        <translation>在搜索框中输入词语，结果会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="286"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="295"/>
        <source>All papers</source>
        <translation>全部报纸</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="351"/>
        <source>%n stories found for “%1”.</source>
        <translation>
            <numerusform>找到 %n 篇含“%1”的文章。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/search.py" line="353"/>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到含“%1”的文章。</translation>
    </message>
</context>
<context>
    <name>StoryOutput</name>
    <message>
        <location filename="../../reader/ui/output.py" line="48"/>
        <source>Story and citation copied.</source>
        <translation>已复制文章及引文。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="59"/>
        <source>There are no bookmarks to export.</source>
        <translation>没有可导出的收藏。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="61"/>
        <source>Bookmarks</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="64"/>
        <source>Export Bookmarks</source>
        <translation>导出书签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="79"/>
        <source>Save Story as PDF</source>
        <translation>将文章存为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="81"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="66"/>
        <location filename="../../reader/ui/output.py" line="108"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文档 (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="108"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="111"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="135"/>
        <source>The file could not be saved</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/output.py" line="140"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <location filename="../../reader/ui/welcome.py" line="20"/>
        <source>Your library is empty</source>
        <translation>报库还是空的</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="53"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="60"/>
        <source>Get today&apos;s paper from its e-paper site with %1: choose the paper and the day, and the issue is kept here to read.</source>
        <translation>用 %1 从数字报网站获取当天的报纸：选好报纸和日期，这一期就会保存在这里供你阅读。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="64"/>
        <source>Or open pages you have saved (text dumps, saved e-paper pages, a folder or a .zip of them) with %1 or %2, or drop them on this window.</source>
        <translation>也可以用 %1 或 %2 打开你保存的版面（文本、保存的数字报网页，或装有它们的文件夹、.zip 压缩包），或直接把它们拖到这个窗口上。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/welcome.py" line="69"/>
        <source>F1 lists every key.</source>
        <translation>按 F1 查看所有快捷键。</translation>
    </message>
</context>
</TS>
