<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>ActivitiesMappingView</name>
    <message>
        <source>This ACD does not import agent status data, so its activities need no mapping.</source>
        <translation>Questo ACD non importa dati sullo stato degli agenti, quindi le sue attività non vanno associate.</translation>
    </message>
    <message>
        <source>Unmapped on&amp;ly</source>
        <translation>Solo &amp;non associate</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>A&amp;bbina</translation>
    </message>
    <message>
        <source>Add activit&amp;y…</source>
        <translation>A&amp;ggiungi attività…</translation>
    </message>
    <message>
        <source>Every state and reason code counts as &quot;Present&quot; until you choose its activity. The most frequent come first.</source>
        <translation>Ogni stato e codice motivo conta come &quot;Presente&quot; finché non ne scegli l&apos;attività. I più frequenti sono in cima.</translation>
    </message>
    <message>
        <source>State, reason code or activity</source>
        <translation>Stato, codice motivo o attività</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Cerca attività</translation>
    </message>
    <message>
        <source>Show only activities not mapped yet</source>
        <translation>Mostra solo le attività non ancora associate</translation>
    </message>
    <message>
        <source>States and reason codes of the ACD</source>
        <translation>Stati e codici motivo dell&apos;ACD</translation>
    </message>
    <message>
        <source>Activity for the selected states and reason codes</source>
        <translation>Attività per gli stati e i codici motivo selezionati</translation>
    </message>
    <message>
        <source>Map the selected states and reason codes</source>
        <translation>Abbina gli stati e i codici motivo selezionati</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Aggiungi un&apos;attività</translation>
    </message>
    <message>
        <source>State or reason code</source>
        <translation>Stato o codice motivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occorrenze</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Cer&amp;ca:</translation>
    </message>
    <message>
        <source>Cou&amp;nt selected as:</source>
        <translation>Consi&amp;dera i selezionati come:</translation>
    </message>
    <message>
        <source>Present (default)</source>
        <translation>Presente (predefinita)</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Name of the new activity, for every integration:</source>
        <translation>Nome della nuova attività, valida per tutte le integrazioni:</translation>
    </message>
</context>
<context>
    <name>AddIntegrationWizard</name>
    <message>
        <source>Add integration</source>
        <translation>Aggiungi integrazione</translation>
    </message>
    <message>
        <source>&amp;Save integration</source>
        <translation>&amp;Salva integrazione</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>AgentStateWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import could not prepare its queries</source>
        <translation>L&apos;importazione non è riuscita a preparare le sue query</translation>
    </message>
    <message>
        <source>The users and activities of the ACD could not be read</source>
        <translation>Non è stato possibile leggere gli utenti e le attività dell&apos;ACD</translation>
    </message>
    <message>
        <source>The users of the ACD could not be saved</source>
        <translation>Non è stato possibile salvare gli utenti dell&apos;ACD</translation>
    </message>
    <message>
        <source>The activities of the ACD could not be saved</source>
        <translation>Non è stato possibile salvare le attività dell&apos;ACD</translation>
    </message>
    <message>
        <source>The agent states could not be saved</source>
        <translation>Non è stato possibile salvare gli stati degli agenti</translation>
    </message>
    <message>
        <source>The import could not save its progress</source>
        <translation>L&apos;importazione non è riuscita a salvare il suo avanzamento</translation>
    </message>
    <message>
        <source>The import could not write to the database</source>
        <translation>L&apos;importazione non ha potuto scrivere nel database</translation>
    </message>
    <message>
        <source>The import could not be recorded: %1</source>
        <translation>Non è stato possibile registrare l&apos;importazione: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundImports</name>
    <message>
        <source>importing %1, %2</source>
        <extracomment>The tray icon&apos;s tooltip. %1 an integration&apos;s name, %2 a percentage (&quot;42%&quot;).</extracomment>
        <translation>importazione di %1, %2</translation>
    </message>
    <message>
        <source>next import %1</source>
        <extracomment>The tray icon&apos;s tooltip. %1 a time, or a date and time when not today.</extracomment>
        <translation>prossima importazione %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The tray icon&apos;s tooltip: the program&apos;s name, a dash, what it is doing.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n integrations need attention</source>
        <translation>
            <numerusform>%n integrazione richiede attenzione</numerusform>
            <numerusform>%n integrazioni richiedono attenzione</numerusform>
        </translation>
    </message>
    <message>
        <source>ACD Connect keeps importing</source>
        <translation>ACD Connect continua a importare</translation>
    </message>
    <message>
        <source>The imports go on as scheduled while ACD Connect runs in the system tray. Click its icon to open the window; choose Quit in its menu to stop.</source>
        <translation>Le importazioni proseguono come pianificato mentre ACD Connect resta nell&apos;area di notifica. Fai clic sulla sua icona per aprire la finestra; scegli Esci nel suo menu per fermarlo.</translation>
    </message>
    <message>
        <source>Stop the imports?</source>
        <translation>Fermare le importazioni?</translation>
    </message>
    <message>
        <source>ACD Connect imports only while it runs, and this desktop has no system tray to keep it in once the window is closed.</source>
        <translation>ACD Connect importa solo mentre è in esecuzione, e questo desktop non ha un&apos;area di notifica in cui tenerlo una volta chiusa la finestra.</translation>
    </message>
    <message>
        <source>Quit to stop the scheduled imports until ACD Connect is started again (an import that is running resumes from where it stopped), or keep importing with the window minimised.</source>
        <translation>Esci per fermare le importazioni pianificate fino al prossimo avvio di ACD Connect (un&apos;importazione in corso riprende da dove si era fermata), oppure continua a importare con la finestra ridotta a icona.</translation>
    </message>
    <message>
        <source>&amp;Stop imports and quit</source>
        <translation>&amp;Ferma le importazioni ed esci</translation>
    </message>
    <message>
        <source>&amp;Keep importing, minimise the window</source>
        <translation>&amp;Continua a importare, riduci la finestra a icona</translation>
    </message>
    <message>
        <source>An import of %1 is running (%2).</source>
        <extracomment>%1 an integration&apos;s name, %2 a percentage (&quot;42%&quot;).</extracomment>
        <translation>È in corso un&apos;importazione di %1 (%2).</translation>
    </message>
    <message>
        <source>Imports of %1 are running.</source>
        <extracomment>%1 the integrations&apos; names, separated by commas.</extracomment>
        <translation>Sono in corso importazioni di %1.</translation>
    </message>
    <message>
        <source>Quit anyway? It resumes from where it stopped at the next start.</source>
        <translation>Uscire comunque? Riprenderà da dove si è fermata al prossimo avvio.</translation>
    </message>
    <message>
        <source>Quit anyway? They resume from where they stopped at the next start.</source>
        <translation>Uscire comunque? Riprenderanno da dove si sono fermate al prossimo avvio.</translation>
    </message>
    <message>
        <source>Quit ACD Connect?</source>
        <translation>Uscire da ACD Connect?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;Open ACD Connect</source>
        <translation>&amp;Apri ACD Connect</translation>
    </message>
    <message>
        <source>&amp;Import all now</source>
        <translation>&amp;Importa tutto ora</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password of %1</source>
        <translation>Cambia password di %1</translation>
    </message>
    <message>
        <source>The new password is checked with the ACD before it replaces the one in the system keychain.</source>
        <translation>La nuova password viene verificata con l&apos;ACD prima di sostituire quella nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Cancelled. The old password is still in use.</source>
        <translation>Operazione annullata. La vecchia password è ancora in uso.</translation>
    </message>
    <message>
        <source>%1 The old password is still in use.</source>
        <translation>%1 La vecchia password è ancora in uso.</translation>
    </message>
    <message>
        <source>Checking the new password with the ACD…</source>
        <translation>Verifica della nuova password con l&apos;ACD…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects a cloud ACD to the workforce-management data.</source>
        <translation>Collega un ACD cloud ai dati di workforce management.</translation>
    </message>
    <message>
        <source>Language of the user interface, e.g. it or en.</source>
        <translation>Lingua dell&apos;interfaccia utente, ad es. it o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>The database file to use.</source>
        <translation>Il file di database da usare.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>The keychain service name the passwords are kept under.</source>
        <translation>Il nome del servizio del portachiavi di sistema in cui sono conservate le password.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Send every ACD request to this loopback URL (a fake ACD for testing).</source>
        <translation>Invia ogni richiesta all&apos;ACD a questo URL di loopback (un ACD fittizio per i test).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust this PEM certificate for the test endpoint.</source>
        <translation>Considera attendibile questo certificato PEM per l&apos;endpoint di test.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Render every screen to PNG files in this folder, then quit.</source>
        <translation>Salva ogni schermata come file PNG in questa cartella, poi esci.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Impossibile leggere un certificato da %1.</translation>
    </message>
    <message>
        <source>acdconnect --help lists the options.</source>
        <translation>acdconnect --help elenca le opzioni.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codici di uscita:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>another error, e.g. the database cannot be opened</source>
        <translation>un altro errore, ad esempio il database non si apre</translation>
    </message>
    <message>
        <source>the command line cannot be used</source>
        <translation>la riga di comando non è utilizzabile</translation>
    </message>
    <message>
        <source>the ACD refused the user name or password</source>
        <translation>l&apos;ACD ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <source>the integration needs the admin (a role, a setting, paused)</source>
        <translation>l&apos;integrazione richiede l&apos;amministratore (un ruolo, un&apos;impostazione, in pausa)</translation>
    </message>
    <message>
        <source>the ACD could not be reached now; a later try may work</source>
        <translation>l&apos;ACD non è raggiungibile ora; un tentativo successivo potrebbe riuscire</translation>
    </message>
    <message>
        <source>no integration has that name</source>
        <translation>nessuna integrazione ha quel nome</translation>
    </message>
    <message>
        <source>no keychain, or it is locked</source>
        <translation>nessun portachiavi, oppure è bloccato</translation>
    </message>
    <message>
        <source>another acdconnect is using the database (its process is named)</source>
        <translation>un altro acdconnect sta usando il database (il suo processo viene indicato)</translation>
    </message>
    <message>
        <source>stopped by SIGINT or SIGTERM</source>
        <translation>fermato da SIGINT o SIGTERM</translation>
    </message>
    <message>
        <source>Print the integrations with their state, last and next import, then quit. Works while another instance runs.</source>
        <translation>Stampa le integrazioni con stato, ultima e prossima importazione, poi esce. Funziona anche mentre un&apos;altra istanza è in esecuzione.</translation>
    </message>
    <message>
        <source>With --list: print a JSON array, for scripts.</source>
        <translation>Con --list: stampa un array JSON, per gli script.</translation>
    </message>
    <message>
        <source>Import this integration now, without a window, then quit.</source>
        <translation>Importa ora questa integrazione, senza finestra, poi esce.</translation>
    </message>
    <message>
        <source>Run the scheduled imports without a window until stopped (SIGTERM), e.g. as a systemd user service. Messages go to standard error.</source>
        <translation>Esegue le importazioni pianificate senza finestra finché non viene fermato (SIGTERM), ad esempio come servizio utente di systemd. I messaggi vanno sullo standard error.</translation>
    </message>
    <message>
        <source>Use only one of --list, --import-now, --headless and --screenshots.</source>
        <translation>Usa una sola tra --list, --import-now, --headless e --screenshots.</translation>
    </message>
    <message>
        <source>--json goes with --list.</source>
        <translation>--json va usato con --list.</translation>
    </message>
    <message>
        <source>--schedule-seconds needs a whole number of seconds above 0.</source>
        <translation>--schedule-seconds richiede un numero intero di secondi maggiore di 0.</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>This ACD does not provide agent status data.</source>
        <translation>Questo ACD non fornisce dati di stato degli agenti.</translation>
    </message>
