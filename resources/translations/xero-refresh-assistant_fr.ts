<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
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
        <translation>%1 est injoignable. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a few minutes.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 sent an answer this program does not understand (at &quot;%2&quot;).</source>
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
    <message>
        <source>The system keychain</source>
        <translation>Le trousseau du système</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your sign-ins cannot be saved: they are kept only until the program closes. Unlock the keychain, then restart the program to save them.</source>
        <translation>Le trousseau du système est verrouillé : vos connexions ne peuvent pas être enregistrées et ne sont conservées que jusqu’à la fermeture du programme. Déverrouillez le trousseau, puis redémarrez le programme pour les enregistrer.</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-ins cannot be saved: they are kept only until the program closes.</source>
        <translation>Aucun trousseau du système n’est disponible : vos connexions ne peuvent pas être enregistrées et ne sont conservées que jusqu’à la fermeture du programme.</translation>
    </message>
</context>
<context>
    <name>AuthorizationAttempt</name>
    <message>
        <source>No sign-in is in progress. Start the sign-in again.</source>
        <translation>Aucune connexion n’est en cours. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>This sign-in answer was already used. Start the sign-in again.</source>
        <translation>Cette réponse de connexion a déjà été utilisée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in ended at an unexpected address, so it was refused. Start the sign-in again.</source>
        <translation>La connexion s’est terminée à une adresse inattendue : elle a donc été refusée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to the sign-in this program started, so it was refused. Start the sign-in again.</source>
        <translation>La réponse de connexion ne correspond pas à la connexion lancée par ce programme : elle a donc été refusée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code. Start the sign-in again.</source>
        <translation>La réponse de connexion ne contient aucun code d’autorisation. Recommencez la connexion.</translation>
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
        <translation>Commandes (sans commande, le programme ouvre sa fenêtre) :
  datasets     espaces de travail et jeux de données visibles par le compte,
               jeux de données Xero signalés
  status       dernière actualisation, planification et sources de données du
               jeu de données
  history      historique des actualisations, la plus récente d’abord (--top N,
               20 par défaut)
  schedule     affiche la planification ; --set-daily HH:MM[,HH:MM...] la rend
               quotidienne (les sept jours) à ces heures et l’active ;
               --time-zone ID change son fuseau horaire ; --enable, --disable
  refresh-now  envoie de nouvelles informations d’identification Xero si une
               connexion à Xero est enregistrée, puis lance une actualisation ;
               --wait la suit jusqu’au bout (--timeout SECONDS, 1800 par
               défaut)

