<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs the scheduled refresh of a Power BI dataset that loads from Xero, step by step, as Microsoft documents it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to try it in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find what was asked for: it may have been deleted or you may no longer have access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: the signed-in account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer this program does not understand (at &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is receiving too many requests and asked to wait %2 before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so your sign-ins cannot be saved: they are kept only until the program closes. Unlock the keychain, then restart the program to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-ins cannot be saved: they are kept only until the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is receiving too many requests and did not say how long to wait. This program waited %2 between its tries of its own accord; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop notification service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationAttempt</name>
    <message>
        <source>No sign-in is in progress. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer was already used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended at an unexpected address, so it was refused. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to the sign-in this program started, so it was refused. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseDatasetPage</name>
    <message>
        <source>Choose the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Power BI dataset whose Xero refresh should be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset or workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Xero dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot see any dataset. Go back and sign in with the account that has access to the Xero dataset&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset or workspace name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset is no longer there: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these datasets says Xero in its name or data source. Choose the one to repair, or go back and sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) could not be read: their datasets may be missing. Retry reads them again.</source>
        <translation>
            <numerusform>%n workspace could not be read: its datasets may be missing. Retry reads it again.</numerusform>
            <numerusform>%n workspaces could not be read: their datasets may be missing. Retry reads them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still reading: %1 of %2 workspaces read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list from your last visit, being brought up to date. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenDataset</name>
    <message>
        <source>No dataset is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout and nothing else on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset, by id or name. Default: the remembered one, else the only dataset with a Xero data source or &quot;Xero&quot; in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: how many refreshes (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: refresh every day at these times, and switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: the schedule&apos;s Windows time-zone id, such as &quot;UTC&quot; or &quot;Romance Standard Time&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: switch the schedule on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: switch the schedule off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh-now: follow the refresh to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft cloud: public, gcc, gcchigh, dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root URL of that service (overrides the cloud&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use public, gcc, gcchigh, dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a command, such as status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One command at a time: &quot;%1&quot; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only goes with the command %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enable and --disable contradict each other: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout only goes with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is empty: give an address, or leave the option out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 is set but empty: give an address, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is empty: give an id or a name, or leave the option out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh-now --wait: stop after this many seconds, whatever is under way (default 1800, at most 86400); exit code 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top can be at most %1, not &quot;%2&quot; (Power BI keeps at most 60 refreshes anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-daily &quot;%1&quot; has an empty time: give times as HH:MM separated by commas, such as 06:00,18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout can be at most %1 seconds (a day), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-reset is for the windows: a command&apos;s sandbox is always new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s workspace, by id or name. Without a command, the windows list only that workspace&apos;s datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: how long a notification&apos;s Fix now is listened for, in seconds (default 600, 0 for not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command: what the window shows first: status, xero-settings (the Xero credential) or schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets, status, history, schedule, refresh-now or watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use datasets, status, history, schedule, refresh-now or watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action-wait can be at most %1 seconds (a day), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action-wait needs a number of seconds (0 or more), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open is for the windows, not for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --open &quot;%1&quot;: use status, xero-settings or schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (without one, the program opens its window):
  datasets     workspaces and datasets the account can see, Xero datasets marked
  status       last refresh, schedule and data sources of the dataset
  history      refresh history, newest first (--top N, default 20)
  schedule     show the schedule; --set-daily HH:MM[,HH:MM...] makes it daily (all
               seven days) at those times and enabled; --time-zone ID changes its
               zone; --enable, --disable
  refresh-now  push fresh Xero credentials when a Xero sign-in is stored, then start
               a refresh; --wait follows it to the end (--timeout SECONDS, default
               1800)
  watch        check the dataset as the watch&apos;s timer does: tell what is new on the
               desktop (each problem once, and its end), and with the weaker way on,
               push a fresh Xero credential before a scheduled refresh
               (--action-wait SECONDS, default 600: how long Fix now is listened for)

Exit codes: 0 done (status: the last refresh completed; refresh-now --wait: it
completed; watch: nothing is wrong), 1 the refresh failed (watch: something is
wrong), 2 usage error or unknown or ambiguous dataset, 3 sign-in needed or
refused, 4 service or network error, 5 the --timeout of --wait passed (the
refresh goes on in Power BI).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: do nothing when the watch is turned off in the window (what its timer runs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace has the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one with --dataset (and --workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dataset with --dataset (and --workspace); the command datasets lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI, but following it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI (request id %1), but following it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command status shows how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s). The refresh was started and is still running in Power BI; the command status shows how it ends.</source>
        <translation>
            <numerusform>The wait ended after %n second. The refresh was started and is still running in Power BI; the command status shows how it ends.</numerusform>
            <numerusform>The wait ended after %n seconds. The refresh was started and is still running in Power BI; the command status shows how it ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s). The refresh was started and is still running in Power BI (request id %1); the command status shows how it ends.</source>
        <translation>
            <numerusform>The wait ended after %n second. The refresh was started and is still running in Power BI (request id %1); the command status shows how it ends.</numerusform>
            <numerusform>The wait ended after %n seconds. The refresh was started and is still running in Power BI (request id %1); the command status shows how it ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s), before Power BI confirmed the refresh: it may have started. The command status shows whether it did.</source>
        <translation>
            <numerusform>The wait ended after %n second, before Power BI confirmed the refresh: it may have started. The command status shows whether it did.</numerusform>
            <numerusform>The wait ended after %n seconds, before Power BI confirmed the refresh: it may have started. The command status shows whether it did.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s), before the refresh could be started: nothing was started.</source>
        <translation>
            <numerusform>The wait ended after %n second, before the refresh could be started: nothing was started.</numerusform>
            <numerusform>The wait ended after %n seconds, before the refresh could be started: nothing was started.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window could not be opened: start Xero Refresh Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSignIn</name>
    <message>
        <source>Nobody is signed in to Power BI. Start xero-refresh-assistant without a command and sign in, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET to use a service principal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigureXeroPage</name>
    <message>
        <source>Configure Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: the Xero organisation the dataset reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the organisation as it appears in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Contoso Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule for the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the organisation you used last time. Change it if this dataset reads another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: an organisation name has at most %n characters.</source>
        <translation>
            <numerusform>This name is too long: an organisation name has at most %n character.</numerusform>
            <numerusform>This name is too long: an organisation name has at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type it as Xero shows it, up to %n characters. Capitals and spaces do not matter; spaces at either end are ignored.</source>
        <translation>
            <numerusform>Type it as Xero shows it, up to %n character. Capitals and spaces do not matter; spaces at either end are ignored.</numerusform>
            <numerusform>Type it as Xero shows it, up to %n characters. Capitals and spaces do not matter; spaces at either end are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of your organisation as it appears in Xero (at the top left of Xero, next to the organisation menu). On the next step, Power BI&apos;s own dialog asks for it: the program offers it there to paste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPopupWindow</name>
    <message>
        <source>Sign in - Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI&apos;s sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPush</name>
    <message>
        <source>a Xero sign-in for a data source behind an on-premises gateway must be encrypted with the gateway&apos;s key, and only an administrator of the gateway can read that key. Ask one to make you an administrator of the gateway, or enter the Xero sign-in on the dataset&apos;s settings page in Power BI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialState</name>
    <message>
        <source>Not known: this program has not seen a credential given to Power BI for this data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting: entered in Power BI&apos;s own dialog on %1, and a refresh has read Xero with it since. Power BI renews it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting: entered in Power BI&apos;s own dialog on %1. Power BI renews it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary: pushed by this program on %1, it works until %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the temporary credential pushed by this program stopped working on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken: the refresh of %1 could not read Xero with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetCatalogue</name>
    <message>
        <source>No dataset has the id or name &quot;%1&quot; among those this account can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several datasets are called &quot;%1&quot;: name the workspace too, or use the dataset&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset has a Xero data source or &quot;Xero&quot; in its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datasets could be the Xero dataset: choose one.</source>
        <translation>
            <numerusform>%n dataset could be the Xero dataset: choose it.</numerusform>
            <numerusform>%n datasets could be the Xero dataset: choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetChoice</name>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message>
        <source>Changing the refresh schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the dataset over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI answered, but the schedule it reads back is not the one asked for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetFinder</name>
    <message>
        <source>Reading the workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Xero data sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace has the id or name &quot;%1&quot; among those this account can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several workspaces are called &quot;%1&quot;: use the workspace&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the datasets that read the same data source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetWatch</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Xero Refresh Assistant to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>The on-premises data gateway that this dataset uses is offline. Ask the person who looks after the gateway to start it, then refresh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh of this dataset is already running. Wait for it to finish, then look at its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI switched the scheduled refresh off after it failed. Once the Xero sign-in is repaired, switch the schedule back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset belongs to %1: only its owner can change its credentials and schedule. Take it over to become its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero sign-in behind this dataset has expired or was revoked, so Power BI can no longer read your Xero data. Sign in to Xero again to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI did not say why the refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI reported an error this program does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has already been refreshed %1 times in the last 24 hours, the most Power BI allows on shared capacity. Try again later, or ask for fewer scheduled times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCredentialsPage</name>
    <message>
        <source>Edit the credentials in Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4: sign in with Xero in Power BI&apos;s own dialog, so that Power BI keeps the sign-in and renews it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. On the Power BI page, open Data source credentials, then select Edit credentials next to the Xero data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Select Sign in, sign in to Xero in the window that opens, tick the organisation and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. The window closes by itself and Power BI says the credentials were updated. Then select Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the dialog stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a temporary credential instead...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when Power BI&apos;s dialog cannot be used: this program signs in to Xero and gives Power BI a credential that lasts 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Xero &amp;here for 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Power BI&apos;s dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. In the dialog, enter the organisation name where Power BI asks for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Xero in the window that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the state of the Xero credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the credential Power BI holds is known to be broken: a temporary one would replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI received the new Xero sign-in. Check that the page says the credentials were updated, then select Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the access at Xero: the credentials were not updated. Select Sign in again in Power BI&apos;s dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused the sign-in (%1): the credentials were not updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in window closed before Xero answered: the credentials were not updated. Select Sign in again in Power BI&apos;s dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the other datasets that read this data source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other datasets read it could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other dataset of yours reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These datasets read it too, and get the same temporary credential: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary credential lasts 30 minutes only: until about %1. It replaces the one Power BI holds for this data source, and the next scheduled refresh after %1 fails with it. Use it to refresh now when Power BI&apos;s dialog cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied: paste it there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The cloud &quot;%1&quot; is unknown. Use one of: public, gcc, gcchigh, dod, china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 uses plain http, which is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not an https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The next steps Microsoft&apos;s procedure names:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;Contact Power BI support&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;%2&quot;&gt;Ask the Power BI community&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Copy the details below into your request: they say which dataset and which refresh failed, and how.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details of the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the dataset&apos;s ids, the refresh&apos;s request id, status, error code and times on the clipboard; no password or sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh had not ended when the program stopped following it: Power BI may still finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what Power BI says about the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your request for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading where the dataset stands now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh completed, Power BI holds a lasting Xero credential that it renews on its own, and the dataset refreshes every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next scheduled refresh is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can reopen this program at any time to see how the refreshes went, or to refresh again in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair is not finished: what is left is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh was run here: what is said is what Power BI says of its own last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To repair a dataset, the assistant signs in to Power BI through an app registration of your organisation. Choose how to start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect my Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect my Power BI with an app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the built-in sandbox, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up Power BI and Xero on this computer, with a broken Xero dataset to repair. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get the application and directory IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Application (client) ID of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 1b7f0c3e-52a8-4d2f-9e41-6c0a8d3b2f57.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID, a domain such as contoso.onmicrosoft.com, or &quot;organizations&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get the Xero client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero app client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xero app client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of your Xero app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero client ID is made of letters and digits only, 32 of them as Xero shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Xero app was created &amp;before 2 March 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Xero app was created before 2 March 2026 and has only the broad scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero apps created on or after 2 March 2026 have Xero&apos;s granular scopes, which the assistant asks for. An older app may still have only the broad ones (accounting.transactions, accounting.reports.read): tick the box and the assistant asks for those. The setting xero/scopeSet (granular or broad) keeps this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an app in the Microsoft Entra admin center as a public client with the redirect URI below, and give it the Power BI Service delegated permission Dataset.ReadWrite.All. Then copy its Application (client) ID and Directory (tenant) ID here (&lt;a href=&quot;%1&quot;&gt;how to register an app&lt;/a&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a Xero app too, of the type &quot;Auth code with PKCE&quot;, with the two redirect URIs below: the first for the sign-in in this window, the second for a sign-in that goes on in your web browser (such as with Google). Copy its client ID here (&lt;a href=&quot;%1&quot;&gt;Xero&apos;s app registrations&lt;/a&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero redirect URI for the web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notification service answered: the program is not running inside a desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service answered: none is running on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notification service answered: the one on this desktop failed to show the notification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>The address %1 cannot bring the browser&apos;s answer back to this program: it must be http on localhost or 127.0.0.1, with a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot wait for the browser&apos;s answer at %1: %2. Close the program that uses port %3, or register another loopback redirect URI with the Xero app and set it as xero/loopbackRedirectUri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go back to Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in goes on in the program. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicrosoftSignInFlow</name>
    <message>
        <source>Finishing the Power BI sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <source>Progress and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the step under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the step again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests and asked this program to wait: trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1 is receiving too many requests and asked this program to wait: trying again in %n second…</numerusform>
            <numerusform>%1 is receiving too many requests and asked this program to wait: trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainReport</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), owner %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left on shared capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no daily limit on dedicated capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed just before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the refresh has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up before the refresh ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace %1 --dataset %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: nothing is left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, but with no day and no time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no day chosen, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2, no time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed before the next scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerBiCaller</name>
    <message>
        <source>Power BI refused the service principal. A Power BI administrator must allow service principals to use Power BI APIs (tenant setting &quot;Service principals can use Fabric APIs&quot;), and the principal must be a member of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused the request: the signed-in account has no permission for it. Ask an admin of the workspace for the Member or Contributor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI did not accept the service principal&apos;s token, even a new one. Check its settings: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, and that --cloud (or AZURE_AUTHORITY_HOST and POWERBI_API_ROOT) name one cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerBiClient</name>
    <message>
        <source>Only a dataset in a workspace can be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerBiPageView</name>
    <message>
        <source>Loading the Power BI page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the Power BI page is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Power BI page could not be shown (%1). Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaText</name>
    <message>
        <source>The dataset is on dedicated capacity: Power BI sets no daily limit on its refreshes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refresh(es) left today (Power BI allows %1 a day on shared capacity).</source>
        <translation>
            <numerusform>%n refresh left today (Power BI allows %1 a day on shared capacity).</numerusform>
            <numerusform>%n refreshes left today (Power BI allows %1 a day on shared capacity).</numerusform>
        </translation>
    </message>
    <message>
        <source>No refresh is left today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshExplanation</name>
    <message>
        <source>The refresh completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI does not know how this refresh ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI reports the status &quot;%1&quot;, which this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshFollowPanel</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives Power BI a fresh Xero sign-in, starts a refresh and follows it to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the refresh has taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving Power BI a fresh Xero sign-in and starting the refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Power BI to start the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Power BI had not finished the refresh after %n minute(s). It may still finish: its result will show in the dataset&apos;s refresh history.</source>
        <translation>
            <numerusform>Power BI had not finished the refresh after %n minute. It may still finish: its result will show in the dataset&apos;s refresh history.</numerusform>
            <numerusform>Power BI had not finished the refresh after %n minutes. It may still finish: its result will show in the dataset&apos;s refresh history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped following the refresh. Power BI may still finish it: its result will show in the dataset&apos;s refresh history. Refresh now looks at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI, but following it stopped: %1 Retry looks at it again; it does not start another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshNowPage</name>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Power BI a fresh Xero sign-in and refresh the dataset once, to see that the repair worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting today&apos;s refreshes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshPresentation</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshQuota</name>
    <message>
        <source>On shared capacity Power BI allows %1 refreshes in 24 hours, and this dataset has used them all (scheduled ones and those started elsewhere count too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again once the oldest of them is more than 24 hours old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next one frees up at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshRunner</name>
    <message>
        <source>Finding the dataset&apos;s Xero data source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a fresh Xero sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving Power BI the new Xero credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh is already being followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the refresh to end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh is running (%1 so far)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI; its progress could not be read just now (%1). Looking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused to start the refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshScheduleChange</name>
    <message>
        <source>There is nothing to change in the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week. For every day, choose all seven days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written as hh:mm, such as 07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refresh times must be on the hour or the half hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 refresh times a day are allowed in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Power BI knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification option (NoNotification or MailOnFailure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the schedule off must not change anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched %1, read back %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days %1, read back %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times %1, read back %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone %1, read back %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshStatusPage</name>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the dataset&apos;s refreshes went, and what the repair will fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the last refresh was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong and which step fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent refreshes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh history, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh status again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All is well: the last refresh completed and nothing needs repairing. You can still go on to renew the Xero sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshTimeline</name>
    <message>
        <source>Timeline of recent refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the last %1 refreshes failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the last %2 refreshes failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The newest: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshTypeText</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the XMLA endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the enhanced refresh API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairReport</name>
    <message>
        <source>Xero Refresh Assistant: repair report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh was started by this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh in the history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh started by this program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero credential given to Power BI first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped following it before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had not ended when the program stopped following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your time: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairStepText</name>
    <message>
        <source>Sign in to Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact support or ask the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of the repair fixes this: wait a while, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair cannot fix this: the last page links to Power BI support and to the Power BI community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed at step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairVerdict</name>
    <message>
        <source>Give Power BI a lasting Xero credential through its own Edit credentials dialog: this program has not seen one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero credential is a temporary one: give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI cannot read Xero with its credential: edit the credentials in Power BI&apos;s own dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled refresh is switched off: switch it on, every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled refresh does not run every day: make it daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh has completed since: refresh now to see that Power BI reads Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refresh will fail: Power BI cannot read Xero with its credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refresh will fail: the credential expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refresh will fail: the credential expires before it, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>step - program</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the repair?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair is not finished. What was already changed in Power BI stays changed; the rest is not done. You can come back to it later: the program opens where the dataset stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refreshes the dataset on its own at these times. Microsoft&apos;s procedure recommends a daily refresh for Xero data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the daily refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every day &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it &amp;daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the schedule daily and switch it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the scheduled refresh and the Xero sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Good to know: a Xero sign-in given to Power BI by this program lasts only as long as the Xero token, 30 minutes. For the scheduled refresh to work later, either open this program again before each refresh (its Refresh now gives Power BI a fresh sign-in first), or sign in to Xero once through Power BI&apos;s own page: &lt;a href=&quot;%1&quot;&gt;the dataset&apos;s settings in Power BI&lt;/a&gt;, Data source credentials, Edit credentials.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the schedule daily…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI confirmed the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset refreshes every day: nothing to change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled refresh is switched off (Power BI switches it off after refreshes fail). Switch it back on as a daily refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset does not refresh every day. Make it daily:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the scheduled refresh off: I will refresh by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: switched off by Power BI after repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, that is %2 your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown to this computer: shown as UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the scheduled refresh is switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePrincipal</name>
    <message>
        <source>Microsoft sign-in refused the service principal&apos;s client secret: it is wrong or has expired. Set AZURE_CLIENT_SECRET to the secret&apos;s value (not its id) from the app registration&apos;s Certificates &amp; secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in knows no application with the client id in AZURE_CLIENT_ID in the directory AZURE_TENANT_ID. Check both against the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in knows no directory by the name in AZURE_TENANT_ID. Check it against the app registration&apos;s directory (tenant) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the service principal. Check its settings: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPowerBiPage</name>
    <message>
        <source>Sign in to Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the Microsoft account that can edit the Xero dataset in Power BI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and sign in with another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Power BI sign-in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Power BI is not set up in this copy of the program: it has no app registration to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI needs you to sign in before the dataset can be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of Power BI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Loading the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address is not secure, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page tried to open an address that is not secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of the sign-in site could not be verified, so the page was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInXeroPage</name>
    <message>
        <source>Sign in with Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this Xero sign-in expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the dataset&apos;s owner can set its Xero sign-in. Go back to step 2, Settings for Xero, and choose Take over; then sign in with Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Settings for Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to step 2, Settings for Xero, to take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with another &amp;Xero user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with another Xero user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations this Xero sign-in reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;again with another Xero user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with another Xero user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or press Back to correct the organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero sign-in cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Xero again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the Xero user who can open “%1”. On Xero&apos;s page, tick that organisation and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Xero is not set up in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Xero sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Xero sign-in gave access to no organisation. Sign in again and tick “%1” on Xero&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several organisations are called “%1”. Choose the one the dataset reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation called “%1” was found; this sign-in gave access to: %2. Choose the one the dataset reads, or sign in again with another Xero user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the Xero sign-in for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new Xero sign-in on the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was set: this dataset has no Xero data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Xero sign-in was set on the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in my &amp;web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the Xero sign-in in my web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the web browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Xero&apos;s sign-in in the web browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Xero sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with %1 does not work inside this program: its page refuses embedded browsers. Continue in your web browser: the assistant opens Xero&apos;s sign-in there. Sign in with %1 again, tick “%2” and allow access; the assistant carries on by itself when Xero answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser shows Xero&apos;s sign-in. Sign in there, tick “%1” and allow access: the assistant carries on by itself when Xero answers. If no browser window opened, use Open the web browser again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the Xero sign-in in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4, the temporary way: this program signs in to Xero and gives Power BI a credential that works for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential this gives Power BI works for 30 minutes only. This program&apos;s own Xero sign-in, which makes it, is forgotten by Xero if it is not used before %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running instance did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReader</name>
    <message>
        <source>Reading the refresh history, schedule and data sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh schedule…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes left today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix credentials...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the Xero credentials in the repair wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another dataset in the repair wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the next scheduled refresh will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the status was last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refresh status again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh is left today: see when the next one frees up above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status read at %1. It is read again every %n minute(s) while this window is open, and with Reload (F5).</source>
        <translation>
            <numerusform>Status read at %1. It is read again every minute while this window is open, and with Reload (F5).</numerusform>
            <numerusform>Status read at %1. It is read again every %n minutes while this window is open, and with Reload (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in to Power BI as %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdUserTimer</name>
    <message>
        <source>The watch could not be set up: its files could not be written in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch could not be set up: systemd did not read its files. The details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch could not be started: systemd refused to start its timer. The details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch could not be removed: %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch&apos;s files are deleted, but systemd did not forget them: it may run once more until the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCalendar</name>
    <message>
        <source>Xero Refresh Assistant: check the refreshes of the Power BI dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero Refresh Assistant: when to check the Power BI dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCheck</name>
    <message>
        <source>The %1 refresh of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI switched off the scheduled refresh of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refresh of %2 will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero credential that Power BI holds is a temporary one: it stops working on %1, before that refresh. Give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s Xero sign-in expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program&apos;s Xero sign-in expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero ends a sign-in that is not used for %1 days. Sign in to Xero again in Xero Refresh Assistant to keep giving Power BI fresh credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI&apos;s Xero sign-in for %1 expires on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero ends a sign-in that is not used for %1 days, and with the scheduled refresh switched off nothing uses it. Switch the schedule on, or refresh now, to keep it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refresh of %2 will not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero Refresh Assistant cannot check the Power BI dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero Refresh Assistant could not give Power BI a fresh Xero credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero credential that Power BI holds is a temporary one: it stopped working on %1. Give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch is set to give Power BI a fresh Xero credential before each scheduled refresh, but this program keeps no Xero sign-in for the dataset&apos;s organisation, or no Xero data source is chosen. Sign in to Xero again in Xero Refresh Assistant, or give Power BI a lasting credential through its own Edit credentials dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchMemory</name>
    <message>
        <source>Refreshes of the Power BI dataset work again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes of %1 work again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh completed: Power BI reads Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell me when something goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the watch installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also give Power BI a fresh temporary credential before each scheduled refresh (the weaker way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the weaker way costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when Power BI&apos;s own dialog cannot be used. It costs one renewal of this program&apos;s Xero sign-in per scheduled refresh, and works only if this computer is on and its keychain unlocked at that time. A credential entered in Power BI&apos;s dialog lasts, and is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where no user timer runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the sandbox: a timer would watch nothing real. The watch can be turned on when the program works with Power BI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs a systemd user timer that checks the dataset a few minutes after each scheduled refresh and once a day, and shows a desktop notification when a problem appears and when it ends. Turning it off removes the timer. Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On. No check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On. Last check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the system&apos;s user timers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the dataset a few minutes after each scheduled refresh and shows a desktop notification when a problem appears and when it ends. No systemd user session answered on this computer, so nothing can be installed: turned on, it shows the line to add to your crontab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this line to your crontab (crontab -e). It needs your desktop session&apos;s bus at /run/user/&lt;your user id&gt;/bus, and does nothing once the watch is turned off here:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebContentLoader</name>
    <message>
        <source>This page cannot be shown: the part of the program that shows web pages could not be loaded. Reinstalling the program should bring it back.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the web view plugin of this version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowServices</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: its folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved state could not be read, so the sandbox starts again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroAccount</name>
    <message>
        <source>The Xero sign-in for this organisation has expired, was revoked or was never saved. Sign in to Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero gave no lasting sign-in (the offline_access scope is missing), so the data source could only be updated for 30 minutes. Add offline_access to the Xero scopes and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of Xero Refresh Assistant is renewing the Xero sign-in and has not finished. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroSettingsPage</name>
    <message>
        <source>Settings for Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s data source, its schedule and its owner, as Power BI&apos;s Settings for Xero page shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the Xero sign-in that Power BI refreshes this dataset with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credentials waits until you own the dataset: Power BI refuses credentials from anyone but the owner. Take it over below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over makes your account the dataset&apos;s owner, so that Power BI accepts the credentials and schedule you set; the previous owner&apos;s credentials stop being used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the dataset over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset belongs to %1: only its owner can change its credentials and schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero sign-in behind this dataset has expired: Power BI can no longer read from Xero. Edit credentials renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: no refresh has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: the last refresh read from Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh reported no problem with the Xero sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI lists no data source for this dataset: there is no Xero credential to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data source that reads Xero: nothing is given to Power BI until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the Xero data source: this assistant leaves its credentials as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads %1, through %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroSignIn</name>
    <message>
        <source>the program&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Xero app may not ask for the scopes listed in the setting xero/scopes (Xero said “%1”). Apps created on or after 2 March 2026 must use Xero&apos;s granular scopes: remove that line from %2 to use the assistant&apos;s own, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Xero app may not ask for the broad scopes accounting.transactions and accounting.reports.read (Xero said “%1”): apps created on or after 2 March 2026 must use Xero&apos;s granular scopes. Set xero/scopeSet=granular in %2, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Xero app does not have Xero&apos;s granular scopes yet (Xero said “%1”), as happens with apps created before 2 March 2026. Add them to the app at developer.xero.com, or set xero/scopeSet=broad in %2 to use the broad scopes such an app still has; then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero does not accept the client id &quot;%1&quot; of your Xero app (invalid_client). Check it against the app at developer.xero.com (My Apps), then correct the setting xero/clientId in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroSignInFlow</name>
    <message>
        <source>Finishing the Xero sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Xero organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Xero sign-in did not give access to that organisation. Sign in to Xero again and tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Xero is not set up in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in in the browser is in progress. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the Xero sign-in in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroSourceChoice</name>
    <message>
        <source>Power BI lists no data source for this dataset, so there is no Xero credential to give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which data source of the dataset reads Xero (on Settings for Xero): no credential is given to Power BI until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs the Xero refresh of a Power BI dataset, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another start cannot be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline against a built-in sandbox that stands in for Power BI, Microsoft sign-in and Xero: without a command, the windows open against it with a broken dataset to repair, and it keeps what happened for the next start; with a command, the command runs against a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the windows against the sandbox as it was at the very start: its remembered dataset, sign-ins and history are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