</context>
<context>
    <name>ConnectorJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Operazione annullata.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved password was found in the keychain for this integration. Enter it again with Change password.</source>
        <translation>Nel portachiavi di sistema non c&apos;è una password salvata per questa integrazione. Inseriscila di nuovo con Cambia password.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keychain (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso. Sblocca il portachiavi (ad esempio GNOME Keyring o KWallet) e riprova.</translation>
    </message>
    <message>
        <source>No keychain is available. ACD Connect keeps passwords only in the system keychain (Secret Service, such as GNOME Keyring or KWallet); start one and try again.</source>
        <translation>Portachiavi di sistema non disponibile. ACD Connect conserva le password solo nel portachiavi di sistema (Secret Service, come GNOME Keyring o KWallet); avviane uno e riprova.</translation>
    </message>
    <message>
        <source>The keychain did not accept the request; it may be locked. Unlock your keychain (for example GNOME Keyring or KWallet) and try again. The keychain said: %1</source>
        <translation>Il portachiavi non ha accettato la richiesta; potrebbe essere bloccato. Sbloccalo (ad esempio GNOME Keyring o KWallet) e riprova. Messaggio del portachiavi: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The keychain entry&apos;s label: the program, then the integration&apos;s name.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ACD Connect (schema %2; this version knows up to %3). Update ACD Connect to open it; the file was left unchanged.</source>
        <translation>Il database %1 è stato scritto da una versione più recente di ACD Connect (schema %2; questa versione arriva fino al %3). Aggiorna ACD Connect per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Could not update the database to schema %1: %2</source>
        <translation>Impossibile aggiornare il database allo schema %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an ACD Connect database (%2). Start ACD Connect with --database and the right file, or restore the database from a backup. The file was left unchanged.</source>
        <translation>Il file %1 non è un database di ACD Connect (%2). Avvia ACD Connect con --database e il file giusto, oppure ripristina il database da un backup. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>ACD Connect cannot read the database %1 (%2). Give your user permission to read and write it, then start ACD Connect again. The file was left unchanged.</source>
        <translation>ACD Connect non riesce a leggere il database %1 (%2). Dai al tuo utente il permesso di leggerlo e scriverlo, poi avvia di nuovo ACD Connect. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup, or start ACD Connect with --database and another file. The file was left unchanged.</source>
        <translation>Il database %1 è danneggiato (%2). Ripristinalo da un backup, oppure avvia ACD Connect con --database e un altro file. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>an SQLite database of another program</source>
        <translation>un database SQLite di un altro programma</translation>
    </message>
    <message>
        <source>ACD Connect cannot write to the database %1: the file is read-only. Give your user permission to write to it, then start ACD Connect again. The file was left unchanged.</source>
        <translation>ACD Connect non può scrivere nel database %1: il file è di sola lettura. Dai al tuo utente il permesso di scriverlo, poi avvia di nuovo ACD Connect. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>ACD Connect cannot write to the folder %1, which holds the database %2 and the files SQLite keeps beside it. Give your user permission to write to the folder, then start ACD Connect again. Nothing was changed.</source>
        <translation>ACD Connect non può scrivere nella cartella %1, che contiene il database %2 e i file che SQLite tiene accanto a esso. Dai al tuo utente il permesso di scrivere nella cartella, poi avvia di nuovo ACD Connect. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>ACD Connect could not make the folder %1 for its database.</source>
        <translation>ACD Connect non è riuscito a creare la cartella %1 per il suo database.</translation>
    </message>
    <message>
        <source>ACD Connect cannot write to the database %1. Give your user permission to write to it and its folder, then start ACD Connect again.</source>
        <translation>ACD Connect non può scrivere nel database %1. Dai al tuo utente il permesso di scrivere nel file e nella sua cartella, poi avvia di nuovo ACD Connect.</translation>
    </message>
    <message>
        <source>Could not read the schema version of the database %1: %2</source>
        <translation>Non è stato possibile leggere la versione dello schema del database %1: %2</translation>
    </message>
    <message>
        <source>Could not update the name keys of the integrations: %1</source>
        <translation>Non è stato possibile aggiornare le chiavi dei nomi delle integrazioni: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is in use by another ACD Connect (the lock file %2 could not be read). Only one program writes a database at a time.</source>
        <translation>Il database %1 è in uso da un altro ACD Connect (non è stato possibile leggere il file di blocco %2). Un solo programma alla volta scrive in un database.</translation>
    </message>
    <message>
        <source>The database %1 is in use by process %2 (%3) on %4. Only one program writes a database at a time: use that one, or stop it first.</source>
        <extracomment>%1 the database file, %2 a process id, %3 the program&apos;s name, %4 a host name.</extracomment>
        <translation>Il database %1 è in uso dal processo %2 (%3) su %4. Un solo programma alla volta scrive in un database: usa quello, oppure fermalo prima.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Could not create the lock file %1: permission denied.</source>
        <translation>Non è stato possibile creare il file di blocco %1: permesso negato.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1.</source>
        <translation>Non è stato possibile creare il file di blocco %1.</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln coda</numerusform>
            <numerusform>%Ln code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interval row(s)</source>
        <translation>
            <numerusform>%Ln riga di intervallo</numerusform>
            <numerusform>%Ln righe di intervallo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent state(s)</source>
        <translation>
            <numerusform>%Ln stato agente</numerusform>
            <numerusform>%Ln stati agente</numerusform>
        </translation>
    </message>
    <message>
        <source>What was imported is deleted: %1. Its password is removed from the system keychain. This cannot be undone.</source>
        <extracomment>%1 lists the counts, e.g. &quot;12 queues, 4,032 interval rows and 800 agent states&quot;.</extracomment>
        <translation>Quanto importato verrà eliminato: %1. La password verrà rimossa dal portachiavi di sistema. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Its imported queues and statistics are deleted, and its password is removed from the system keychain. This cannot be undone.</source>
        <translation>Le code e le statistiche importate verranno eliminate e la password verrà rimossa dal portachiavi di sistema. L&apos;operazione non si può annullare.</translation>
    </message>
</context>
<context>
    <name>DemoConnector</name>
    <message>
        <source>Demo ACD</source>
        <translation>ACD demo</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Any password works except &quot;wrong&quot;, which shows a failed sign-in.</source>
        <translation>Qualsiasi password è valida tranne &quot;wrong&quot;, che simula un accesso non riuscito.</translation>
    </message>
    <message>
        <source>How many sample queues the demo ACD offers.</source>
        <translation>Quante code di esempio offre l&apos;ACD demo.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; does not have the Administrator role.</source>
        <translation>L&apos;utente &quot;%1&quot; non ha il ruolo di amministratore.</translation>
    </message>
    <message>
        <source>Sample queues, 15-minute interval statistics and agent status data, offline, for trying things out.</source>
        <translation>Code di esempio, statistiche a intervalli di 15 minuti e dati sullo stato degli agenti, offline, per fare delle prove.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>Any user name works. The user &quot;agent&quot; shows what happens when the Administrator role is missing.</source>
        <translation>Qualsiasi nome utente è valido. L&apos;utente &quot;agent&quot; mostra cosa succede quando manca il ruolo di amministratore.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Number of &amp;queues</source>
        <translation>Numero di &amp;code</translation>
    </message>
</context>
<context>
    <name>EditIntegrationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Nome dell&apos;integrazione</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Replace the data imported so far?</source>
        <translation>Sostituire i dati importati finora?</translation>
    </message>
    <message>
        <source>Changing %1 changes how the imported data is organised. The queues and statistics imported so far are deleted and imported again with the new settings, starting with a first import.</source>
        <translation>La modifica di %1 cambia l&apos;organizzazione dei dati importati. Le code e le statistiche importate finora vengono eliminate e importate di nuovo con le nuove impostazioni, a partire da una prima importazione.</translation>
    </message>
    <message>
        <source>&amp;Replace and import again</source>
        <translation>&amp;Sostituisci e importa di nuovo</translation>
    </message>
    <message>
        <source>Checking the new settings with the ACD…</source>
        <translation>Verifica delle nuove impostazioni con l&apos;ACD…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Operazione annullata. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Assign the new queues to workloads again after the first import.</source>
        <translation>Dopo la prima importazione assegna di nuovo le nuove code ai carichi di lavoro.</translation>
    </message>
</context>
<context>
    <name>FieldDescriptor</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Inserisci un numero intero.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Inserisci un numero da %1 a %2.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Scegli una delle opzioni.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Questo campo è obbligatorio.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Questo valore non è valido.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>Show the characters as you type them</source>
        <translation>Mostra i caratteri mentre li digiti</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facoltativo)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Impostazioni a&amp;vanzate</translation>
    </message>
    <message>
        <source>Settings that most accounts can leave as they are</source>
        <translation>Impostazioni che di solito puoi lasciare invariate</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Accedi a %1</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Dettagli %1</translation>
    </message>
    <message>
        <source>Settings that tell ACD Connect where your %1 account is and how to read its data.</source>
        <translation>Impostazioni che indicano ad ACD Connect dove si trova il tuo account %1 e come leggerne i dati.</translation>
    </message>
    <message>
        <source>Enter the user name and password of a %1 user with the Administrator role. The password is kept in your system&apos;s keychain, never in ACD Connect&apos;s files.</source>
        <translation>Inserisci il nome utente e la password di un utente %1 con il ruolo di amministratore. La password è conservata nel portachiavi di sistema, mai nei file di ACD Connect.</translation>
    </message>
