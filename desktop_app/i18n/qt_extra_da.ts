<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words (file dialog, message-box buttons, text field menus) that Qt's
     qtbase_da lacks or that Qt does not ship at all (Norwegian Bokmal). Loaded after
     qtbase by desktop_app/views/i18n.py; checked by tests/gui/test_qt_own_strings.py. -->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Søg i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
</context>
</TS>
