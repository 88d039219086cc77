<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation><numerusform>about %n hour</numerusform><numerusform>about %n hours</numerusform></translation>
    </message>
    <message>
        <source>Microsoft sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not find what was asked for: it may have been deleted or you may no longer have access to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the request: the signed-in account is not allowed to do this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent an answer this program does not understand (at "%2").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your %1 sign-in has expired. Sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is receiving too many requests and asked to wait %2 before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>The on-premises data gateway that this dataset uses is offline. Ask the person who looks after the gateway to start it, then refresh again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This dataset has already been refreshed 8 times in the last 24 hours, the most Power BI allows on shared capacity. Try again later, or ask for fewer scheduled times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refresh of this dataset is already running. Wait for it to finish, then look at its result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power BI switched the scheduled refresh off after it failed. Once the Xero sign-in is repaired, switch the schedule back on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This dataset belongs to %1: only its owner can change its credentials and schedule. Take it over to become its owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Xero sign-in behind this dataset has expired or was revoked, so Power BI can no longer read your Xero data. Sign in to Xero again to repair it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power BI did not say why the refresh failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power BI reported an error this program does not know: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PowerBiClient</name>
    <message>
        <source>Only a dataset in a workspace can be taken over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefreshScheduleChange</name>
    <message>
        <source>There is nothing to change in the schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a day of the week. For every day, choose all seven days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time written as hh:mm, such as 07:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: refresh times must be on the hour or the half hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 refresh times a day are allowed in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time zone Power BI knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a notification option (NoNotification or MailOnFailure).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switching the schedule off must not change anything else.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language "%1": use en or fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repairs the Xero refresh of a Power BI dataset, step by step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the program: en or fr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox listening on %1. The repair wizard is not part of this version yet; the README lists the sandbox's routes and sign-in details. Press Ctrl+C to stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work against a built-in sandbox that stands in for Power BI, Microsoft sign-in and Xero, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repair wizard is not part of this version yet. Start the program with --sandbox to explore the built-in sandbox.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