Codes de sortie : 0 terminé (status : la dernière actualisation a réussi ;
refresh-now --wait : elle a réussi), 1 l’actualisation a échoué, 2 erreur
d’utilisation ou jeu de données inconnu ou ambigu, 3 connexion nécessaire ou
refusée, 4 erreur du service ou du réseau, 5 délai de --wait dépassé.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout and nothing else on stdout.</source>
        <translation>Écrire un seul document JSON sur stdout, et rien d’autre sur stdout.</translation>
    </message>
    <message>
        <source>The dataset&apos;s workspace, by id or name.</source>
        <translation>L’espace de travail du jeu de données, par ID ou par nom.</translation>
    </message>
    <message>
        <source>The dataset, by id or name. Default: the remembered one, else the only dataset with a Xero data source or &quot;Xero&quot; in its name.</source>
        <translation>Le jeu de données, par ID ou par nom. Par défaut : celui mémorisé, sinon le seul jeu de données qui a une source de données Xero ou « Xero » dans son nom.</translation>
    </message>
    <message>
        <source>history: how many refreshes (default 20).</source>
        <translation>history : nombre d’actualisations (20 par défaut).</translation>
    </message>
    <message>
        <source>schedule: refresh every day at these times, and switch it on.</source>
        <translation>schedule : actualiser tous les jours à ces heures, et activer la planification.</translation>
    </message>
    <message>
        <source>schedule: the schedule&apos;s Windows time-zone id, such as &quot;UTC&quot; or &quot;Romance Standard Time&quot;.</source>
        <translation>schedule : l’ID du fuseau horaire Windows de la planification, comme « UTC » ou « Romance Standard Time ».</translation>
    </message>
    <message>
        <source>schedule: switch the schedule on.</source>
        <translation>schedule : activer la planification.</translation>
    </message>
    <message>
        <source>schedule: switch the schedule off.</source>
        <translation>schedule : désactiver la planification.</translation>
    </message>
    <message>
        <source>refresh-now: follow the refresh to its end.</source>
        <translation>refresh-now : suivre l’actualisation jusqu’à la fin.</translation>
    </message>
    <message>
        <source>refresh-now --wait: give up after this many seconds (default 1800).</source>
        <translation>refresh-now --wait : abandonner après ce nombre de secondes (1800 par défaut).</translation>
    </message>
    <message>
        <source>The Microsoft cloud: public, gcc, gcchigh, dod or china.</source>
        <translation>Le cloud Microsoft : public, gcc, gcchigh, dod ou china.</translation>
    </message>
    <message>
        <source>Root URL of that service (overrides the cloud&apos;s).</source>
        <translation>URL racine de ce service (remplace celle du cloud).</translation>
    </message>
    <message>
        <source>datasets, status, history, schedule or refresh-now.</source>
        <translation>datasets, status, history, schedule ou refresh-now.</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use public, gcc, gcchigh, dod or china.</source>
        <translation>Cloud « %1 » inconnu : utilisez public, gcc, gcchigh, dod ou china.</translation>
    </message>
    <message>
        <source>--%1 needs a command, such as status.</source>
        <translation>--%1 nécessite une commande, comme status.</translation>
    </message>
    <message>
        <source>One command at a time: &quot;%1&quot; is one too many.</source>
        <translation>Une seule commande à la fois : « %1 » est en trop.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use datasets, status, history, schedule or refresh-now.</source>
        <translation>Commande « %1 » inconnue : utilisez datasets, status, history, schedule ou refresh-now.</translation>
    </message>
    <message>
        <source>%1 only goes with the command %2.</source>
        <translation>%1 ne s’utilise qu’avec la commande %2.</translation>
    </message>
    <message>
        <source>--top needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--top attend un nombre entier supérieur ou égal à 1, pas « %1 ».</translation>
    </message>
    <message>
        <source>--enable and --disable contradict each other: choose one.</source>
        <translation>--enable et --disable se contredisent : choisissez l’une des deux options.</translation>
    </message>
    <message>
        <source>--timeout only goes with --wait.</source>
        <translation>--timeout ne s’utilise qu’avec --wait.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds of 1 or more, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes supérieur ou égal à 1, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>No workspace has the id or name &quot;%1&quot;.</source>
        <translation>Aucun espace de travail n’a l’ID ou le nom « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the refresh goes on in Power BI.</source>
        <translation>
            <numerusform>Attente interrompue après %n seconde ; l’actualisation se poursuit dans Power BI.</numerusform>
            <numerusform>Attente interrompue après %n secondes ; l’actualisation se poursuit dans Power BI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one with --dataset (and --workspace):</source>
        <translation>Choisissez-en un avec --dataset (et --workspace) :</translation>
    </message>
    <message>
        <source>Name the dataset with --dataset (and --workspace); the command datasets lists them.</source>
        <translation>Indiquez le jeu de données avec --dataset (et --workspace) ; la commande datasets les liste.</translation>
    </message>
</context>
<context>
    <name>CommandSignIn</name>
    <message>
        <source>Nobody is signed in to Power BI. Start xero-refresh-assistant without a command and sign in, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET to use a service principal.</source>
        <translation>Personne n’est connecté à Power BI. Lancez xero-refresh-assistant sans commande et connectez-vous, ou définissez AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET pour utiliser un principal de service.</translation>
    </message>
</context>
<context>
    <name>CredentialPush</name>
    <message>
        <source>This dataset has no Xero data source, so there is no Xero sign-in to update on it.</source>
        <translation>Ce jeu de données n’a pas de source de données Xero : il n’y a donc aucune connexion à Xero à mettre à jour.</translation>
    </message>
</context>
<context>
    <name>DatasetCatalogue</name>
    <message>
        <source>No dataset has the id or name &quot;%1&quot; among those this account can see.</source>
        <translation>Aucun jeu de données n’a l’ID ou le nom « %1 » parmi ceux que ce compte peut voir.</translation>
    </message>
    <message>
        <source>Several datasets are called &quot;%1&quot;: name the workspace too, or use the dataset&apos;s id.</source>
        <translation>Plusieurs jeux de données s’appellent « %1 » : indiquez aussi l’espace de travail, ou utilisez l’ID du jeu de données.</translation>
    </message>
    <message>
        <source>No dataset has a Xero data source or &quot;Xero&quot; in its name.</source>
        <translation>Aucun jeu de données n’a de source de données Xero ni « Xero » dans son nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n datasets could be the Xero dataset: choose one.</source>
        <translation>
            <numerusform>%n jeu de données pourrait être le jeu de données Xero : choisissez-le.</numerusform>
            <numerusform>%n jeux de données pourraient être le jeu de données Xero : choisissez-en un.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetChoice</name>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
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
    <name>Endpoints</name>
    <message>
        <source>The cloud &quot;%1&quot; is unknown. Use one of: public, gcc, gcchigh, dod, china.</source>
        <translation>Le cloud « %1 » est inconnu. Utilisez l’un de ceux-ci : public, gcc, gcchigh, dod, china.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>L’adresse « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The address %1 uses plain http, which is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https instead.</source>
        <translation>L’adresse %1 utilise http non chiffré, qui n’est autorisé que pour cet ordinateur (localhost, 127.0.0.1, ::1). Utilisez https à la place.</translation>
    </message>
    <message>
        <source>The address %1 is not an https address.</source>
        <translation>L’adresse %1 n’est pas une adresse https.</translation>
    </message>
