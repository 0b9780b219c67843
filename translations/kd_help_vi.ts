<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>GuideDialog</name>
    <message>
      <source>User guide</source>
      <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
  </context>
</TS>