<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="16"/>
        <source>Monthly focus agenda</source>
        <translation>Kế hoạch trọng tâm tháng</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/agenda_tab.py" line="17"/>
        <source>The school-year plan by month and its calendar will appear here.</source>
        <translation>Kế hoạch năm học theo tháng và lịch sẽ hiển thị tại đây.</translation>
    </message>
</context>
</TS>
