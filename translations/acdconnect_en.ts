<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportProgressView</name>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written · %1 per second</source>
        <translation>
            <numerusform>%Ln row written · %1 per second</numerusform>
            <numerusform>%Ln rows written · %1 per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written</source>
        <translation>
            <numerusform>%Ln row written</numerusform>
            <numerusform>%Ln rows written</numerusform>
        </translation>
    </message>
</context>
</TS>
