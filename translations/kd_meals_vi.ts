<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>MealsTab</name>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="16"/>
        <source>Meals and fees</source>
        <translation>Tiền ăn bán trú</translation>
    </message>
    <message>
        <location filename="../kindergarten_desktop/ui/tabs/meals_tab.py" line="17"/>
        <source>Daily meal counts, monthly statements and the market book will appear here.</source>
        <translation>Báo ăn hằng ngày, thông báo tiền ăn hằng tháng và sổ chợ sẽ hiển thị tại đây.</translation>
    </message>
</context>
</TS>