</context>
<context>
    <name>Five9AgentStates</name>
    <message>
        <source>The agent state report has no column &quot;%1&quot;. Add it to the report in Five9, or choose a report that has it.</source>
        <translation>Il report degli stati degli agenti non ha la colonna &quot;%1&quot;. Aggiungila al report in Five9 oppure scegli un report che la contiene.</translation>
    </message>
    <message>
        <source>Row %1 of the agent state report has an unreadable %2.</source>
        <translation>Nella riga %1 del report degli stati degli agenti il campo %2 non è leggibile.</translation>
    </message>
</context>
<context>
    <name>Five9Call</name>
    <message>
        <source>Five9 is not reachable at %1. Check the region (data centre) and the network connection.</source>
        <translation>Five9 non è raggiungibile all&apos;indirizzo %1. Controlla l&apos;area geografica (data center) e la connessione di rete.</translation>
    </message>
    <message>
        <source>Five9 sent an answer to %1 that is not valid SOAP: %2</source>
        <translation>La risposta di Five9 a %1 non è un messaggio SOAP valido: %2</translation>
    </message>
    <message>
        <source>The Five9 user &quot;%1&quot; lacks the role %2. Give the user this role in Five9&apos;s VCC Administrator, or enter another user.</source>
        <translation>All&apos;utente Five9 &quot;%1&quot; manca il ruolo %2. Assegna questo ruolo all&apos;utente in VCC Administrator di Five9 oppure inserisci un altro utente.</translation>
    </message>
    <message>
        <source>Five9 says the domain used up its request quota (%1); the import will try again later.</source>
        <translation>Secondo Five9 il dominio ha esaurito la quota di richieste (%1); l&apos;importazione riproverà più tardi.</translation>
    </message>
    <message>
        <source>Five9 is busy (%1); try again later.</source>
        <translation>Five9 è occupato (%1); riprova più tardi.</translation>
    </message>
    <message>
        <source>Five9 answered: %1</source>
        <translation>Risposta di Five9: %1</translation>
    </message>
    <message numerus="yes">
        <source>No answer from Five9 at %1 within %n seconds. Five9 or the network may be down; ACD Connect tries again later.</source>
        <translation>
            <numerusform>Nessuna risposta da Five9 su %1 entro %n secondo. Five9 o la rete potrebbero non funzionare; ACD Connect riprova più tardi.</numerusform>
            <numerusform>Nessuna risposta da Five9 su %1 entro %n secondi. Five9 o la rete potrebbero non funzionare; ACD Connect riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Five9&apos;s answer to %1 is larger than %2 MB, more than ACD Connect reads in one piece, so it stopped reading it. Check the data centre (region) and any proxy in between; if both are right, tell ACD Connect&apos;s support.</source>
        <translation>La risposta di Five9 a %1 supera %2 MB, più di quanto ACD Connect legga in una volta, quindi ha smesso di leggerla. Controlla il data center (regione) e un eventuale proxy intermedio; se entrambi sono corretti, contatta l&apos;assistenza di ACD Connect.</translation>
    </message>
    <message>
        <source>Five9 answered %1 with a web page (%2), not SOAP: Five9 may be down for maintenance, or a proxy answered in its place. ACD Connect tries again later.</source>
        <translation>Five9 ha risposto a %1 con una pagina web (%2), non SOAP: Five9 potrebbe essere in manutenzione, oppure ha risposto un proxy al suo posto. ACD Connect riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>Five9CallLog</name>
    <message>
        <source>The call log report &quot;%1&quot; in the folder &quot;%2&quot; has no column %3.</source>
        <translation>Il report del registro chiamate &quot;%1&quot; nella cartella &quot;%2&quot; non ha la colonna %3.</translation>
    </message>
    <message>
        <source>The call log report &quot;%1&quot; in the folder &quot;%2&quot; has no columns %3.</source>
        <translation>Il report del registro chiamate &quot;%1&quot; nella cartella &quot;%2&quot; non ha le colonne %3.</translation>
    </message>
    <message>
        <source>In Five9&apos;s reporting, save a copy of this report (for example as &quot;Call Log with Skills&quot; in a shared folder), add the column %1 to the copy, and enter the copy&apos;s folder and name in this integration&apos;s settings.</source>
        <translation>Nella reportistica di Five9 salva una copia di questo report (ad esempio come &quot;Call Log with Skills&quot; in una cartella condivisa), aggiungi alla copia la colonna %1 e indica cartella e nome della copia nelle impostazioni di questa integrazione.</translation>
    </message>
    <message>
        <source>In Five9&apos;s reporting, save a copy of this report (for example as &quot;Call Log with Skills&quot; in a shared folder), add the columns %1 to the copy, and enter the copy&apos;s folder and name in this integration&apos;s settings.</source>
        <translation>Nella reportistica di Five9 salva una copia di questo report (ad esempio come &quot;Call Log with Skills&quot; in una cartella condivisa), aggiungi alla copia le colonne %1 e indica cartella e nome della copia nelle impostazioni di questa integrazione.</translation>
    </message>
    <message>
        <source>In Five9&apos;s reporting, add the column %1 to the report &quot;%2&quot; in the folder &quot;%3&quot;.</source>
        <translation>Nella reportistica di Five9 aggiungi la colonna %1 al report &quot;%2&quot; nella cartella &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>In Five9&apos;s reporting, add the columns %1 to the report &quot;%2&quot; in the folder &quot;%3&quot;.</source>
        <translation>Nella reportistica di Five9 aggiungi le colonne %1 al report &quot;%2&quot; nella cartella &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Or choose grouping by campaign, which needs no SKILL column.</source>
        <translation>Oppure scegli il raggruppamento per campagna, che non richiede la colonna SKILL.</translation>
    </message>
