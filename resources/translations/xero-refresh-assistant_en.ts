<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>CommandLine</name>
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

Exit codes: 0 done (status: the last refresh completed; refresh-now --wait: it
completed), 1 the refresh failed, 2 usage error or unknown or ambiguous dataset,
3 sign-in needed or refused, 4 service or network error, 5 --wait timed out.
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The dataset&apos;s workspace, by id or name.</source>
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
        <source>refresh-now --wait: give up after this many seconds (default 1800).</source>
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
        <source>datasets, status, history, schedule or refresh-now.</source>
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
        <source>Unknown command &quot;%1&quot;: use datasets, status, history, schedule or refresh-now.</source>
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
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the refresh goes on in Power BI.</source>
        <translation>
            <numerusform>Stopped waiting after %n second; the refresh goes on in Power BI.</numerusform>
            <numerusform>Stopped waiting after %n seconds; the refresh goes on in Power BI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one with --dataset (and --workspace):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dataset with --dataset (and --workspace); the command datasets lists them.</source>
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
    <name>CredentialPush</name>
    <message>
        <source>This dataset has no Xero data source, so there is no Xero sign-in to update on it.</source>
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
    <name>DiagnosisCatalogue</name>
    <message>
        <source>The on-premises data gateway that this dataset uses is offline. Ask the person who looks after the gateway to start it, then refresh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset has already been refreshed 8 times in the last 24 hours, the most Power BI allows on shared capacity. Try again later, or ask for fewer scheduled times.</source>
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
        <source>%1; %2 at %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
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
        <source>Refreshes today</source>
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
</context>
<context>
    <name>PowerBiClient</name>
    <message>
        <source>Only a dataset in a workspace can be taken over.</source>
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
</context>
<context>
    <name>RepairSession</name>
    <message>
        <source>No dataset is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Changing the refresh schedule…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Taking the dataset over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is not set up in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the Power BI sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>XeroAccount</name>
    <message>
        <source>The Xero sign-in for this organisation has expired, was revoked or was never saved. Sign in to Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero gave no lasting sign-in (the offline_access scope is missing), so the data source could only be updated for 30 minutes. Add offline_access to the Xero scopes and sign in again.</source>
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
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1. The repair wizard is not part of this version yet; the README lists the sandbox&apos;s routes and sign-in details. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work against a built-in sandbox that stands in for Power BI, Microsoft sign-in and Xero, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair wizard is not part of this version yet. Start the program with --sandbox to explore the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
