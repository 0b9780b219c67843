<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="47"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="47"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="47"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="47"/>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="48"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="48"/>
        <source>Father</source>
        <translation>Họ tên cha</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="48"/>
        <source>Mother</source>
        <translation>Họ tên mẹ</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="48"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="76"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="76"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="117"/>
        <source>Search by name (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="145"/>
        <source>No school year yet.</source>
        <translation>Chưa có năm học.</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="148"/>
        <source>%1 (%2 children)</source>
        <translation>%1 (%2 trẻ)</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="153"/>
        <source>More children than the legal maximum of %1 for this age group</source>
        <translation>Vượt sĩ số tối đa %1 trẻ theo Điều lệ cho độ tuổi này</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/roster_tab.py" line="165"/>
        <source>Class %1 — %2 children</source>
        <translation>Lớp %1 — %2 trẻ</translation>
    </message>
</context>
</TS>
