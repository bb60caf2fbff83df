<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Exports</name>
    <message numerus="yes">
        <location filename="../../reader/ui/exports.py" line="83"/>
        <source>%n note(s) saved in %1</source>
        <translation>
            <numerusform>%n note saved in %1</numerusform>
            <numerusform>%n notes saved in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetPaperDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="156"/>
        <source>Page %1 of %2, %n articles so far</source>
        <translation>
            <numerusform>Page %1 of %2, %n article so far</numerusform>
            <numerusform>Page %1 of %2, %n articles so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="174"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/get_paper.py" line="175"/>
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueListCommands</name>
    <message numerus="yes">
        <location filename="../../reader/ui/issue_list.py" line="57"/>
        <source>%n stories marked as read</source>
        <translation>
            <numerusform>%n story marked as read</numerusform>
            <numerusform>%n stories marked as read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message numerus="yes">
        <location filename="../../reader/ui/sidebar.py" line="205"/>
        <source>%n unread stories</source>
        <translation>
            <numerusform>%n unread story</numerusform>
            <numerusform>%n unread stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="463"/>
        <source>Importing %n items…</source>
        <translation>
            <numerusform>Importing %n item…</numerusform>
            <numerusform>Importing %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="521"/>
        <source>%n issues imported</source>
        <translation>
            <numerusform>%n issue imported</numerusform>
            <numerusform>%n issues imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="523"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/window.py" line="525"/>
        <source>%n could not be opened</source>
        <translation>
            <numerusform>%n could not be opened</numerusform>
            <numerusform>%n could not be opened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../reader/ui/search.py" line="351"/>
        <source>%n stories found for “%1”.</source>
        <translation>
            <numerusform>%n story found for “%1”.</numerusform>
            <numerusform>%n stories found for “%1”.</numerusform>
        </translation>
    </message>
</context>
</TS>
