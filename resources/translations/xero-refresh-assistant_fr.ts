<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n seconde</numerusform><numerusform>%n secondes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation><numerusform>environ %n heure</numerusform><numerusform>environ %n heures</numerusform></translation>
    </message>
    <message>
        <source>Microsoft sign-in</source>
        <translation>La connexion Microsoft</translation>
    </message>
    <message>
        <source>%1 could not find what was asked for: it may have been deleted or you may no longer have access to it.</source>
        <translation>%1 n’a pas trouvé ce qui était demandé : l’élément a peut-être été supprimé, ou vous n’y avez plus accès.</translation>
    </message>
    <message>
        <source>%1 refused the request: the signed-in account is not allowed to do this.</source>
        <translation>%1 a refusé la demande : le compte connecté n’a pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>%1 had a problem of its own (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 a rencontré un problème de son côté (HTTP %2). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la demande : %2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la demande (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the network connection and try again.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a few minutes.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 sent an answer this program does not understand (at "%2").</source>
        <translation>%1 a envoyé une réponse que ce programme ne comprend pas (à « %2 »).</translation>
    </message>
    <message>
        <source>Your %1 sign-in has expired. Sign in again.</source>
        <translation>Votre connexion à %1 a expiré. Connectez-vous de nouveau.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests and asked to wait %2 before trying again.</source>
        <translation>%1 reçoit trop de demandes et demande d’attendre %2 avant de réessayer.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>The on-premises data gateway that this dataset uses is offline. Ask the person who looks after the gateway to start it, then refresh again.</source>
        <translation>La passerelle de données locale utilisée par ce jeu de données est hors connexion. Demandez à la personne qui s’occupe de la passerelle de la démarrer, puis actualisez de nouveau.</translation>
    </message>
    <message>
        <source>This dataset has already been refreshed 8 times in the last 24 hours, the most Power BI allows on shared capacity. Try again later, or ask for fewer scheduled times.</source>
        <translation>Ce jeu de données a déjà été actualisé 8 fois au cours des dernières 24 heures, le maximum que Power BI autorise en capacité partagée. Réessayez plus tard, ou prévoyez moins d’heures planifiées.</translation>
    </message>
    <message>
        <source>A refresh of this dataset is already running. Wait for it to finish, then look at its result.</source>
        <translation>Une actualisation de ce jeu de données est déjà en cours. Attendez qu’elle se termine, puis consultez son résultat.</translation>
    </message>
    <message>
        <source>Power BI switched the scheduled refresh off after it failed. Once the Xero sign-in is repaired, switch the schedule back on.</source>
        <translation>Power BI a désactivé l’actualisation planifiée après ses échecs. Une fois la connexion à Xero réparée, réactivez la planification.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>This dataset belongs to %1: only its owner can change its credentials and schedule. Take it over to become its owner.</source>
        <translation>Ce jeu de données appartient à %1 : seul son propriétaire peut modifier ses informations d’identification et sa planification. Prenez-le en charge pour en devenir le propriétaire.</translation>
    </message>
    <message>
        <source>The Xero sign-in behind this dataset has expired or was revoked, so Power BI can no longer read your Xero data. Sign in to Xero again to repair it.</source>
        <translation>La connexion à Xero utilisée par ce jeu de données a expiré ou a été révoquée : Power BI ne peut plus lire vos données Xero. Connectez-vous de nouveau à Xero pour la réparer.</translation>
    </message>
    <message>
        <source>Power BI did not say why the refresh failed.</source>
        <translation>Power BI n’a pas indiqué pourquoi l’actualisation a échoué.</translation>
    </message>
    <message>
        <source>Power BI reported an error this program does not know: %1.</source>
        <translation>Power BI a signalé une erreur que ce programme ne connaît pas : %1.</translation>
    </message>
</context>
<context>
    <name>PowerBiClient</name>
    <message>
        <source>Only a dataset in a workspace can be taken over.</source>
        <translation>Seul un jeu de données d’un espace de travail peut être pris en charge.</translation>
    </message>
</context>
<context>
    <name>RefreshScheduleChange</name>
    <message>
        <source>There is nothing to change in the schedule.</source>
        <translation>Il n’y a rien à modifier dans la planification.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>"%1" is not a day of the week. For every day, choose all seven days.</source>
        <translation>« %1 » n’est pas un jour de la semaine. Pour tous les jours, choisissez les sept jours.</translation>
    </message>
    <message>
        <source>"%1" is not a time written as hh:mm, such as 07:00.</source>
        <translation>« %1 » n’est pas une heure écrite hh:mm, comme 07:00.</translation>
    </message>
    <message>
        <source>%1: refresh times must be on the hour or the half hour.</source>
        <translation>%1 : les heures d’actualisation doivent tomber à l’heure pile ou à la demie.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
    <message>
        <source>At most %1 refresh times a day are allowed in this workspace.</source>
        <translation>Cet espace de travail autorise au plus %1 heures d’actualisation par jour.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone Power BI knows.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de Power BI.</translation>
    </message>
    <message>
        <source>"%1" is not a notification option (NoNotification or MailOnFailure).</source>
        <translation>« %1 » n’est pas une option de notification (NoNotification ou MailOnFailure).</translation>
    </message>
    <message>
        <source>Switching the schedule off must not change anything else.</source>
        <translation>La désactivation de la planification ne doit rien modifier d’autre.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language "%1": use en or fr.</source>
        <translation>Langue inconnue « %1 » : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>Repairs the Xero refresh of a Power BI dataset, step by step.</source>
        <translation>Répare pas à pas l’actualisation Xero d’un jeu de données Power BI.</translation>
    </message>
    <message>
        <source>Language of the program: en or fr.</source>
        <translation>Langue du programme : en ou fr.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Sandbox listening on %1. The repair wizard is not part of this version yet; the README lists the sandbox's routes and sign-in details. Press Ctrl+C to stop.</source>
        <translation>Bac à sable à l’écoute sur %1. L’assistant de réparation ne fait pas encore partie de cette version ; le README décrit les routes du bac à sable et les informations de connexion. Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Work against a built-in sandbox that stands in for Power BI, Microsoft sign-in and Xero, offline.</source>
        <translation>Travailler hors ligne avec un bac à sable intégré qui remplace Power BI, la connexion Microsoft et Xero.</translation>
    </message>
    <message>
        <source>The repair wizard is not part of this version yet. Start the program with --sandbox to explore the built-in sandbox.</source>
        <translation>L’assistant de réparation ne fait pas encore partie de cette version. Lancez le programme avec --sandbox pour explorer le bac à sable intégré.</translation>
    </message>
</context>
</TS>