</context>
<context>
    <name>Five9CallLog::Aggregator</name>
    <message>
        <source>Row %1 of the call log report has %2 fields where the header has %3.</source>
        <translation>La riga %1 del report del registro chiamate ha %2 campi, mentre l&apos;intestazione ne ha %3.</translation>
    </message>
    <message>
        <source>Row %1 of the call log report has an unreadable %2: &quot;%3&quot;.</source>
        <translation>La riga %1 del report del registro chiamate ha un valore %2 illeggibile: &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>Five9Connector</name>
    <message>
        <source>Five9</source>
        <translation>Five9</translation>
    </message>
    <message>
        <source>Skills or campaigns as queues, 15-minute interval statistics and agent status data.</source>
        <translation>Skill o campagne come code, statistiche per intervallo di 15 minuti e dati di stato degli agenti.</translation>
    </message>
    <message>
        <source>Five9 (%1)</source>
        <translation>Five9 (%1)</translation>
    </message>
    <message>
        <source>Enter the user name and password of a Five9 user.</source>
        <translation>Inserisci il nome utente e la password di un utente Five9.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known. Choose the time zone of the Five9 domain.</source>
        <translation>Il fuso orario &quot;%1&quot; non è noto. Scegli il fuso orario del dominio Five9.</translation>
    </message>
    <message>
        <source>The call log report needs the columns CAMPAIGN and SKILL.</source>
        <translation>Il report del registro chiamate deve contenere le colonne CAMPAIGN e SKILL.</translation>
    </message>
    <message>
        <source>wfm.api@example.com</source>
        <translation>wfm.api@example.com</translation>
    </message>
    <message>
        <source>A Five9 user with the Administrator and Reporting roles. A user just for this import is best.</source>
        <translation>Un utente Five9 con i ruoli Administrator e Reporting. Meglio un utente dedicato a questa importazione.</translation>
    </message>
    <message>
        <source>The password of this Five9 user.</source>
        <translation>La password di questo utente Five9.</translation>
    </message>
    <message>
        <source>Where your Five9 account is hosted. Ask Five9 support if unsure.</source>
        <translation>Dove è ospitato il tuo account Five9. In caso di dubbi chiedi al supporto Five9.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Campaign and skill</source>
        <translation>Campagna e skill</translation>
    </message>
    <message>
        <source>Which calls make up one queue in the workforce data.</source>
        <translation>Quali chiamate formano una coda nei dati di workforce management.</translation>
    </message>
    <message>
        <source>The time zone set for your Five9 domain. Five9&apos;s reports use it.</source>
        <translation>Il fuso orario impostato per il tuo dominio Five9, usato dai report di Five9.</translation>
    </message>
    <message>
        <source>Calls answered within this many seconds count as within service level.</source>
        <translation>Le chiamate con risposta entro questi secondi rientrano nel livello di servizio.</translation>
    </message>
    <message>
        <source>The report folder in Five9 that holds the call log report.</source>
        <translation>La cartella dei report in Five9 che contiene il report del registro chiamate.</translation>
    </message>
    <message>
        <source>The name of the call log report in Five9.</source>
        <translation>Il nome del report del registro chiamate in Five9.</translation>
    </message>
    <message>
        <source>The report folder in Five9 that holds the agent state report.</source>
        <translation>La cartella dei report in Five9 che contiene il report degli stati degli agenti.</translation>
    </message>
    <message>
        <source>The name of the agent state report in Five9.</source>
        <translation>Il nome del report degli stati degli agenti in Five9.</translation>
    </message>
    <message>
        <source>This grouping needs the SKILL column, which Five9&apos;s stock Call Log report does not have. In Five9, copy the Call Log report, add the SKILL column and save the copy as &quot;%1&quot; in the folder &quot;%2&quot;.</source>
        <extracomment>%1 is a report name, %2 a report folder, both as in Five9 (e.g. &quot;Shared Reports&quot;).</extracomment>
        <translation>Questo raggruppamento richiede la colonna SKILL, che il report standard Call Log di Five9 non ha. In Five9 crea una copia del report Call Log, aggiungi la colonna SKILL e salva la copia come &quot;%1&quot; nella cartella &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Data centre</source>
        <translation>&amp;Data center</translation>
    </message>
    <message>
        <source>&amp;Group queues by</source>
        <translation>&amp;Raggruppa code per</translation>
    </message>
    <message>
        <source>Time &amp;zone of the domain</source>
        <translation>Fuso &amp;orario del dominio</translation>
    </message>
    <message>
        <source>Service &amp;level (seconds)</source>
        <translation>&amp;Livello di servizio (secondi)</translation>
    </message>
    <message>
        <source>Call log &amp;folder</source>
        <translation>Cartella registro c&amp;hiamate</translation>
    </message>
    <message>
        <source>Call log &amp;report</source>
        <translation>R&amp;eport registro chiamate</translation>
    </message>
    <message>
        <source>Agent s&amp;tate folder</source>
        <translation>Cartella stati a&amp;genti</translation>
    </message>
    <message>
        <source>Agent state rep&amp;ort</source>
        <translation>Report s&amp;tati agenti</translation>
    </message>
</context>
<context>
    <name>Five9CsvReader</name>
    <message>
        <source>The report&apos;s CSV ends inside a quoted field that starts on line %1.</source>
        <translation>Il CSV del report termina all&apos;interno di un campo tra virgolette che inizia alla riga %1.</translation>
    </message>
    <message>
        <source>Row %1 of the report has %2 fields where the header has %3.</source>
        <translation>La riga %1 del report ha %2 campi, mentre l&apos;intestazione ne ha %3.</translation>
    </message>
</context>
<context>
    <name>Five9Job</name>
    <message>
        <source>The Five9 report &quot;%1&quot; could not be read. %2</source>
        <translation>Impossibile leggere il report Five9 &quot;%1&quot;. %2</translation>
    </message>
</context>
<context>
    <name>Five9Regions</name>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>US</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Europe (UK)</source>
        <translation>Europa (Regno Unito)</translation>
    </message>
    <message>
        <source>Europe, UK</source>
        <translation>Europa, UK</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>Europa (Francoforte)</translation>
    </message>
    <message>
        <source>Europe, Frankfurt</source>
        <translation>Europa, Francoforte</translation>
    </message>
</context>
<context>
    <name>Five9Report</name>
    <message>
        <source>Five9 did not start the report &quot;%1&quot;.</source>
        <translation>Five9 non ha avviato il report &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Five9 did not finish the report in time; the import will try again later.</source>
        <translation>Five9 non ha completato il report in tempo; l&apos;importazione riproverà più tardi.</translation>
    </message>
</context>
<context>
    <name>Five9ReturnText</name>
    <message>
        <source>no &lt;return&gt; element</source>
        <translation>manca l&apos;elemento &lt;return&gt;</translation>
    </message>
    <message>
        <source>unexpected content after &lt;/return&gt;</source>
        <translation>contenuto inatteso dopo &lt;/return&gt;</translation>
    </message>
    <message>
        <source>a reference ends inside &lt;return&gt;</source>
        <translation>un riferimento termina dentro &lt;return&gt;</translation>
    </message>
    <message>
        <source>a malformed reference: %1</source>
        <translation>un riferimento non valido: %1</translation>
    </message>
    <message>
        <source>an unknown reference: %1</source>
        <translation>un riferimento sconosciuto: %1</translation>
    </message>
    <message>
        <source>&lt;return&gt; holds an element</source>
        <translation>&lt;return&gt; contiene un elemento</translation>
    </message>
    <message>
        <source>the answer ends too early</source>
        <translation>la risposta termina troppo presto</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>il testo non è in UTF-8</translation>
    </message>
</context>
<context>
    <name>Five9SetupCheckJob</name>
    <message>
        <source>Five9 has no report &quot;%1&quot; in the folder &quot;%2&quot;. Check the folder and report name under Advanced, or create the report in Five9&apos;s reporting.</source>
        <translation>In Five9 non c&apos;è il report &quot;%1&quot; nella cartella &quot;%2&quot;. Controlla la cartella e il nome del report in Impostazioni avanzate, oppure crea il report nella reportistica di Five9.</translation>
    </message>