</context>
<context>
    <name>PlainReport</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation>%1, %2, démarrée %3</translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation>, terminée %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>%1; %2 at %3 (%4)</source>
        <translation>%1 ; %2 à %3 (%4)</translation>
    </message>
    <message>
        <source>no day</source>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>aucun jeu de données</translation>
    </message>
    <message>
        <source>%1 (%2), owner %3</source>
        <translation>%1 (%2), propriétaire %3</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Refreshes today</source>
        <translation>Actualisations aujourd’hui</translation>
    </message>
    <message>
        <source>%1 (%2 left on shared capacity)</source>
        <translation>%1 (il en reste %2 en capacité partagée)</translation>
    </message>
    <message>
        <source>%1 (no daily limit on dedicated capacity)</source>
        <translation>%1 (pas de limite quotidienne en capacité dédiée)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>No refresh yet.</source>
        <translation>Aucune actualisation pour l’instant.</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Xero credentials</source>
        <translation>Informations d’identification Xero</translation>
    </message>
    <message>
        <source>pushed just before</source>
        <translation>envoyées juste avant</translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation>non envoyées</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de la demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>accepted: the refresh has started</source>
        <translation>acceptée : l’actualisation a démarré</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>gave up before the refresh ended</source>
        <translation>abandonnée avant la fin de l’actualisation</translation>
    </message>
    <message>
        <source>--workspace %1 --dataset %2  (%3)</source>
        <translation>--workspace %1 --dataset %2  (%3)</translation>
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
    <name>RefreshExplanation</name>
    <message>
        <source>The refresh completed.</source>
        <translation>L’actualisation a réussi.</translation>
    </message>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>L’actualisation a été annulée.</translation>
    </message>
    <message>
        <source>The refresh is disabled.</source>
        <translation>L’actualisation est désactivée.</translation>
    </message>
    <message>
        <source>The refresh is still running.</source>
        <translation>L’actualisation est toujours en cours.</translation>
    </message>
    <message>
        <source>Power BI does not know how this refresh ended.</source>
        <translation>Power BI ne sait pas comment cette actualisation s’est terminée.</translation>
    </message>
    <message>
        <source>Power BI reports the status &quot;%1&quot;, which this program does not know.</source>
        <translation>Power BI indique l’état « %1 », que ce programme ne connaît pas.</translation>
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
        <source>&quot;%1&quot; is not a day of the week. For every day, choose all seven days.</source>
        <translation>« %1 » n’est pas un jour de la semaine. Pour tous les jours, choisissez les sept jours.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written as hh:mm, such as 07:00.</source>
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
        <source>&quot;%1&quot; is not a time zone Power BI knows.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de Power BI.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a notification option (NoNotification or MailOnFailure).</source>
        <translation>« %1 » n’est pas une option de notification (NoNotification ou MailOnFailure).</translation>
    </message>
    <message>
        <source>Switching the schedule off must not change anything else.</source>
        <translation>La désactivation de la planification ne doit rien modifier d’autre.</translation>
    </message>
