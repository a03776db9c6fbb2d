<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackgroundImports</name>
    <message numerus="yes">
        <source>%n integrations need attention</source>
        <translation>
            <numerusform>%n integration needs attention</numerusform>
            <numerusform>%n integrations need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln queue</numerusform>
            <numerusform>%Ln queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interval row(s)</source>
        <translation>
            <numerusform>%Ln interval row</numerusform>
            <numerusform>%Ln interval rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent state(s)</source>
        <translation>
            <numerusform>%Ln agent state</numerusform>
            <numerusform>%Ln agent states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Five9Call</name>
    <message numerus="yes">
        <source>No answer from Five9 at %1 within %n seconds. Five9 or the network may be down; ACD Connect tries again later.</source>
        <translation>
            <numerusform>No answer from Five9 at %1 within %n second. Five9 or the network may be down; ACD Connect tries again later.</numerusform>
            <numerusform>No answer from Five9 at %1 within %n seconds. Five9 or the network may be down; ACD Connect tries again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessService</name>
    <message numerus="yes">
        <source>%1: trying again in %n seconds: %2</source>
        <translation>
            <numerusform>%1: trying again in %n second: %2</numerusform>
            <numerusform>%1: trying again in %n seconds: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACD Connect %1 running without a window (process %2), database %3, %n integrations.</source>
        <extracomment>%1 the version, %2 a process id, %3 the database file.</extracomment>
        <translation>
            <numerusform>ACD Connect %1 running without a window (process %2), database %3, %n integration.</numerusform>
            <numerusform>ACD Connect %1 running without a window (process %2), database %3, %n integrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: import succeeded, %n rows.</source>
        <translation>
            <numerusform>%1: import succeeded, %n row.</numerusform>
            <numerusform>%1: import succeeded, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: import cancelled, %n rows saved.</source>
        <translation>
            <numerusform>%1: import cancelled, %n row saved.</numerusform>
            <numerusform>%1: import cancelled, %n rows saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: import failed after %n rows: %2</source>
        <translation>
            <numerusform>%1: import failed after %n row: %2</numerusform>
            <numerusform>%1: import failed after %n rows: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping (%1): waiting for %n running imports to finish their current transaction.</source>
        <translation>
            <numerusform>Stopping (%1): waiting for %n running import to finish its current transaction.</numerusform>
            <numerusform>Stopping (%1): waiting for %n running imports to finish their current transaction.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ImportNowCommand</name>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the import of %1 was cancelled; %n rows were saved.</source>
        <translation>
            <numerusform>Stopped: the import of %1 was cancelled; %n row was saved.</numerusform>
            <numerusform>Stopped: the import of %1 was cancelled; %n rows were saved.</numerusform>
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
    <name>IntegrationService</name>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). %1 or the network may be down; try again later.</source>
        <translation>
            <numerusform>No answer from %1 within %n second. %1 or the network may be down; try again later.</numerusform>
            <numerusform>No answer from %1 within %n seconds. %1 or the network may be down; try again later.</numerusform>
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
    <name>SavePage</name>
    <message numerus="yes">
        <source>Checking the user name and password with %1… This takes at most %n second(s); Cancel stops it.</source>
        <extracomment>%1 is the ACD&apos;s name; %n the longest the check can take, in seconds.</extracomment>
        <translation>
            <numerusform>Checking the user name and password with %1… This takes at most %n second; Cancel stops it.</numerusform>
            <numerusform>Checking the user name and password with %1… This takes at most %n seconds; Cancel stops it.</numerusform>
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
    <name>TerminalProgress</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
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