</context>
<context>
    <name>HeadlessService</name>
    <message>
        <source>The keychain cannot be used, so no import can read its password: %1 Without a window nobody can unlock it later: see &quot;Running on a server&quot; in the README.</source>
        <translation>Il portachiavi non è utilizzabile, quindi nessuna importazione può leggere la sua password: %1 Senza finestra nessuno potrà sbloccarlo in seguito: vedi &quot;Running on a server&quot; nel README.</translation>
    </message>
    <message numerus="yes">
        <source>%1: trying again in %n seconds: %2</source>
        <translation>
            <numerusform>%1: nuovo tentativo tra %n secondo: %2</numerusform>
            <numerusform>%1: nuovo tentativo tra %n secondi: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACD Connect %1 running without a window (process %2), database %3, %n integrations.</source>
        <extracomment>%1 the version, %2 a process id, %3 the database file.</extracomment>
        <translation>
            <numerusform>ACD Connect %1 in esecuzione senza finestra (processo %2), database %3, %n integrazione.</numerusform>
            <numerusform>ACD Connect %1 in esecuzione senza finestra (processo %2), database %3, %n integrazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: paused, not imported.</source>
        <translation>%1: in pausa, non importata.</translation>
    </message>
    <message>
        <source>%1: not imported until the admin fixes it in the window: %2</source>
        <translation>%1: non viene importata finché l&apos;amministratore non la corregge nella finestra: %2</translation>
    </message>
    <message>
        <source>%1: first import started.</source>
        <translation>%1: prima importazione avviata.</translation>
    </message>
    <message>
        <source>%1: import started.</source>
        <translation>%1: importazione avviata.</translation>
    </message>
    <message numerus="yes">
        <source>%1: import succeeded, %n rows.</source>
        <translation>
            <numerusform>%1: importazione riuscita, %n riga.</numerusform>
            <numerusform>%1: importazione riuscita, %n righe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: import cancelled, %n rows saved.</source>
        <translation>
            <numerusform>%1: importazione annullata, %n riga salvata.</numerusform>
            <numerusform>%1: importazione annullata, %n righe salvate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: import failed after %n rows: %2</source>
        <translation>
            <numerusform>%1: importazione non riuscita dopo %n riga: %2</numerusform>
            <numerusform>%1: importazione non riuscita dopo %n righe: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped (%1).</source>
        <translation>Fermato (%1).</translation>
    </message>
    <message>
        <source>Stopping (%1).</source>
        <translation>Arresto in corso (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Stopping (%1): waiting for %n running imports to finish their current transaction.</source>
        <translation>
            <numerusform>Arresto in corso (%1): attendo che %n importazione in corso finisca la transazione corrente.</numerusform>
            <numerusform>Arresto in corso (%1): attendo che %n importazioni in corso finiscano la transazione corrente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Fermato.</translation>
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
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalli</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Cronologia delle importazioni</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscita</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>The program was closed or stopped during the import.</extracomment>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The first and the last 15-minute interval an import run covered.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ImportNowCommand</name>
    <message>
        <source>%1 is paused. Resume it in the window first.</source>
        <translation>%1 è in pausa. Riprendila prima nella finestra.</translation>
    </message>
    <message>
        <source>No integration is named &quot;%1&quot;. acdconnect --list shows them.</source>
        <translation>Nessuna integrazione si chiama &quot;%1&quot;. acdconnect --list le mostra.</translation>
    </message>
    <message>
        <source>%1 could not be imported now.</source>
        <translation>Non è stato possibile importare %1 ora.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>Importata %n riga da %1.</numerusform>
            <numerusform>Importate %n righe da %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the import of %1 was cancelled; %n rows were saved.</source>
        <translation>
            <numerusform>Fermato: l&apos;importazione di %1 è stata annullata; è stata salvata %n riga.</numerusform>
            <numerusform>Fermato: l&apos;importazione di %1 è stata annullata; sono state salvate %n righe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 failed: %2</source>
        <extracomment>%1 the integration&apos;s name, %2 why its import failed.</extracomment>
        <translation>L&apos;importazione di %1 non è riuscita: %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>The integration is saved and the first import has started. It can take up to 15 minutes. You can close this window: the import goes on, and Account › Integrations shows how it is doing.</source>
        <translation>L&apos;integrazione è salvata e la prima importazione è iniziata. Può richiedere fino a 15 minuti. Puoi chiudere questa finestra: l&apos;importazione prosegue e in Account › Integrazioni ne vedi l&apos;avanzamento.</translation>
    </message>
    <message>
        <source>%1 is saved, and its first import is running.</source>
        <translation>L&apos;integrazione %1 è salvata e la sua prima importazione è in corso.</translation>
    </message>
</context>
<context>
    <name>ImportProgressView</name>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento importazione</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>In attesa di avvio</translation>
    </message>
    <message>
        <source>Connecting to the ACD</source>
        <translation>Connessione all&apos;ACD</translation>
    </message>
    <message>
        <source>Importing queues</source>
        <translation>Importazione code</translation>
    </message>
    <message>
        <source>Importing interval statistics</source>
        <translation>Importazione statistiche per intervallo</translation>
    </message>
    <message>
        <source>Importing agent status data</source>
        <translation>Importazione dati di stato degli agenti</translation>
    </message>
    <message>
        <source>Waiting to try again</source>
        <translation>In attesa di riprovare</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Meno di un minuto rimanente</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Circa %n minuto rimanente</numerusform>
            <numerusform>Circa %n minuti rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First import complete</source>
        <translation>Prima importazione completata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written · %1 per second</source>
        <translation>
            <numerusform>%Ln riga scritta · %1 al secondo</numerusform>
            <numerusform>%Ln righe scritte · %1 al secondo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows written</source>
        <translation>
            <numerusform>%Ln riga scritta</numerusform>
            <numerusform>%Ln righe scritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing users and activities</source>
        <translation>Importazione di utenti e attività</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelled.</source>
        <translation>Operazione annullata.</translation>
    </message>
    <message>
        <source>This version of ACD Connect does not know the ACD type &quot;%1&quot;.</source>
        <translation>Questa versione di ACD Connect non riconosce il tipo di ACD &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The import could not prepare its queries</source>
        <translation>L&apos;importazione non è riuscita a preparare le query</translation>
    </message>
    <message>
        <source>The import could not be recorded</source>
        <translation>Impossibile registrare l&apos;importazione</translation>
    </message>
    <message>
        <source>The import could not save its progress</source>
        <translation>L&apos;importazione non è riuscita a salvare l&apos;avanzamento</translation>
    </message>
    <message>
        <source>The queues could not be saved</source>
        <translation>Impossibile salvare le code</translation>
    </message>
    <message>
        <source>The queues could not be read</source>
        <translation>Impossibile leggere le code</translation>
    </message>
    <message>
        <source>The queue %1 could not be saved.</source>
        <translation>Impossibile salvare la coda %1.</translation>
    </message>
    <message>
        <source>The interval statistics could not be saved</source>
        <translation>Impossibile salvare le statistiche per intervallo</translation>
    </message>
    <message>
        <source>The import could not write to the database</source>
        <translation>L&apos;importazione non ha potuto scrivere nel database</translation>
    </message>
    <message>
        <source>The import could not be recorded: %1</source>
        <translation>Non è stato possibile registrare l&apos;importazione: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationDetailsView</name>
    <message>
        <source>Integration details</source>
        <translation>Dettagli dell&apos;integrazione</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Imposta&amp;zioni</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Crono&amp;logia</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utenti</translation>
    </message>
    <message>
        <source>A&amp;ctivities</source>
        <translation>Attivi&amp;tà</translation>
    </message>
</context>
<context>
    <name>IntegrationName</name>
    <message>
        <source>Enter a name.</source>
        <translation>Inserisci un nome.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Il nome è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The name must not contain line breaks, tabs or other invisible control characters.</source>
        <translation>Il nome non deve contenere a capo, tabulazioni o altri caratteri di controllo invisibili.</translation>
    </message>
</context>
<context>
    <name>IntegrationService</name>
    <message>
        <source>An integration named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Esiste già un&apos;integrazione con il nome &quot;%1&quot;. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>This version of ACD Connect does not know the ACD type &quot;%1&quot;.</source>
        <translation>Questa versione di ACD Connect non conosce il tipo di ACD &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operazione annullata.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Portachiavi di sistema non disponibile.</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>L&apos;integrazione non esiste più.</translation>
    </message>
    <message>
        <source>The integration could not be deleted, so it was kept with its password. %1</source>
        <translation>Impossibile eliminare l&apos;integrazione, quindi è stata mantenuta insieme alla sua password. %1</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s). %1 or the network may be down; try again later.</source>
        <translation>
            <numerusform>Nessuna risposta da %1 entro %n secondo. %1 o la rete potrebbero non essere disponibili; riprova più tardi.</numerusform>
            <numerusform>Nessuna risposta da %1 entro %n secondi. %1 o la rete potrebbero non essere disponibili; riprova più tardi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationStore</name>
    <message>
        <source>An integration named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Esiste già un&apos;integrazione con il nome &quot;%1&quot;. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>The integration could not be saved: %1</source>
        <translation>Impossibile salvare l&apos;integrazione: %1</translation>
    </message>
    <message>
        <source>The integration no longer exists.</source>
        <translation>L&apos;integrazione non esiste più.</translation>
    </message>
    <message>
        <source>The integration&apos;s state could not be saved: %1</source>
        <translation>Impossibile salvare lo stato dell&apos;integrazione: %1</translation>
    </message>
    <message>
        <source>The integration could not be deleted: %1</source>
        <translation>Impossibile eliminare l&apos;integrazione: %1</translation>
    </message>
    <message>
        <source>The new password could not be recorded: %1</source>
        <translation>Impossibile registrare la nuova password: %1</translation>
    </message>
    <message>
        <source>The imported data could not be reset: %1</source>
        <translation>Impossibile azzerare i dati importati: %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s bookkeeping could not be saved: %1</source>
        <translation>Impossibile salvare i dati di gestione del portachiavi: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsModel</name>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connessa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last import</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Ultima importazione</translation>
    </message>
    <message>
        <source>Next import</source>
        <translation>Prossima importazione</translation>
    </message>
    <message>
        <source>Enter the user name and password again with Change password.</source>
        <translation>Inserisci di nuovo nome utente e password con Cambia password.</translation>
    </message>
    <message>
        <source>Check the integration&apos;s details with Edit.</source>
        <translation>Controlla i dettagli dell&apos;integrazione con Modifica.</translation>
    </message>
    <message>
        <source>Unlock the system keychain, then choose Import now.</source>
        <translation>Sblocca il portachiavi di sistema, poi scegli Importa ora.</translation>
    </message>
    <message>
        <source>Update ACD Connect to import from this ACD.</source>
        <translation>Aggiorna ACD Connect per importare da questo ACD.</translation>
    </message>
    <message>
        <source>First import %1</source>
        <extracomment>%1 is a percentage, e.g. &quot;42%&quot;.</extracomment>
        <translation>Prima importazione %1</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>Prima importazione</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importazione %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>Error, trying again %1</source>
        <translation>Errore, nuovo tentativo %1</translation>
    </message>
    <message>
        <source>Error, will try again</source>
        <translation>Errore, verrà ritentata</translation>
    </message>
    <message>
        <source>Error: change the password</source>
        <translation>Errore: cambia la password</translation>
    </message>
    <message>
        <source>Error: unlock the keychain</source>
        <translation>Errore: sblocca il portachiavi</translation>
    </message>
    <message>
        <source>Error: update ACD Connect</source>
        <translation>Errore: aggiorna ACD Connect</translation>
    </message>
    <message>
        <source>Error: check the details</source>
        <translation>Errore: controlla i dettagli</translation>
    </message>
    <message>
        <source>After the fix</source>
        <comment>next import</comment>
        <translation>Dopo la correzione</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <extracomment>When the next attempt after a failed import is due.</extracomment>
        <translation>Nuovo tentativo %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage as the progress bars show it, e.g. &quot;42%&quot;; a language that writes a space before the sign (German, French) adds it here.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The database is damaged. Quit ACD Connect, restore the database from a backup, then start ACD Connect again.</source>
        <translation>Il database è danneggiato. Esci da ACD Connect, ripristina il database da un backup, poi avvia di nuovo ACD Connect.</translation>
    </message>
    <message>
        <source>Error: the database is damaged</source>
        <translation>Errore: il database è danneggiato</translation>
    </message>