</context>
<context>
    <name>RepairSession</name>
    <message>
        <source>No dataset is chosen yet.</source>
        <translation>Aucun jeu de données n’est encore choisi.</translation>
    </message>
    <message>
        <source>Reading the workspaces…</source>
        <translation>Lecture des espaces de travail…</translation>
    </message>
    <message>
        <source>Reading the datasets…</source>
        <translation>Lecture des jeux de données…</translation>
    </message>
    <message>
        <source>Looking for Xero data sources…</source>
        <translation>Recherche des sources de données Xero…</translation>
    </message>
    <message>
        <source>No workspace has the id or name &quot;%1&quot; among those this account can see.</source>
        <translation>Aucun espace de travail n’a l’ID ou le nom « %1 » parmi ceux que ce compte peut voir.</translation>
    </message>
    <message>
        <source>Several workspaces are called &quot;%1&quot;: use the workspace&apos;s id.</source>
        <translation>Plusieurs espaces de travail s’appellent « %1 » : utilisez l’ID de l’espace de travail.</translation>
    </message>
    <message>
        <source>Reading the refresh history, schedule and data sources…</source>
        <translation>Lecture de l’historique des actualisations, de la planification et des sources de données…</translation>
    </message>
    <message>
        <source>Reading the refresh history…</source>
        <translation>Lecture de l’historique des actualisations…</translation>
    </message>
    <message>
        <source>Reading the refresh schedule…</source>
        <translation>Lecture de la planification de l’actualisation…</translation>
    </message>
    <message>
        <source>Changing the refresh schedule…</source>
        <translation>Modification de la planification de l’actualisation…</translation>
    </message>
    <message>
        <source>Finding the dataset&apos;s Xero data source…</source>
        <translation>Recherche de la source de données Xero du jeu de données…</translation>
    </message>
    <message>
        <source>Getting a fresh Xero sign-in…</source>
        <translation>Obtention d’une nouvelle connexion à Xero…</translation>
    </message>
    <message>
        <source>Giving Power BI the new Xero credentials…</source>
        <translation>Transmission des nouvelles informations d’identification Xero à Power BI…</translation>
    </message>
    <message>
        <source>Starting the refresh…</source>
        <translation>Démarrage de l’actualisation…</translation>
    </message>
    <message>
        <source>A refresh is already being followed.</source>
        <translation>Une actualisation est déjà suivie.</translation>
    </message>
    <message>
        <source>Waiting for the refresh to end…</source>
        <translation>Attente de la fin de l’actualisation…</translation>
    </message>
    <message>
        <source>The refresh is running (%1 so far)…</source>
        <translation>L’actualisation est en cours (temps écoulé : %1)…</translation>
    </message>
    <message>
        <source>Taking the dataset over…</source>
        <translation>Prise en charge du jeu de données…</translation>
    </message>
    <message>
        <source>Signing in is not set up in this program.</source>
        <translation>La connexion n’est pas configurée dans ce programme.</translation>
    </message>
    <message>
        <source>Finishing the Power BI sign-in…</source>
        <translation>Finalisation de la connexion à Power BI…</translation>
    </message>
    <message>
        <source>Finishing the Xero sign-in…</source>
        <translation>Finalisation de la connexion à Xero…</translation>
    </message>
    <message>
        <source>Checking the Xero organisation…</source>
        <translation>Vérification de l’organisation Xero…</translation>
    </message>
    <message>
        <source>This Xero sign-in did not give access to that organisation. Sign in to Xero again and tick it.</source>
        <translation>Cette connexion à Xero ne donne pas accès à cette organisation. Connectez-vous de nouveau à Xero et cochez-la.</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Loading the sign-in page</source>
        <translation>Chargement de la page de connexion</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry loading the sign-in page</source>
        <translation>Réessayer de charger la page de connexion</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>The sign-in address is not secure, so it was not opened.</source>
        <translation>L’adresse de connexion n’est pas sécurisée : elle n’a donc pas été ouverte.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown right now.</source>
        <translation>La page de connexion ne peut pas être affichée pour le moment.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>The sign-in page was closed.</source>
        <translation>La page de connexion a été fermée.</translation>
    </message>
    <message>
        <source>The sign-in page tried to open an address that is not secure.</source>
        <translation>La page de connexion a tenté d’ouvrir une adresse non sécurisée.</translation>
    </message>
    <message>
        <source>The identity of the sign-in site could not be verified, so the page was not shown.</source>
        <translation>L’identité du site de connexion n’a pas pu être vérifiée : la page n’a donc pas été affichée.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded. Check the connection, then try again.</source>
        <translation>La page de connexion n’a pas pu être chargée. Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in page stopped working.</source>
        <translation>La page de connexion a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>XeroAccount</name>
    <message>
        <source>The Xero sign-in for this organisation has expired, was revoked or was never saved. Sign in to Xero again.</source>
        <translation>La connexion à Xero pour cette organisation a expiré, a été révoquée ou n’a jamais été enregistrée. Connectez-vous de nouveau à Xero.</translation>
    </message>
    <message>
        <source>Xero gave no lasting sign-in (the offline_access scope is missing), so the data source could only be updated for 30 minutes. Add offline_access to the Xero scopes and sign in again.</source>
        <translation>Xero n’a pas fourni de connexion durable (l’étendue offline_access manque) : la source de données n’a donc pu être mise à jour que pour 30 minutes. Ajoutez offline_access aux étendues Xero, puis connectez-vous de nouveau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or fr.</source>
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
        <source>Sandbox listening on %1. The repair wizard is not part of this version yet; the README lists the sandbox&apos;s routes and sign-in details. Press Ctrl+C to stop.</source>
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
