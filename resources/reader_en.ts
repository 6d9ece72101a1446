<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationState</name>
    <message numerus="yes">
        <source>%Ln note(s) or bookmark(s) were not found in this version of the text; they are listed at the end.</source>
        <translation type="vanished">
            <numerusform>%Ln note or bookmark was not found in this version of the text; it is listed at the end.</numerusform>
            <numerusform>%Ln notes or bookmarks were not found in this version of the text; they are listed at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln note(s) that were kept as drafts.</source>
        <translation type="vanished">
            <numerusform>Saved %Ln note that was kept as a draft.</numerusform>
            <numerusform>Saved %Ln notes that were kept as drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationTexts</name>
    <message numerus="yes">
        <source>%Ln note(s) or bookmark(s) were not found in this version of the text; they are listed at the end.</source>
        <translation type="vanished">
            <numerusform>%Ln note or bookmark was not found in this version of the text; it is listed at the end.</numerusform>
            <numerusform>%Ln notes or bookmarks were not found in this version of the text; they are listed at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/notes/annotation_state.py" line="291"/>
        <source>Saved %Ln note(s) that were kept as drafts.</source>
        <translation>
            <numerusform>Saved %Ln note that was kept as a draft.</numerusform>
            <numerusform>Saved %Ln notes that were kept as drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../reader/ui/library/page.py" line="265"/>
        <source>{0} of %Ln document(s)</source>
        <translation>
            <numerusform>{0} of %Ln document</numerusform>
            <numerusform>{0} of %Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesTransfer</name>
    <message numerus="yes">
        <location filename="../reader/ui/notes/transfer.py" line="103"/>
        <source>%Ln note(s) in this file are attached to another article: {1}. Copy them into this one (as new notes; those stay where they are)?</source>
        <translation>
            <numerusform>%Ln note in this file is attached to another article: {1}. Copy it into this one (as a new note; that one stays where it is)?</numerusform>
            <numerusform>%Ln notes in this file are attached to another article: {1}. Copy them into this one (as new notes; those stay where they are)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrphanTexts</name>
    <message numerus="yes">
        <location filename="../reader/ui/notes/orphans.py" line="28"/>
        <source>%Ln note(s) or bookmark(s) were not found in this version of the text; they are listed at the end.</source>
        <translation>
            <numerusform>%Ln note or bookmark was not found in this version of the text; it is listed at the end.</numerusform>
            <numerusform>%Ln notes or bookmarks were not found in this version of the text; they are listed at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/notes/orphans.py" line="33"/>
        <source>%Ln note(s) or bookmark(s) are in lines left out of the article (View ▸ Show Removed Lines shows those lines).</source>
        <translation>
            <numerusform>%Ln note or bookmark is in lines left out of the article (View ▸ Show Removed Lines shows those lines).</numerusform>
            <numerusform>%Ln notes or bookmarks are in lines left out of the article (View ▸ Show Removed Lines shows those lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message numerus="yes">
        <location filename="../reader/ui/panels/statistics.py" line="299"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="73"/>
        <source>%n correction(s) of the structure no longer find their line; they are kept, for a later version of the file</source>
        <translation>
            <numerusform>%n correction of the structure no longer finds its line; it is kept, for a later version of the file</numerusform>
            <numerusform>%n corrections of the structure no longer find their line; they are kept, for a later version of the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="201"/>
        <source>%Ln similar line(s) — make all level {1} headings?</source>
        <translation>
            <numerusform>%Ln similar line — make it a level {1} heading too?</numerusform>
            <numerusform>%Ln similar lines — make all level {1} headings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/structure.py" line="203"/>
        <source>%Ln similar line(s) — make all body text?</source>
        <translation>
            <numerusform>%Ln similar line — make it body text too?</numerusform>
            <numerusform>%Ln similar lines — make all body text?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message numerus="yes">
        <location filename="../reader/ui/notes/unsaved_banner.py" line="33"/>
        <source>%Ln unsaved note(s): {1}. They are kept as drafts.</source>
        <translation>
            <numerusform>%Ln unsaved note: {1}. It is kept as a draft.</numerusform>
            <numerusform>%Ln unsaved notes: {1}. They are kept as drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="93"/>
        <source>%Ln note(s) could not be saved (their text is still in the Notes panel). Close anyway and lose them?</source>
        <translation>
            <numerusform>%Ln note could not be saved (its text is still in the Notes panel). Close anyway and lose it?</numerusform>
            <numerusform>%Ln notes could not be saved (their text is still in the Notes panel). Close anyway and lose them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="101"/>
        <source>%Ln note(s) are kept as drafts in {1} and will be saved next time.</source>
        <translation>
            <numerusform>%Ln note is kept as a draft in {1} and will be saved next time.</numerusform>
            <numerusform>%Ln notes are kept as drafts in {1} and will be saved next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="106"/>
        <source>%Ln unsaved note(s) from last time: saved now.</source>
        <translation>
            <numerusform>%Ln unsaved note from last time: saved now.</numerusform>
            <numerusform>%Ln unsaved notes from last time: saved now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reader/ui/window/texts.py" line="108"/>
        <source>%Ln unsaved note(s) from last time: {1} saved, the rest are still kept as drafts.</source>
        <translation>
            <numerusform>%Ln unsaved note from last time: {1} saved, the rest are still kept as drafts.</numerusform>
            <numerusform>%Ln unsaved notes from last time: {1} saved, the rest are still kept as drafts.</numerusform>
        </translation>
    </message>
</context>
</TS>
