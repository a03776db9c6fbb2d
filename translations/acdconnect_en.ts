<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>MappingService</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not mapped yet.</source>
        <translation>
            <numerusform>%n user is not mapped yet.</numerusform>
            <numerusform>%n users are not mapped yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) not mapped yet.</source>
        <translation>
            <numerusform>%n activity is not mapped yet.</numerusform>
            <numerusform>%n activities are not mapped yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>%1 (%n new)</source>
        <translation>
            <numerusform>%1 (%n new)</numerusform>
            <numerusform>%1 (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsTab</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A first import from %1 can reach back up to %n days.</source>
        <translation>
            <numerusform>A first import from %1 can reach back up to %n day.</numerusform>
            <numerusform>A first import from %1 can reach back up to %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersMappingView</name>
    <message numerus="yes">
        <source>The %n selected user(s) are the agent:</source>
        <translation>
            <numerusform>The %n selected user is the agent:</numerusform>
            <numerusform>The %n selected users are the agent:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadsWindow</name>
    <message numerus="yes">
        <source>%n queue(s) leave the workload &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n queue leaves the workload &quot;%1&quot;.</numerusform>
            <numerusform>%n queues leave the workload &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n queue(s) to the workload &quot;%1&quot;?</source>
        <translation>
            <numerusform>Assign %n queue to the workload &quot;%1&quot;?</numerusform>
            <numerusform>Assign %n queues to the workload &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) assigned to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n queue assigned to &quot;%1&quot;.</numerusform>
            <numerusform>%n queues assigned to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them moved from another workload.</source>
        <translation>
            <numerusform>%n of them moved from another workload.</numerusform>
            <numerusform>%n of them moved from another workload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) removed from their workload.</source>
        <translation>
            <numerusform>%n queue removed from its workload.</numerusform>
            <numerusform>%n queues removed from their workload.</numerusform>
        </translation>
    </message>
</context>
</TS>