</context>
<context>
    <name>IntegrationsWindow</name>
    <message>
        <source>&amp;Add integration</source>
        <translation>&amp;Aggiungi integrazione</translation>
    </message>
    <message>
        <source>Integrations – ACD Connect</source>
        <translation>Integrazioni – ACD Connect</translation>
    </message>
    <message>
        <source>Account › &lt;b&gt;Integrations&lt;/b&gt;</source>
        <translation>Account › &lt;b&gt;Integrazioni&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Integrations bring queues and statistics from your ACD into the workforce-management data.</source>
        <translation>Le integrazioni importano code e statistiche dal tuo ACD nei dati di workforce management.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrazioni</translation>
    </message>
    <message>
        <source>No integrations yet</source>
        <translation>Nessuna integrazione</translation>
    </message>
    <message>
        <source>&amp;Add integration…</source>
        <translation>&amp;Aggiungi integrazione…</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>&amp;Importa ora</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Cambia pass&amp;word…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation>&amp;Integrazione</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ACD Connect</source>
        <translation>ACD Connect</translation>
    </message>
    <message>
        <source>The new password is kept in the system keychain.</source>
        <translation>La nuova password è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Elimina integrazione</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Eliminare &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>L&apos;integrazione %1 è stata eliminata.</translation>
    </message>
    <message>
        <source>First import complete</source>
        <translation>Prima importazione completata</translation>
    </message>
    <message>
        <source>%1 is connected. Its queues are ready to be assigned to workloads.</source>
        <translation>L&apos;integrazione %1 è connessa. Le sue code possono ora essere assegnate ai carichi di lavoro.</translation>
    </message>
    <message>
        <source>ACD Connect tries again at %1.</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>ACD Connect riprova alle %1.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Workloads…</source>
        <translation>&amp;Carichi di lavoro…</translation>
    </message>
    <message>
        <source>Add an integration to import queues and 15-minute interval statistics from your ACD, such as Five9. You need the user name and password of a user with the Administrator role.</source>
        <translation>Aggiungi un&apos;integrazione per importare code e statistiche per intervallo di 15 minuti dal tuo ACD, ad esempio Five9. Servono il nome utente e la password di un utente con il ruolo di amministratore.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>Prima importazione</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connessa</translation>
    </message>
    <message>
        <source>Error, will try again</source>
        <translation>Errore, nuovo tentativo previsto</translation>
    </message>
    <message>
        <source>Needs the admin</source>
        <translation>Richiede l&apos;amministratore</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>The database %1 has schema %2; this version of ACD Connect reads schema %3. Start ACD Connect (the window or --headless) once to update it.</source>
        <translation>Il database %1 ha lo schema %2; questa versione di ACD Connect legge lo schema %3. Avvia ACD Connect (la finestra o --headless) una volta per aggiornarlo.</translation>
    </message>
    <message>
        <source>No integrations yet. Add one in the window: acdconnect</source>
        <translation>Ancora nessuna integrazione. Aggiungine una nella finestra: acdconnect</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Ultima importazione</translation>
    </message>
    <message>
        <source>Next import</source>
        <translation>Prossima importazione</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MappingService</name>
    <message>
        <source>There is already an activity named &quot;%1&quot;.</source>
        <translation>Esiste già un&apos;attività di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>On contact</source>
        <translation>In contatto</translation>
    </message>
    <message>
        <source>After-contact work</source>
        <translation>Lavoro post-contatto</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Pranzo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 and %2 are not mapped yet.</source>
        <translation>%1 e %2 non sono ancora associati.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n attività</numerusform>
            <numerusform>%n attività</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not mapped yet.</source>
        <translation>
            <numerusform>%n utente non ancora associato.</numerusform>
            <numerusform>%n utenti non ancora associati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) not mapped yet.</source>
        <translation>
            <numerusform>%n attività non ancora associata.</numerusform>
            <numerusform>%n attività non ancora associate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>The users could not be mapped: %1</source>
        <translation>Non è stato possibile associare gli utenti: %1</translation>
    </message>
    <message>
        <source>The users could not be changed: %1</source>
        <translation>Non è stato possibile modificare gli utenti: %1</translation>
    </message>
    <message>
        <source>The agents could not be created: %1</source>
        <translation>Non è stato possibile creare gli agenti: %1</translation>
    </message>
    <message>
        <source>Enter a name for the activity.</source>
        <translation>Inserisci un nome per l&apos;attività.</translation>
    </message>
    <message>
        <source>There is already an activity named &quot;%1&quot;.</source>
        <translation>Esiste già un&apos;attività di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The activity could not be added: %1</source>
        <translation>Non è stato possibile aggiungere l&apos;attività: %1</translation>
    </message>
    <message>
        <source>The activities could not be mapped: %1</source>
        <translation>Non è stato possibile abbinare le attività: %1</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Name the integration</source>
        <translation>Assegna un nome all&apos;integrazione</translation>
    </message>
    <message>
        <source>Choose a unique name that reflects where the data comes from, for example the ACD and its region or site.</source>
        <translation>Scegli un nome univoco che indichi da dove provengono i dati, ad esempio l&apos;ACD e la sua area geografica o sede.</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Nome dell&apos;integrazione</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
