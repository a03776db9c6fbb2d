<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AddIntegrationWizard</name>
    <message>
        <source>Add integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is checked with the ACD before it replaces the one in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The old password is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The old password is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new password with the ACD…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects a cloud ACD to the workforce-management data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. it or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain service name the passwords are kept under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every ACD request to this loopback URL (a fake ACD for testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this PEM certificate for the test endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every screen to PNG files in this folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>This ACD does not provide agent status data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved password was found in the keychain for this integration. Enter it again with Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. ACD Connect keeps passwords only in the system keychain (Secret Service, such as GNOME Keyring or KWallet); start one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ACD Connect (schema %2; this version knows up to %3). Update ACD Connect to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoConnector</name>
    <message>
        <source>Demo ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample queues and 15-minute interval statistics, offline, for trying things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any user name works. The user &quot;agent&quot; shows what happens when the administrator role is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any password works except &quot;wrong&quot;, which shows a failed sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sample queues the demo ACD offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not have the Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditIntegrationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDescriptor</name>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the characters as you type them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and password of a %1 user with the administrator role. The password is kept in your system&apos;s keychain, never in ACD Connect&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that tell ACD Connect where your %1 account is and how to read its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9AgentStates</name>
    <message>
        <source>The agent state report has no column &quot;%1&quot;. Add it to the report in Five9, or choose a report that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the agent state report has an unreadable %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9Call</name>
    <message>
        <source>Five9 is not reachable at %1. Check the region (data centre) and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five9 sent an answer to %1 that is not valid SOAP: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9CallLog</name>
    <message>
        <source>The call log report has no column &quot;%1&quot;. Add it to the report in Five9, or choose a report that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the call log report has an unreadable %2: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9Connector</name>
    <message>
        <source>Five9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills or campaigns as queues, 15-minute interval statistics and agent status data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five9 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and password of a Five9 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known. Choose the time zone of the Five9 domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call log report needs the columns CAMPAIGN and SKILL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Five9 report &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfm.api@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Five9 user with the Administrator and Reporting roles. A user just for this import is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of this Five9 user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your Five9 account is hosted. Ask Five9 support if unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group queues by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign and skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calls make up one queue in the workforce data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone set for your Five9 domain. Five9&apos;s reports use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered within this many seconds count as within service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report folder in Five9 that holds the call log report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the call log report in Five9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report folder in Five9 that holds the agent state report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the agent state report in Five9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9Csv</name>
    <message>
        <source>The report&apos;s CSV ends inside a quoted field that starts on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the report has %2 fields where the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9Job</name>
    <message>
        <source>Five9 did not finish the report in time; the import will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five9 did not start the report &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Five9 report &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Five9Regions</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe, UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe, Frankfurt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEngine</name>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of ACD Connect does not know the ACD type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is saved and the first import has started. It can take up to 15 minutes. You can close this window: the import goes on, and Account › Integrations shows how it is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressView</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing interval statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing agent status data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First import complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of ACD Connect does not know the ACD type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not prepare its queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not save its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval statistics could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationName</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain line breaks, tabs or other invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationRemoval</name>
    <message>
        <source>The password of %1 could not be removed from the keychain, so the integration was kept. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationSetup</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationStore</name>
    <message>
        <source>An integration named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration&apos;s state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import times could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First import running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationsWindow</name>
    <message>
        <source>&amp;Add integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations – ACD Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account › &lt;b&gt;Integrations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations bring queues and statistics from your ACD into the workforce-management data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an integration to import queues and 15-minute interval statistics from your ACD, such as Five9. You need the user name and password of a user with the administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First import of %1 complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its imported queues and statistics are deleted, and its password is removed from the system keychain. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unique name that reflects where the data comes from, for example the ACD and its region or site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkResult</name>
    <message>
        <source>%1 did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the user lacks a permission this needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks us to slow down; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy or has a problem (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted or the connection was tampered with. Check the network, proxy or antivirus settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered unexpectedly: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ACD Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary. Saving signs in to the ACD to check the user, keeps the password in your system&apos;s keychain and starts the first import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the user name and password with %1… (Cancel stops the check.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;user or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain, so nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user does not have the administrator role this needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACD could not be reached. Check the network connection and the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACD&apos;s identity could not be verified (TLS error), so no password was sent. Check the region, or a proxy that intercepts secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACD is busy or limiting requests. Wait a minute and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACD answered in a way ACD Connect did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateDelegate</name>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Choose the type of integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which automatic call distributor (ACD) do the queues and statistics come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