</context>
<context>
    <name>NetworkResult</name>
    <message>
        <source>%1 did not accept the user name or password.</source>
        <translation>%1 non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <source>%1 refused access: the user lacks a permission this needs.</source>
        <translation>%1 ha negato l&apos;accesso: all&apos;utente manca un&apos;autorizzazione necessaria.</translation>
    </message>
    <message>
        <source>%1 asks us to slow down; trying again later.</source>
        <translation>%1 chiede di rallentare le richieste; nuovo tentativo più tardi.</translation>
    </message>
    <message>
        <source>%1 is busy or has a problem (HTTP %2); try again later.</source>
        <translation>%1 è occupato o ha un problema (HTTP %2); riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 ha risposto con HTTP %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted or the connection was tampered with. Check the network, proxy or antivirus settings.</source>
        <translation>La connessione sicura a %1 non è riuscita: il certificato non è attendibile o la connessione è stata manomessa. Controlla le impostazioni di rete, proxy o antivirus.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Impossibile raggiungere %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection.</source>
        <translation>Impossibile raggiungere %1. Controlla la connessione di rete.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted.</source>
        <translation>La connessione a %1 è stata interrotta.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly: %2</source>
        <translation>Risposta inattesa da %1: %2</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Last import:</source>
        <translation>Ultima importazione:</translation>
    </message>
    <message>
        <source>Next import:</source>
        <translation>Prossima importazione:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Ultimo errore:</translation>
    </message>
    <message>
        <source>Data held:</source>
        <translation>Dati presenti:</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Interval rows:</source>
        <translation>Righe di intervallo:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utenti:</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Attività:</translation>
    </message>
    <message>
        <source>Agent states:</source>
        <translation>Stati degli agenti:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>None while paused</source>
        <translation>Nessuna finché è in pausa</translation>
    </message>
    <message>
        <source>None until the error is fixed</source>
        <translation>Nessuna finché l&apos;errore non è risolto</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Non pianificata</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ancora nessun dato</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new)</source>
        <translation>
            <numerusform>%1 (%n nuova)</numerusform>
            <numerusform>%1 (%n nuove)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ACD Connect</source>
        <translation>ACD Connect</translation>
    </message>
</context>
<context>
    <name>QueueAssignmentTree</name>
    <message>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carico di lavoro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue name (its kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Cer&amp;ca:</translation>
    </message>
    <message>
        <source>Queue name, ID, kind or workload</source>
        <translation>Nome, ID o tipo della coda, o carico di lavoro</translation>
    </message>
    <message>
        <source>Search queues</source>
        <translation>Cerca code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Intervals held</source>
        <translation>Intervalli presenti</translation>
    </message>
    <message>
        <source>Offered, last 7 days</source>
        <translation>Offerti, ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carico di lavoro</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chart span</source>
        <translation>Periodo del grafico</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dal gior&amp;no:</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primo giorno mostrato</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offerti</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Gestiti</translation>
    </message>
    <message>
        <source>Contacts per 15 minutes</source>
        <translation>Contatti ogni 15 minuti</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <extracomment>A queue imported since the admin last looked at the queues.</extracomment>
        <translation>%1 (nuova)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Select a queue to see its contacts per 15 minutes.</source>
        <translation>Seleziona una coda per vederne i contatti ogni 15 minuti.</translation>
    </message>
    <message>
        <source>No statistics for this queue in this period.</source>
        <translation>Nessuna statistica per questa coda in questo periodo.</translation>
    </message>
    <message>
        <source>Offered: %1 · Handled: %2</source>
        <translation>Offerti: %1 · Gestiti: %2</translation>
    </message>
    <message>
        <source>Assign to wor&amp;kload…</source>
        <translation>Asse&amp;gna al carico di lavoro…</translation>
    </message>
    <message>
        <source>Ran&amp;ge:</source>
        <translation>Perio&amp;do:</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the integration</source>
        <translation>Salva l&apos;integrazione</translation>
    </message>
    <message>
        <source>Check the summary. Saving signs in to the ACD to check the user, keeps the password in your system&apos;s keychain and starts the first import.</source>
        <translation>Controlla il riepilogo. Il salvataggio accede all&apos;ACD per verificare l&apos;utente, conserva la password nel portachiavi di sistema e avvia la prima importazione.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Will be kept in the system keychain</source>
        <translation>Sarà conservata nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Checking the user name and password with %1… (Cancel stops the check.)</source>
        <translation>Verifica di nome utente e password con %1… (Annulla interrompe la verifica.)</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Salvataggio della password nel portachiavi di sistema…</translation>
    </message>
    <message>
        <source>Saving the integration…</source>
        <translation>Salvataggio dell&apos;integrazione…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvata.</translation>
    </message>
    <message>
        <source>Change &amp;user or password</source>
        <translation>Cambia &amp;utente o password</translation>
    </message>
    <message>
        <source>Change &amp;details</source>
        <translation>Cambia &amp;dettagli</translation>
    </message>
    <message>
        <source>Change &amp;name</source>
        <translation>Cambia &amp;nome</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was saved.</source>
        <translation>La verifica è stata annullata. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain, so nothing was saved. %1</source>
        <translation>Impossibile conservare la password nel portachiavi di sistema, quindi non è stato salvato nulla. %1</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>The ACD could not be reached. Check the network connection and the region.</source>
        <translation>Impossibile raggiungere l&apos;ACD. Controlla la connessione di rete e l&apos;area geografica.</translation>
    </message>
    <message>
        <source>The ACD&apos;s identity could not be verified (TLS error), so no password was sent. Check the region, or a proxy that intercepts secure connections.</source>
        <translation>Impossibile verificare l&apos;identità dell&apos;ACD (errore TLS), quindi non è stata inviata alcuna password. Controlla l&apos;area geografica o un eventuale proxy che intercetta le connessioni sicure.</translation>
    </message>
    <message>
        <source>The ACD is busy or limiting requests. Wait a minute and save again.</source>
        <translation>L&apos;ACD è occupato o sta limitando le richieste. Attendi un minuto e salva di nuovo.</translation>
    </message>
    <message>
        <source>A setting is not valid.</source>
        <translation>Un&apos;impostazione non è valida.</translation>
    </message>
    <message>
        <source>The ACD answered in a way ACD Connect did not expect.</source>
        <translation>L&apos;ACD ha dato una risposta che ACD Connect non si aspettava.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <extracomment>%1 is the reason, a whole sentence.</extracomment>
        <translation>%1 Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>This %1 account is already imported by %2. If you save this integration too, its queues are imported twice.</source>
        <extracomment>%1 is the ACD, e.g. Five9; %2 one or more quoted integration names.</extracomment>
        <translation>Questo account %1 è già importato da %2. Se salvi anche questa integrazione, le sue code verranno importate due volte.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the user name and password with %1… This takes at most %n second(s); Cancel stops it.</source>
        <extracomment>%1 is the ACD&apos;s name; %n the longest the check can take, in seconds.</extracomment>
        <translation>
            <numerusform>Verifica di nome utente e password con %1… Richiede al massimo %n secondo; Annulla la interrompe.</numerusform>
            <numerusform>Verifica di nome utente e password con %1… Richiede al massimo %n secondi; Annulla la interrompe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user does not have the Administrator role this needs.</source>
        <translation>L&apos;utente non ha il ruolo di amministratore necessario.</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Import every</source>
        <translation>Importa ogni</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>First import reaches back, in days</source>
        <translation>Giorni recuperati dalla prima importazione</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After a number of days, e.g. &quot;90 days&quot;.</extracomment>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Changes take effect at the next import; the one already planned keeps its time.</source>
        <translation>Le modifiche valgono dalla prossima importazione; quella già pianificata mantiene il suo orario.</translation>
    </message>
    <message numerus="yes">
        <source>A first import from %1 can reach back up to %n days.</source>
        <translation>
            <numerusform>Una prima importazione da %1 può recuperare fino a %n giorno.</numerusform>
            <numerusform>Una prima importazione da %1 può recuperare fino a %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first import is done: a new value applies when the imported data is replaced (a change of how queues are grouped, for example).</source>
        <translation>La prima importazione è già avvenuta: un nuovo valore vale quando i dati importati vengono sostituiti (ad esempio se cambia il raggruppamento delle code).</translation>
    </message>
    <message>
        <source>First import reaches &amp;back:</source>
        <translation>La prima importazione re&amp;cupera:</translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation>Annulla modi&amp;fiche</translation>
    </message>
    <message>
        <source>I&amp;mport every:</source>
        <translation>Importa o&amp;gni:</translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Finding queues</source>
        <translation>Ricerca delle code</translation>
    </message>
    <message>
        <source>Interval statistics</source>
        <translation>Statistiche a intervalli</translation>
    </message>
    <message>
        <source>Agent states</source>
        <translation>Stati degli agenti</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;42%&quot;; a language that writes a space before the sign adds it.</extracomment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 righe/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <extracomment>ETA: the estimated time left, e.g. &quot;ETA 1:05&quot;.</extracomment>
        <translation>Fine prevista %1</translation>
    </message>
    <message>
        <source>Users and activities</source>
        <translation>Utenti e attività</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Choose the type of integration</source>
        <translation>Scegli il tipo di integrazione</translation>
    </message>
    <message>
        <source>Which automatic call distributor (ACD) do the queues and statistics come from?</source>
        <translation>Da quale distributore automatico di chiamate (ACD) provengono le code e le statistiche?</translation>
    </message>
    <message>
        <source>Integration type</source>
        <translation>Tipo di integrazione</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>UsersMappingView</name>
    <message>
        <source>This ACD does not import agent status data, so its users need no mapping.</source>
        <translation>Questo ACD non importa dati sullo stato degli agenti, quindi i suoi utenti non vanno associati.</translation>
    </message>
    <message>
        <source>Agent status data is imported only after users are mapped. Map at least one user to an agent: the next import then brings the status data of every user, and users mapped later see their past too.</source>
        <translation>I dati sullo stato degli agenti vengono importati solo dopo aver associato gli utenti. Associa almeno un utente a un agente: la prossima importazione porterà i dati di stato di tutti gli utenti, e anche gli utenti associati in seguito vedranno il loro passato.</translation>
    </message>
    <message>
        <source>Unmapped on&amp;ly</source>
        <translation>Solo &amp;non associati</translation>
    </message>
    <message>
        <source>&amp;Map to agent…</source>
        <translation>Associa a un a&amp;gente…</translation>
    </message>
    <message>
        <source>Create a&amp;gents from selected</source>
        <translation>Crea agenti &amp;dai selezionati</translation>
    </message>
    <message>
        <source>Accept suggestio&amp;ns</source>
        <translation>Con&amp;ferma i suggerimenti</translation>
    </message>
    <message>
        <source>Igno&amp;re</source>
        <translation>Igno&amp;ra</translation>
    </message>
    <message>
        <source>Name, e-mail, ID or agent</source>
        <translation>Nome, e-mail, ID o agente</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Cerca utenti</translation>
    </message>
    <message>
        <source>Show only unmapped users</source>
        <translation>Mostra solo gli utenti non associati</translation>
    </message>
    <message>
        <source>Users of the ACD</source>
        <translation>Utenti dell&apos;ACD</translation>
    </message>
    <message>
        <source>Map the selected users to an agent</source>
        <translation>Associa gli utenti selezionati a un agente</translation>
    </message>
    <message>
        <source>Create an agent for each selected user</source>
        <translation>Crea un agente per ogni utente selezionato</translation>
    </message>
    <message>
        <source>Map the selected users to their suggested agents</source>
        <translation>Associa gli utenti selezionati agli agenti suggeriti</translation>
    </message>
    <message>
        <source>Ignore the selected users</source>
        <translation>Ignora gli utenti selezionati</translation>
    </message>
    <message>
        <source>Creates one agent per selected user, named as in the ACD, and maps the user to it.</source>
        <translation>Crea un agente per ogni utente selezionato, con il nome che ha nell&apos;ACD, e vi associa l&apos;utente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Stati</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Cer&amp;ca:</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <source>Not mapped (suggested: %1)</source>
        <translation>Non associato (suggerito: %1)</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Non associato</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Map to agent</source>
        <translation>Associa a un agente</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected user(s) are the agent:</source>
        <translation>
            <numerusform>%n utente selezionato è l&apos;agente:</numerusform>
            <numerusform>Gli %n utenti selezionati sono l&apos;agente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadService</name>
    <message>
        <source>The workloads could not be read from the database.</source>
        <translation>Non è stato possibile leggere i carichi di lavoro dal database.</translation>
    </message>
    <message>
        <source>The workloads could not be saved: the database could not be opened.</source>
        <translation>Non è stato possibile salvare i carichi di lavoro: il database non si apre.</translation>
    </message>
</context>
<context>
    <name>WorkloadStore</name>
    <message>
        <source>A workload named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Esiste già un carico di lavoro di nome &quot;%1&quot;. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>The workload could not be saved: %1</source>
        <translation>Non è stato possibile salvare il carico di lavoro: %1</translation>
    </message>
    <message>
        <source>The workload could not be renamed: %1</source>
        <translation>Non è stato possibile rinominare il carico di lavoro: %1</translation>
    </message>
    <message>
        <source>The workload no longer exists.</source>
        <translation>Il carico di lavoro non esiste più.</translation>
    </message>
    <message>
        <source>The workload could not be deleted: %1</source>
        <translation>Non è stato possibile eliminare il carico di lavoro: %1</translation>
    </message>
    <message>
        <source>The queues could not be assigned: %1</source>
        <translation>Non è stato possibile assegnare le code: %1</translation>
    </message>
    <message>
        <source>The queues could not be removed from their workload: %1</source>
        <translation>Non è stato possibile togliere le code dal loro carico di lavoro: %1</translation>
    </message>
</context>
<context>
    <name>WorkloadsWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Re&amp;move from workload</source>
        <translation>&amp;Togli dal carico di lavoro</translation>
    </message>
    <message>
        <source>Workloads – ACD Connect</source>
        <translation>Carichi di lavoro – ACD Connect</translation>
    </message>
    <message>
        <source>A workload groups queues from any integration for planning. A queue is in at most one workload.</source>
        <translation>Un carico di lavoro raggruppa code di qualsiasi integrazione per la pianificazione. Una coda appartiene al massimo a un carico di lavoro.</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Carichi di lavoro</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carico di lavoro</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Carichi di lavoro</translation>
    </message>
    <message>
        <source>No workloads yet. Create one with New…, then assign queues to it.</source>
        <translation>Ancora nessun carico di lavoro. Creane uno con Nuovo…, poi assegnagli delle code.</translation>
    </message>
    <message>
        <source>Search queues</source>
        <translation>Cerca code</translation>
    </message>
    <message>
        <source>Queue name or ID</source>
        <translation>Nome o ID della coda</translation>
    </message>
    <message>
        <source>&amp;Search queues:</source>
        <translation>Cerca co&amp;de:</translation>
    </message>
    <message>
        <source>Queues of every integration</source>
        <translation>Code di tutte le integrazioni</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>No queues yet. The queues of an integration appear here after its first import.</source>
        <translation>Ancora nessuna coda. Le code di un&apos;integrazione compaiono qui dopo la sua prima importazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) leave the workload &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n coda lascia il carico di lavoro &quot;%1&quot;.</numerusform>
            <numerusform>%n code lasciano il carico di lavoro &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign to workload</source>
        <translation>&amp;Assegna al carico di lavoro</translation>
    </message>
    <message>
        <source>&amp;Assign to %1</source>
        <translation>&amp;Assegna a %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Assegna a %1</translation>
    </message>
    <message>
        <source>That queue is no longer there: its integration may have been deleted or imported again.</source>
        <translation>Quella coda non c&apos;è più: la sua integrazione potrebbe essere stata eliminata o importata di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Workload name</source>
        <translation>Nome del carico di lavoro</translation>
    </message>
    <message>
        <source>New workload</source>
        <translation>Nuovo carico di lavoro</translation>
    </message>
    <message>
        <source>The workload &quot;%1&quot; was created. Select queues and assign them to it.</source>
        <translation>Il carico di lavoro &quot;%1&quot; è stato creato. Seleziona delle code e assegnale.</translation>
    </message>
    <message>
        <source>Rename workload</source>
        <translation>Rinomina il carico di lavoro</translation>
    </message>
    <message>
        <source>Delete workload</source>
        <translation>Elimina il carico di lavoro</translation>
    </message>
    <message>
        <source>Delete the workload &quot;%1&quot;?</source>
        <translation>Eliminare il carico di lavoro &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Its queues are not deleted: they are then in no workload.</source>
        <translation>Le sue code non vengono eliminate: restano senza carico di lavoro.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>The workload &quot;%1&quot; was deleted.</source>
        <translation>Il carico di lavoro &quot;%1&quot; è stato eliminato.</translation>
    </message>
    <message>
        <source>Move queues</source>
        <translation>Sposta le code</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n queue(s) to the workload &quot;%1&quot;?</source>
        <translation>
            <numerusform>Assegnare %n coda al carico di lavoro &quot;%1&quot;?</numerusform>
            <numerusform>Assegnare %n code al carico di lavoro &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A queue is in at most one workload.</source>
        <translation>Una coda appartiene al massimo a un carico di lavoro.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) assigned to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n coda assegnata a &quot;%1&quot;.</numerusform>
            <numerusform>%n code assegnate a &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them moved from another workload.</source>
        <translation>
            <numerusform>%n di esse proveniva da un altro carico di lavoro.</numerusform>
            <numerusform>%n di esse provenivano da un altro carico di lavoro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) removed from their workload.</source>
        <translation>
            <numerusform>%n coda tolta dal suo carico di lavoro.</numerusform>
            <numerusform>%n code tolte dal loro carico di lavoro.</numerusform>
        </translation>
    </message>
</context>
</TS>
