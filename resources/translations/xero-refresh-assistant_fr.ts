<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xero Refresh Assistant</source>
        <translation>À propos de Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Repairs the scheduled refresh of a Power BI dataset that loads from Xero, step by step, as Microsoft documents it.</source>
        <translation>Répare l’actualisation planifiée d’un jeu de données Power BI alimenté par Xero, étape par étape, comme le documente Microsoft.</translation>
    </message>
    <message>
        <source>Free software under the %1.</source>
        <translation>Logiciel libre sous %1.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licence MIT</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Page du projet</translation>
    </message>
    <message>
        <source>How to try it in the sandbox</source>
        <translation>Comment l’essayer dans le bac à sable</translation>
    </message>
</context>
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
    <message>
        <source>%1 is receiving too many requests and did not say how long to wait. This program waited %2 between its tries of its own accord; try again in a few minutes.</source>
        <translation>%1 reçoit trop de demandes et n’a pas indiqué combien de temps attendre. Ce programme a attendu %2 de lui-même entre ses essais ; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The desktop notification service</source>
        <translation>Le service de notifications du bureau</translation>
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
    <name>ChooseDatasetPage</name>
    <message>
        <source>Choose the dataset</source>
        <translation>Choisir le jeu de données</translation>
    </message>
    <message>
        <source>Choose the Power BI dataset whose Xero refresh should be repaired.</source>
        <translation>Choisissez le jeu de données Power BI dont l’actualisation Xero doit être réparée.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Dataset or workspace name</source>
        <translation>Nom du jeu de données ou de l’espace de travail</translation>
    </message>
    <message>
        <source>Search the datasets</source>
        <translation>Rechercher dans les jeux de données</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>&amp;Jeux de données :</translation>
    </message>
    <message>
        <source>About the datasets</source>
        <translation>À propos des jeux de données</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <source>%1, Xero dataset</source>
        <translation>%1, jeu de données Xero</translation>
    </message>
    <message>
        <source>This account cannot see any dataset. Go back and sign in with the account that has access to the Xero dataset&apos;s workspace.</source>
        <translation>Ce compte ne voit aucun jeu de données. Revenez en arrière et connectez-vous avec le compte qui a accès à l’espace de travail du jeu de données Xero.</translation>
    </message>
    <message>
        <source>No dataset or workspace name contains &quot;%1&quot;.</source>
        <translation>Aucun nom de jeu de données ou d’espace de travail ne contient « %1 ».</translation>
    </message>
    <message>
        <source>Reading the datasets</source>
        <translation>Lecture des jeux de données</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>Lecture du jeu de données…</translation>
    </message>
    <message>
        <source>This dataset is no longer there: choose another one.</source>
        <translation>Ce jeu de données n’existe plus : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>None of these datasets says Xero in its name or data source. Choose the one to repair, or go back and sign in with another account.</source>
        <translation>Aucun de ces jeux de données ne mentionne Xero dans son nom ou sa source de données. Choisissez celui à réparer, ou revenez en arrière et connectez-vous avec un autre compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) could not be read: their datasets may be missing. Retry reads them again.</source>
        <translation>
            <numerusform>%n espace de travail n’a pas pu être lu : ses jeux de données manquent peut-être. Réessayer le relit.</numerusform>
            <numerusform>%n espaces de travail n’ont pas pu être lus : leurs jeux de données manquent peut-être. Réessayer les relit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your workspaces…</source>
        <translation>Lecture de vos espaces de travail…</translation>
    </message>
    <message>
        <source>Still reading: %1 of %2 workspaces read.</source>
        <translation>Lecture en cours : %1 espaces de travail lus sur %2.</translation>
    </message>
    <message>
        <source>The list from your last visit, being brought up to date. %1</source>
        <translation>La liste de votre dernière visite, en cours de mise à jour. %1</translation>
    </message>
</context>
<context>
    <name>ChosenDataset</name>
    <message>
        <source>No dataset is chosen yet.</source>
        <translation>Aucun jeu de données n’est encore choisi.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>The Microsoft cloud: public, gcc, gcchigh, dod or china.</source>
        <translation>Le cloud Microsoft : public, gcc, gcchigh, dod ou china.</translation>
    </message>
    <message>
        <source>Root URL of that service (overrides the cloud&apos;s).</source>
        <translation>URL racine de ce service (remplace celle du cloud).</translation>
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
    <message>
        <source>--%1 is empty: give an address, or leave the option out.</source>
        <translation>--%1 est vide : donnez une adresse, ou retirez l’option.</translation>
    </message>
    <message>
        <source>The variable %1 is set but empty: give an address, or unset it.</source>
        <translation>La variable %1 est définie mais vide : donnez une adresse, ou supprimez-la.</translation>
    </message>
    <message>
        <source>--%1 is empty: give an id or a name, or leave the option out.</source>
        <translation>--%1 est vide : donnez un identifiant ou un nom, ou retirez l’option.</translation>
    </message>
    <message>
        <source>refresh-now --wait: stop after this many seconds, whatever is under way (default 1800, at most 86400); exit code 5.</source>
        <translation>refresh-now --wait : s’arrêter après ce nombre de secondes, quoi qu’il soit en cours (1800 par défaut, 86400 au plus) ; code de sortie 5.</translation>
    </message>
    <message>
        <source>--top can be at most %1, not &quot;%2&quot; (Power BI keeps at most 60 refreshes anyway).</source>
        <translation>--top vaut au plus %1, pas « %2 » (Power BI ne garde de toute façon pas plus de 60 actualisations).</translation>
    </message>
    <message>
        <source>--set-daily &quot;%1&quot; has an empty time: give times as HH:MM separated by commas, such as 06:00,18:30.</source>
        <translation>--set-daily « %1 » contient une heure vide : donnez des heures HH:MM séparées par des virgules, comme 06:00,18:30.</translation>
    </message>
    <message>
        <source>--timeout can be at most %1 seconds (a day), not &quot;%2&quot;.</source>
        <translation>--timeout vaut au plus %1 secondes (un jour), pas « %2 ».</translation>
    </message>
    <message>
        <source>--sandbox-reset is for the windows: a command&apos;s sandbox is always new.</source>
        <translation>--sandbox-reset sert aux fenêtres : le bac à sable d’une commande est toujours neuf.</translation>
    </message>
    <message>
        <source>The dataset&apos;s workspace, by id or name. Without a command, the windows list only that workspace&apos;s datasets.</source>
        <translation>L’espace de travail du jeu de données, par ID ou par nom. Sans commande, les fenêtres ne listent que les jeux de données de cet espace de travail.</translation>
    </message>
    <message>
        <source>watch: how long a notification&apos;s Fix now is listened for, in seconds (default 600, 0 for not at all).</source>
        <translation>watch : combien de temps « Réparer maintenant » d’une notification est écouté, en secondes (600 par défaut, 0 pour pas du tout).</translation>
    </message>
    <message>
        <source>Without a command: what the window shows first: status, xero-settings (the Xero credential) or schedule.</source>
        <translation>Sans commande : ce que la fenêtre montre d’abord : status, xero-settings (l’information d’identification Xero) ou schedule.</translation>
    </message>
    <message>
        <source>datasets, status, history, schedule, refresh-now or watch.</source>
        <translation>datasets, status, history, schedule, refresh-now ou watch.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use datasets, status, history, schedule, refresh-now or watch.</source>
        <translation>Commande « %1 » inconnue : utilisez datasets, status, history, schedule, refresh-now ou watch.</translation>
    </message>
    <message>
        <source>--action-wait can be at most %1 seconds (a day), not &quot;%2&quot;.</source>
        <translation>--action-wait vaut au plus %1 secondes (un jour), pas « %2 ».</translation>
    </message>
    <message>
        <source>--action-wait needs a number of seconds (0 or more), not &quot;%1&quot;.</source>
        <translation>--action-wait demande un nombre de secondes (0 ou plus), pas « %1 ».</translation>
    </message>
    <message>
        <source>--open is for the windows, not for a command.</source>
        <translation>--open est pour les fenêtres, pas pour une commande.</translation>
    </message>
    <message>
        <source>Unknown --open &quot;%1&quot;: use status, xero-settings or schedule.</source>
        <translation>--open « %1 » inconnu : utilisez status, xero-settings ou schedule.</translation>
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
  watch        vérifie le jeu de données comme le fait le minuteur de la
               surveillance : signale sur le bureau ce qui est nouveau (chaque
               problème une fois, et sa fin) et, avec la voie la plus faible,
               envoie une information d’identification Xero neuve avant une
               actualisation planifiée (--action-wait SECONDS, 600 par défaut :
               combien de temps « Réparer maintenant » est écouté)

Codes de sortie : 0 terminé (status : la dernière actualisation a réussi ;
refresh-now --wait : elle a réussi ; watch : rien ne va mal), 1 l’actualisation
a échoué (watch : quelque chose ne va pas), 2 erreur d’utilisation ou jeu de
données inconnu ou ambigu, 3 connexion nécessaire ou refusée, 4 erreur du
service ou du réseau, 5 le --timeout de --wait est passé (l’actualisation se
poursuit dans Power BI).
</translation>
    </message>
    <message>
        <source>watch: do nothing when the watch is turned off in the window (what its timer runs).</source>
        <translation>watch : ne rien faire quand la surveillance est désactivée dans la fenêtre (ce que lance son minuteur).</translation>
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
    <message>
        <source>Choose one with --dataset (and --workspace):</source>
        <translation>Choisissez-en un avec --dataset (et --workspace) :</translation>
    </message>
    <message>
        <source>Name the dataset with --dataset (and --workspace); the command datasets lists them.</source>
        <translation>Indiquez le jeu de données avec --dataset (et --workspace) ; la commande datasets les liste.</translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI, but following it failed: %1</source>
        <translation>L’actualisation a été lancée et se poursuit dans Power BI, mais son suivi a échoué : %1</translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI (request id %1), but following it failed: %2</source>
        <translation>L’actualisation a été lancée et se poursuit dans Power BI (ID de requête %1), mais son suivi a échoué : %2</translation>
    </message>
    <message>
        <source>The command status shows how it ends.</source>
        <translation>La commande status montre comment elle se termine.</translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s). The refresh was started and is still running in Power BI; the command status shows how it ends.</source>
        <translation>
            <numerusform>L’attente a pris fin après %n seconde. L’actualisation a été lancée et se poursuit dans Power BI ; la commande status montre comment elle se termine.</numerusform>
            <numerusform>L’attente a pris fin après %n secondes. L’actualisation a été lancée et se poursuit dans Power BI ; la commande status montre comment elle se termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s). The refresh was started and is still running in Power BI (request id %1); the command status shows how it ends.</source>
        <translation>
            <numerusform>L’attente a pris fin après %n seconde. L’actualisation a été lancée et se poursuit dans Power BI (ID de requête %1) ; la commande status montre comment elle se termine.</numerusform>
            <numerusform>L’attente a pris fin après %n secondes. L’actualisation a été lancée et se poursuit dans Power BI (ID de requête %1) ; la commande status montre comment elle se termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s), before Power BI confirmed the refresh: it may have started. The command status shows whether it did.</source>
        <translation>
            <numerusform>L’attente a pris fin après %n seconde, avant que Power BI confirme l’actualisation : elle a peut-être été lancée. La commande status montre si elle l’a été.</numerusform>
            <numerusform>L’attente a pris fin après %n secondes, avant que Power BI confirme l’actualisation : elle a peut-être été lancée. La commande status montre si elle l’a été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wait ended after %n second(s), before the refresh could be started: nothing was started.</source>
        <translation>
            <numerusform>L’attente a pris fin après %n seconde, avant que l’actualisation puisse être lancée : rien n’a été lancé.</numerusform>
            <numerusform>L’attente a pris fin après %n secondes, avant que l’actualisation puisse être lancée : rien n’a été lancé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window could not be opened: start Xero Refresh Assistant.</source>
        <translation>La fenêtre n’a pas pu s’ouvrir : lancez Xero Refresh Assistant.</translation>
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
    <name>ConfigureXeroPage</name>
    <message>
        <source>Configure Xero</source>
        <translation>Configurer Xero</translation>
    </message>
    <message>
        <source>Step 3: the Xero organisation the dataset reads.</source>
        <translation>Étape 3 : l’organisation Xero lue par le jeu de données.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>The name of the organisation as it appears in Xero</source>
        <translation>Le nom de l’organisation tel qu’il apparaît dans Xero</translation>
    </message>
    <message>
        <source>For example: Contoso Ltd</source>
        <translation>Par exemple : Contoso Ltd</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Nom de l’&amp;organisation :</translation>
    </message>
    <message>
        <source>Rule for the organisation name</source>
        <translation>Règle pour le nom de l’organisation</translation>
    </message>
    <message>
        <source>Filled in with the organisation you used last time. Change it if this dataset reads another one.</source>
        <translation>Rempli avec l’organisation utilisée la dernière fois. Modifiez-le si ce jeu de données en lit une autre.</translation>
    </message>
    <message>
        <source>Enter the organisation name.</source>
        <translation>Saisissez le nom de l’organisation.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: an organisation name has at most %n characters.</source>
        <translation>
            <numerusform>Ce nom est trop long : un nom d’organisation compte au plus %n caractère.</numerusform>
            <numerusform>Ce nom est trop long : un nom d’organisation compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type it as Xero shows it, up to %n characters. Capitals and spaces do not matter; spaces at either end are ignored.</source>
        <translation>
            <numerusform>Saisissez-le tel que Xero l’affiche, %n caractère au plus. Les majuscules et les espaces n’ont pas d’importance ; les espaces au début et à la fin sont ignorés.</numerusform>
            <numerusform>Saisissez-le tel que Xero l’affiche, %n caractères au plus. Les majuscules et les espaces n’ont pas d’importance ; les espaces au début et à la fin sont ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of your organisation as it appears in Xero (at the top left of Xero, next to the organisation menu). On the next step, Power BI&apos;s own dialog asks for it: the program offers it there to paste.</source>
        <translation>Saisissez le nom de votre organisation tel qu’il apparaît dans Xero (en haut à gauche de Xero, à côté du menu de l’organisation). À l’étape suivante, la boîte de dialogue de Power BI le demande : le programme vous le propose alors à coller.</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CredentialPopupWindow</name>
    <message>
        <source>Sign in - Power BI</source>
        <translation>Connexion - Power BI</translation>
    </message>
    <message>
        <source>Power BI&apos;s sign-in window</source>
        <translation>Fenêtre de connexion de Power BI</translation>
    </message>
</context>
<context>
    <name>CredentialPush</name>
    <message>
        <source>a Xero sign-in for a data source behind an on-premises gateway must be encrypted with the gateway&apos;s key, and only an administrator of the gateway can read that key. Ask one to make you an administrator of the gateway, or enter the Xero sign-in on the dataset&apos;s settings page in Power BI.</source>
        <translation>une connexion à Xero pour une source de données derrière une passerelle de données locale doit être chiffrée avec la clé de la passerelle, et seul un administrateur de la passerelle peut lire cette clé. Demandez à l’un d’eux de vous nommer administrateur de la passerelle, ou saisissez la connexion à Xero sur la page des paramètres du jeu de données dans Power BI.</translation>
    </message>
</context>
<context>
    <name>CredentialState</name>
    <message>
        <source>Not known: this program has not seen a credential given to Power BI for this data source.</source>
        <translation>Inconnue : ce programme n’a vu aucune information d’identification donnée à Power BI pour cette source de données.</translation>
    </message>
    <message>
        <source>Lasting: entered in Power BI&apos;s own dialog on %1, and a refresh has read Xero with it since. Power BI renews it on its own.</source>
        <translation>Durable : saisie dans la boîte de dialogue de Power BI le %1, et une actualisation a lu Xero avec depuis. Power BI la renouvelle lui-même.</translation>
    </message>
    <message>
        <source>Lasting: entered in Power BI&apos;s own dialog on %1. Power BI renews it on its own.</source>
        <translation>Durable : saisie dans la boîte de dialogue de Power BI le %1. Power BI la renouvelle lui-même.</translation>
    </message>
    <message>
        <source>Temporary: pushed by this program on %1, it works until %2 only.</source>
        <translation>Temporaire : envoyée par ce programme le %1, elle ne fonctionne que jusqu’au %2.</translation>
    </message>
    <message>
        <source>Expired: the temporary credential pushed by this program stopped working on %1.</source>
        <translation>Expirée : l’information d’identification temporaire envoyée par ce programme ne fonctionne plus depuis le %1.</translation>
    </message>
    <message>
        <source>Broken: the refresh of %1 could not read Xero with it.</source>
        <translation>Hors d’usage : l’actualisation du %1 n’a pas pu lire Xero avec.</translation>
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
    <name>DatasetEditor</name>
    <message>
        <source>Changing the refresh schedule…</source>
        <translation>Modification de la planification de l’actualisation…</translation>
    </message>
    <message>
        <source>Taking the dataset over…</source>
        <translation>Prise en charge du jeu de données…</translation>
    </message>
    <message>
        <source>Power BI answered, but the schedule it reads back is not the one asked for: %1.</source>
        <translation>Power BI a répondu, mais la planification relue n’est pas celle demandée : %1.</translation>
    </message>
</context>
<context>
    <name>DatasetFinder</name>
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
        <source>Looking for the datasets that read the same data source…</source>
        <translation>Recherche des jeux de données qui lisent la même source de données…</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>Lecture du jeu de données…</translation>
    </message>
    <message>
        <source>Looking for the workspace…</source>
        <translation>Recherche de l’espace de travail…</translation>
    </message>
</context>
<context>
    <name>DatasetWatch</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Fix now</source>
        <translation>Réparer maintenant</translation>
    </message>
    <message>
        <source>Open Xero Refresh Assistant to fix it.</source>
        <translation>Ouvrez Xero Refresh Assistant pour le réparer.</translation>
    </message>
    <message>
        <source>Nothing wrong</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>The on-premises data gateway that this dataset uses is offline. Ask the person who looks after the gateway to start it, then refresh again.</source>
        <translation>La passerelle de données locale utilisée par ce jeu de données est hors connexion. Demandez à la personne qui s’occupe de la passerelle de la démarrer, puis actualisez de nouveau.</translation>
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
    <message>
        <source>This dataset has already been refreshed %1 times in the last 24 hours, the most Power BI allows on shared capacity. Try again later, or ask for fewer scheduled times.</source>
        <translation>Ce jeu de données a déjà été actualisé %1 fois au cours des dernières 24 heures, le maximum que Power BI autorise en capacité partagée. Réessayez plus tard, ou prévoyez moins d’heures planifiées.</translation>
    </message>
</context>
<context>
    <name>EditCredentialsPage</name>
    <message>
        <source>Edit the credentials in Power BI</source>
        <translation>Modifier les informations d’identification dans Power BI</translation>
    </message>
    <message>
        <source>Step 4: sign in with Xero in Power BI&apos;s own dialog, so that Power BI keeps the sign-in and renews it on its own.</source>
        <translation>Étape 4 : connectez-vous à Xero dans la boîte de dialogue de Power BI, pour que Power BI garde la connexion et la renouvelle lui-même.</translation>
    </message>
    <message>
        <source>1. On the Power BI page, open Data source credentials, then select Edit credentials next to the Xero data source.</source>
        <translation>1. Sur la page Power BI, ouvrez Informations d’identification de la source de données, puis sélectionnez Modifier les informations d’identification à côté de la source de données Xero.</translation>
    </message>
    <message>
        <source>&amp;Copy the organisation name</source>
        <translation>&amp;Copier le nom de l’organisation</translation>
    </message>
    <message>
        <source>3. Select Sign in, sign in to Xero in the window that opens, tick the organisation and allow access.</source>
        <translation>3. Sélectionnez Se connecter, connectez-vous à Xero dans la fenêtre qui s’ouvre, cochez l’organisation et autorisez l’accès.</translation>
    </message>
    <message>
        <source>4. The window closes by itself and Power BI says the credentials were updated. Then select Next.</source>
        <translation>4. La fenêtre se ferme d’elle-même et Power BI indique que les informations d’identification ont été mises à jour. Sélectionnez alors Suivant.</translation>
    </message>
    <message>
        <source>Where the dialog stands</source>
        <translation>Où en est la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Use a temporary credential instead...</source>
        <translation>&amp;Utiliser plutôt une information d’identification temporaire...</translation>
    </message>
    <message>
        <source>For when Power BI&apos;s dialog cannot be used: this program signs in to Xero and gives Power BI a credential that lasts 30 minutes</source>
        <translation>Pour quand la boîte de dialogue de Power BI est inutilisable : ce programme se connecte à Xero et donne à Power BI une information d’identification qui dure 30 minutes</translation>
    </message>
    <message>
        <source>Sign in to Xero &amp;here for 30 minutes</source>
        <translation>Se connecter à Xero &amp;ici pour 30 minutes</translation>
    </message>
    <message>
        <source>Waiting for Power BI&apos;s dialog.</source>
        <translation>En attente de la boîte de dialogue de Power BI.</translation>
    </message>
    <message>
        <source>2. In the dialog, enter the organisation name where Power BI asks for it: %1</source>
        <translation>2. Dans la boîte de dialogue, saisissez le nom de l’organisation là où Power BI le demande : %1</translation>
    </message>
    <message>
        <source>Sign in to Xero in the window that opened.</source>
        <translation>Connectez-vous à Xero dans la fenêtre qui s’est ouverte.</translation>
    </message>
    <message>
        <source>Reading the state of the Xero credential…</source>
        <translation>Lecture de l’état de l’information d’identification Xero…</translation>
    </message>
    <message>
        <source>Only when the credential Power BI holds is known to be broken: a temporary one would replace it.</source>
        <translation>Seulement quand l’information d’identification de Power BI est connue hors d’usage : une temporaire la remplacerait.</translation>
    </message>
    <message>
        <source>Power BI received the new Xero sign-in. Check that the page says the credentials were updated, then select Next.</source>
        <translation>Power BI a reçu la nouvelle connexion Xero. Vérifiez que la page indique que les informations d’identification ont été mises à jour, puis sélectionnez Suivant.</translation>
    </message>
    <message>
        <source>You declined the access at Xero: the credentials were not updated. Select Sign in again in Power BI&apos;s dialog.</source>
        <translation>Vous avez refusé l’accès chez Xero : les informations d’identification n’ont pas été mises à jour. Sélectionnez de nouveau Se connecter dans la boîte de dialogue de Power BI.</translation>
    </message>
    <message>
        <source>Xero refused the sign-in (%1): the credentials were not updated.</source>
        <translation>Xero a refusé la connexion (%1) : les informations d’identification n’ont pas été mises à jour.</translation>
    </message>
    <message>
        <source>The sign-in window closed before Xero answered: the credentials were not updated. Select Sign in again in Power BI&apos;s dialog.</source>
        <translation>La fenêtre de connexion s’est fermée avant la réponse de Xero : les informations d’identification n’ont pas été mises à jour. Sélectionnez de nouveau Se connecter dans la boîte de dialogue de Power BI.</translation>
    </message>
    <message>
        <source>Looking for the other datasets that read this data source…</source>
        <translation>Recherche des autres jeux de données qui lisent cette source de données…</translation>
    </message>
    <message>
        <source>Which other datasets read it could not be found: %1</source>
        <translation>Impossible de savoir quels autres jeux de données la lisent : %1</translation>
    </message>
    <message>
        <source>No other dataset of yours reads it.</source>
        <translation>Aucun autre de vos jeux de données ne la lit.</translation>
    </message>
    <message>
        <source>These datasets read it too, and get the same temporary credential: %1.</source>
        <translation>Ces jeux de données la lisent aussi, et reçoivent la même information d’identification temporaire : %1.</translation>
    </message>
    <message>
        <source>A temporary credential lasts 30 minutes only: until about %1. It replaces the one Power BI holds for this data source, and the next scheduled refresh after %1 fails with it. Use it to refresh now when Power BI&apos;s dialog cannot be used.</source>
        <translation>Une information d’identification temporaire ne dure que 30 minutes : jusqu’à %1 environ. Elle remplace celle que Power BI détient pour cette source de données, et la prochaine actualisation planifiée après %1 échoue avec. Utilisez-la pour actualiser maintenant quand la boîte de dialogue de Power BI est inutilisable.</translation>
    </message>
    <message>
        <source>&amp;Copied: paste it there</source>
        <translation>&amp;Copié : collez-le là-bas</translation>
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
    <name>FinishPage</name>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Outcome of the repair</source>
        <translation>Résultat de la réparation</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>Ce qui ne va toujours pas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>&lt;p&gt;The next steps Microsoft&apos;s procedure names:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;Contact Power BI support&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;%2&quot;&gt;Ask the Power BI community&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Copy the details below into your request: they say which dataset and which refresh failed, and how.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les étapes suivantes prévues par la procédure de Microsoft :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;%1&quot;&gt;Contacter le support Power BI&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;%2&quot;&gt;Poser la question à la communauté Power BI&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Copiez les détails ci-dessous dans votre demande : ils indiquent quel jeu de données et quelle actualisation ont échoué, et comment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the details of the failure</source>
        <translation>Copier les détails de l’échec</translation>
    </message>
    <message>
        <source>Puts the dataset&apos;s ids, the refresh&apos;s request id, status, error code and times on the clipboard; no password or sign-in</source>
        <translation>Copie dans le presse-papiers les ID du jeu de données, ainsi que l’ID de demande, l’état, le code d’erreur et les heures de l’actualisation ; aucun mot de passe ni aucune connexion</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Résultat de la copie</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <source>The refresh had not ended when the program stopped following it: Power BI may still finish it.</source>
        <translation>L’actualisation n’était pas terminée quand le programme a cessé de la suivre : Power BI peut encore la mener à bien.</translation>
    </message>
    <message>
        <source>Reading what Power BI says about the dataset…</source>
        <translation>Lecture de ce que Power BI indique sur le jeu de données…</translation>
    </message>
    <message>
        <source>Copied. Paste it into your request for help.</source>
        <translation>Copié. Collez-le dans votre demande d’aide.</translation>
    </message>
    <message>
        <source>Finished?</source>
        <translation>Terminé ?</translation>
    </message>
    <message>
        <source>Reading where the dataset stands now…</source>
        <translation>Lecture de l’état actuel du jeu de données…</translation>
    </message>
    <message>
        <source>The last refresh completed, Power BI holds a lasting Xero credential that it renews on its own, and the dataset refreshes every day.</source>
        <translation>La dernière actualisation a réussi, Power BI détient une information d’identification Xero durable qu’il renouvelle lui-même, et le jeu de données s’actualise tous les jours.</translation>
    </message>
    <message>
        <source>The next scheduled refresh is on %1.</source>
        <translation>La prochaine actualisation planifiée aura lieu le %1.</translation>
    </message>
    <message>
        <source>You can reopen this program at any time to see how the refreshes went, or to refresh again in one click.</source>
        <translation>Vous pouvez rouvrir ce programme à tout moment pour voir comment se sont passées les actualisations, ou pour actualiser de nouveau en un clic.</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Pas encore terminé</translation>
    </message>
    <message>
        <source>The last refresh failed.</source>
        <translation>La dernière actualisation a échoué.</translation>
    </message>
    <message>
        <source>The repair is not finished: what is left is listed below.</source>
        <translation>La réparation n’est pas terminée : ce qui reste à faire est listé ci-dessous.</translation>
    </message>
    <message>
        <source>No refresh was run here: what is said is what Power BI says of its own last refresh.</source>
        <translation>Aucune actualisation n’a été lancée ici : ce qui est dit est ce que Power BI dit de sa propre dernière actualisation.</translation>
    </message>
    <message>
        <source>Left to do</source>
        <translation>Reste à faire</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>To repair a dataset, the assistant signs in to Power BI through an app registration of your organisation. Choose how to start:</source>
        <translation>Pour réparer un jeu de données, l’assistant se connecte à Power BI au moyen d’une inscription d’application de votre organisation. Choisissez comment commencer :</translation>
    </message>
    <message>
        <source>C&amp;onnect my Power BI</source>
        <translation>C&amp;onnecter mon Power BI</translation>
    </message>
    <message>
        <source>Connect my Power BI with an app registration</source>
        <translation>Connecter mon Power BI avec une inscription d’application</translation>
    </message>
    <message>
        <source>&amp;Explore the built-in sandbox</source>
        <translation>&amp;Explorer le bac à sable intégré</translation>
    </message>
    <message>
        <source>Explore the built-in sandbox, offline</source>
        <translation>Explorer le bac à sable intégré, hors ligne</translation>
    </message>
    <message>
        <source>A made-up Power BI and Xero on this computer, with a broken Xero dataset to repair. Nothing is saved.</source>
        <translation>Un Power BI et un Xero fictifs sur cet ordinateur, avec un jeu de données Xero en panne à réparer. Rien n’est enregistré.</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue with this choice</source>
        <translation>Continuer avec ce choix</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit the assistant</source>
        <translation>Quitter l’assistant</translation>
    </message>
    <message>
        <source>How to get the application and directory IDs</source>
        <translation>Comment obtenir l’ID d’application et l’ID de l’annuaire</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d’application (client)</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l’annuaire (locataire)</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d’&amp;application (client) :</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ID de l’annuaire (&amp;locataire) :</translation>
    </message>
    <message>
        <source>Enter the Application (client) ID of your app registration.</source>
        <translation>Saisissez l’ID d’application (client) de votre inscription d’application.</translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 1b7f0c3e-52a8-4d2f-9e41-6c0a8d3b2f57.</source>
        <translation>L’ID d’application (client) est un GUID, comme 1b7f0c3e-52a8-4d2f-9e41-6c0a8d3b2f57.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID, a domain such as contoso.onmicrosoft.com, or &quot;organizations&quot;.</source>
        <translation>L’ID de l’annuaire (locataire) est un GUID, un domaine comme contoso.onmicrosoft.com, ou « organizations ».</translation>
    </message>
    <message>
        <source>How to get the Xero client ID</source>
        <translation>Comment obtenir l’ID client Xero</translation>
    </message>
    <message>
        <source>Xero app client ID</source>
        <translation>ID client de l’application Xero</translation>
    </message>
    <message>
        <source>&amp;Xero app client ID:</source>
        <translation>ID client de l’application &amp;Xero :</translation>
    </message>
    <message>
        <source>Enter the client ID of your Xero app.</source>
        <translation>Saisissez l’ID client de votre application Xero.</translation>
    </message>
    <message>
        <source>The Xero client ID is made of letters and digits only, 32 of them as Xero shows it.</source>
        <translation>L’ID client Xero ne contient que des lettres et des chiffres, 32 tels que Xero les affiche.</translation>
    </message>
    <message>
        <source>My Xero app was created &amp;before 2 March 2026</source>
        <translation>Mon application Xero a été créée a&amp;vant le 2 mars 2026</translation>
    </message>
    <message>
        <source>My Xero app was created before 2 March 2026 and has only the broad scopes</source>
        <translation>Mon application Xero a été créée avant le 2 mars 2026 et n’a que les autorisations larges</translation>
    </message>
    <message>
        <source>Xero apps created on or after 2 March 2026 have Xero&apos;s granular scopes, which the assistant asks for. An older app may still have only the broad ones (accounting.transactions, accounting.reports.read): tick the box and the assistant asks for those. The setting xero/scopeSet (granular or broad) keeps this choice.</source>
        <translation>Les applications Xero créées à partir du 2 mars 2026 ont les autorisations fines de Xero (« granular scopes »), que l’assistant demande. Une application plus ancienne peut n’avoir encore que les autorisations larges (accounting.transactions, accounting.reports.read) : cochez la case et l’assistant demandera celles-là. Le réglage xero/scopeSet (granular ou broad) garde ce choix.</translation>
    </message>
    <message>
        <source>Register an app in the Microsoft Entra admin center as a public client with the redirect URI below, and give it the Power BI Service delegated permission Dataset.ReadWrite.All. Then copy its Application (client) ID and Directory (tenant) ID here (&lt;a href=&quot;%1&quot;&gt;how to register an app&lt;/a&gt;).</source>
        <translation>Inscrivez une application dans le Centre d’administration Microsoft Entra en tant que client public avec l’URI de redirection ci-dessous, et accordez-lui l’autorisation déléguée Dataset.ReadWrite.All de Power BI Service. Copiez ensuite ici son ID d’application (client) et son ID de l’annuaire (locataire) (&lt;a href=&quot;%1&quot;&gt;comment inscrire une application&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Microsoft redirect URI</source>
        <translation>URI de redirection Microsoft</translation>
    </message>
    <message>
        <source>Register a Xero app too, of the type &quot;Auth code with PKCE&quot;, with the two redirect URIs below: the first for the sign-in in this window, the second for a sign-in that goes on in your web browser (such as with Google). Copy its client ID here (&lt;a href=&quot;%1&quot;&gt;Xero&apos;s app registrations&lt;/a&gt;).</source>
        <translation>Inscrivez aussi une application Xero, de type « Auth code with PKCE », avec les deux URI de redirection ci-dessous : la première pour la connexion dans cette fenêtre, la seconde pour une connexion qui se poursuit dans votre navigateur web (par exemple avec Google). Copiez ici son ID client (&lt;a href=&quot;%1&quot;&gt;applications inscrites chez Xero&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>Xero redirect URI</source>
        <translation>URI de redirection Xero</translation>
    </message>
    <message>
        <source>Xero redirect URI for the web browser</source>
        <translation>URI de redirection Xero pour le navigateur web</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>No desktop notification service answered: the program is not running inside a desktop session.</source>
        <translation>Aucun service de notifications du bureau n’a répondu : le programme ne s’exécute pas dans une session de bureau.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: none is running on this desktop.</source>
        <translation>Aucun service de notifications du bureau n’a répondu : aucun ne fonctionne sur ce bureau.</translation>
    </message>
    <message>
        <source>No desktop notification service answered: the one on this desktop failed to show the notification.</source>
        <translation>Aucun service de notifications du bureau n’a répondu : celui de ce bureau n’a pas pu afficher la notification.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectReceiver</name>
    <message>
        <source>The address %1 cannot bring the browser&apos;s answer back to this program: it must be http on localhost or 127.0.0.1, with a port.</source>
        <translation>L’adresse %1 ne peut pas ramener la réponse du navigateur à ce programme : elle doit être en http sur localhost ou 127.0.0.1, avec un port.</translation>
    </message>
    <message>
        <source>This program cannot wait for the browser&apos;s answer at %1: %2. Close the program that uses port %3, or register another loopback redirect URI with the Xero app and set it as xero/loopbackRedirectUri.</source>
        <translation>Ce programme ne peut pas attendre la réponse du navigateur à l’adresse %1 : %2. Fermez le programme qui utilise le port %3, ou inscrivez une autre URI de redirection locale dans l’application Xero et indiquez-la dans le réglage xero/loopbackRedirectUri.</translation>
    </message>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>You can go back to Xero Refresh Assistant</source>
        <translation>Vous pouvez revenir à Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>The sign-in goes on in the program. You can close this page.</source>
        <translation>La connexion se poursuit dans le programme. Vous pouvez fermer cette page.</translation>
    </message>
</context>
<context>
    <name>MicrosoftSignInFlow</name>
    <message>
        <source>Finishing the Power BI sign-in…</source>
        <translation>Finalisation de la connexion à Power BI…</translation>
    </message>
</context>
<context>
    <name>OperationPanel</name>
    <message>
        <source>Progress and messages</source>
        <translation>Progression et messages</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the step under way</source>
        <translation>Annuler l’étape en cours</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the step again</source>
        <translation>Réessayer l’étape</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
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
        <source>Cancelled. Nothing more was sent.</source>
        <translation>Annulé. Rien de plus n’a été envoyé.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Trying %1 again…</source>
        <translation>Nouvel essai auprès de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests and asked this program to wait: trying again in %n second(s)…</source>
        <translation>
            <numerusform>%1 reçoit trop de demandes et a demandé à ce programme d’attendre : nouvel essai dans %n seconde…</numerusform>
            <numerusform>%1 reçoit trop de demandes et a demandé à ce programme d’attendre : nouvel essai dans %n secondes…</numerusform>
        </translation>
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
    <message>
        <source>Refreshes in the last 24 hours</source>
        <translation>Actualisations des dernières 24 heures</translation>
    </message>
    <message>
        <source>Xero credential</source>
        <translation>Information d’identification Xero</translation>
    </message>
    <message>
        <source>Next scheduled refresh</source>
        <translation>Prochaine actualisation planifiée</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>finished: nothing is left to do</source>
        <translation>terminée : plus rien à faire</translation>
    </message>
    <message>
        <source>Left to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>on, but with no day and no time set</source>
        <translation>activée, mais sans jour ni heure</translation>
    </message>
    <message>
        <source>no schedule set</source>
        <translation>aucune planification définie</translation>
    </message>
    <message>
        <source>%1; no day chosen, at %2</source>
        <translation>%1 ; aucun jour choisi, à %2</translation>
    </message>
    <message>
        <source>%1; %2, no time chosen</source>
        <translation>%1 ; %2, aucune heure choisie</translation>
    </message>
    <message>
        <source>%1; %2 at %3</source>
        <translation>%1 ; %2 à %3</translation>
    </message>
    <message>
        <source>pushed before the next scheduled refresh</source>
        <translation>envoyées avant la prochaine actualisation planifiée</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>nothing wrong</source>
        <translation>rien ne va mal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouveau)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerBiCaller</name>
    <message>
        <source>Power BI refused the service principal. A Power BI administrator must allow service principals to use Power BI APIs (tenant setting &quot;Service principals can use Fabric APIs&quot;), and the principal must be a member of the workspace.</source>
        <translation>Power BI a refusé le principal de service. Un administrateur Power BI doit autoriser les principaux de service à utiliser les API Power BI (paramètre de locataire « Les principaux de service peuvent utiliser les API Fabric »), et le principal doit être membre de l’espace de travail.</translation>
    </message>
    <message>
        <source>Power BI refused the request: the signed-in account has no permission for it. Ask an admin of the workspace for the Member or Contributor role.</source>
        <translation>Power BI a refusé la demande : le compte connecté n’en a pas l’autorisation. Demandez à un administrateur de l’espace de travail le rôle Membre ou Contributeur.</translation>
    </message>
    <message>
        <source>Power BI did not accept the service principal&apos;s token, even a new one. Check its settings: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, and that --cloud (or AZURE_AUTHORITY_HOST and POWERBI_API_ROOT) name one cloud.</source>
        <translation>Power BI n’a pas accepté le jeton du principal de service, même un nouveau. Vérifiez ses réglages : AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET, et que --cloud (ou AZURE_AUTHORITY_HOST et POWERBI_API_ROOT) désignent un seul et même cloud.</translation>
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
    <name>PowerBiPageView</name>
    <message>
        <source>Loading the Power BI page</source>
        <translation>Chargement de la page Power BI</translation>
    </message>
    <message>
        <source>Why the Power BI page is not shown</source>
        <translation>Pourquoi la page Power BI n’est pas affichée</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Power BI page</source>
        <translation>Page Power BI</translation>
    </message>
    <message>
        <source>The Power BI page could not be shown (%1). Check the connection, then try again.</source>
        <translation>La page Power BI n’a pas pu être affichée (%1). Vérifiez la connexion, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>QuotaText</name>
    <message>
        <source>The dataset is on dedicated capacity: Power BI sets no daily limit on its refreshes.</source>
        <translation>Le jeu de données est en capacité dédiée : Power BI ne limite pas le nombre de ses actualisations par jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n refresh(es) left today (Power BI allows %1 a day on shared capacity).</source>
        <translation>
            <numerusform>Il reste %n actualisation aujourd’hui (Power BI en autorise %1 par jour en capacité partagée).</numerusform>
            <numerusform>Il reste %n actualisations aujourd’hui (Power BI en autorise %1 par jour en capacité partagée).</numerusform>
        </translation>
    </message>
    <message>
        <source>No refresh is left today.</source>
        <translation>Plus aucune actualisation possible aujourd’hui.</translation>
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
    <name>RefreshFollowPanel</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Gives Power BI a fresh Xero sign-in, starts a refresh and follows it to its end</source>
        <translation>Transmet à Power BI une nouvelle connexion à Xero, lance une actualisation et la suit jusqu’à la fin</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>État de l’actualisation</translation>
    </message>
    <message>
        <source>Time the refresh has taken</source>
        <translation>Durée de l’actualisation</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>Signification du résultat</translation>
    </message>
    <message>
        <source>Giving Power BI a fresh Xero sign-in and starting the refresh…</source>
        <translation>Transmission d’une nouvelle connexion à Xero à Power BI et lancement de l’actualisation…</translation>
    </message>
    <message>
        <source>The refresh is running…</source>
        <translation>L’actualisation est en cours…</translation>
    </message>
    <message>
        <source>Waiting for Power BI to start the refresh</source>
        <translation>En attente du démarrage de l’actualisation par Power BI</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Followed for %1</source>
        <translation>Suivie pendant %1</translation>
    </message>
    <message numerus="yes">
        <source>Power BI had not finished the refresh after %n minute(s). It may still finish: its result will show in the dataset&apos;s refresh history.</source>
        <translation>
            <numerusform>Power BI n’avait pas terminé l’actualisation au bout de %n minute. Elle peut encore aboutir : son résultat apparaîtra dans l’historique des actualisations du jeu de données.</numerusform>
            <numerusform>Power BI n’avait pas terminé l’actualisation au bout de %n minutes. Elle peut encore aboutir : son résultat apparaîtra dans l’historique des actualisations du jeu de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended %1, after %2</source>
        <translation>Terminée le %1, au bout de %2</translation>
    </message>
    <message>
        <source>You stopped following the refresh. Power BI may still finish it: its result will show in the dataset&apos;s refresh history. Refresh now looks at it again.</source>
        <translation>Vous avez cessé de suivre l’actualisation. Power BI peut encore la terminer : son résultat apparaîtra dans l’historique des actualisations du jeu de données. Actualiser maintenant la suit de nouveau.</translation>
    </message>
    <message>
        <source>The refresh was started and is still running in Power BI, but following it stopped: %1 Retry looks at it again; it does not start another.</source>
        <translation>L’actualisation a été lancée et se poursuit dans Power BI, mais son suivi s’est arrêté : %1 Réessayer la suit de nouveau ; cela n’en lance pas une autre.</translation>
    </message>
</context>
<context>
    <name>RefreshNowPage</name>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Give Power BI a fresh Xero sign-in and refresh the dataset once, to see that the repair worked.</source>
        <translation>Transmettez à Power BI une nouvelle connexion à Xero et actualisez le jeu de données une fois, pour vérifier que la réparation a fonctionné.</translation>
    </message>
    <message>
        <source>Refreshes left today</source>
        <translation>Actualisations restantes aujourd’hui</translation>
    </message>
    <message>
        <source>Counting today&apos;s refreshes…</source>
        <translation>Décompte des actualisations du jour…</translation>
    </message>
</context>
<context>
    <name>RefreshPresentation</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RefreshQuota</name>
    <message>
        <source>On shared capacity Power BI allows %1 refreshes in 24 hours, and this dataset has used them all (scheduled ones and those started elsewhere count too).</source>
        <translation>Sur une capacité partagée, Power BI autorise %1 actualisations par 24 heures, et ce jeu de données les a toutes utilisées (les actualisations planifiées et celles lancées ailleurs comptent aussi).</translation>
    </message>
    <message>
        <source>Try again once the oldest of them is more than 24 hours old.</source>
        <translation>Réessayez quand la plus ancienne aura plus de 24 heures.</translation>
    </message>
    <message>
        <source>The next one frees up at %1.</source>
        <translation>La prochaine se libère le %1.</translation>
    </message>
</context>
<context>
    <name>RefreshRunner</name>
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
        <source>The refresh was started and is still running in Power BI; its progress could not be read just now (%1). Looking again…</source>
        <translation>L’actualisation a été lancée et se poursuit dans Power BI ; son avancement n’a pas pu être lu à l’instant (%1). Nouvelle lecture…</translation>
    </message>
    <message>
        <source>Power BI refused to start the refresh.</source>
        <translation>Power BI a refusé de lancer l’actualisation.</translation>
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
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <source>switched %1, read back %2</source>
        <translation>demandée %1, relue %2</translation>
    </message>
    <message>
        <source>days %1, read back %2</source>
        <translation>jours %1, relus %2</translation>
    </message>
    <message>
        <source>times %1, read back %2</source>
        <translation>heures %1, relues %2</translation>
    </message>
    <message>
        <source>time zone %1, read back %2</source>
        <translation>fuseau horaire %1, relu %2</translation>
    </message>
</context>
<context>
    <name>RefreshStatusPage</name>
    <message>
        <source>Refresh status</source>
        <translation>État de l’actualisation</translation>
    </message>
    <message>
        <source>How the dataset&apos;s refreshes went, and what the repair will fix.</source>
        <translation>Le déroulement des actualisations du jeu de données, et ce que la réparation va corriger.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Last refresh status</source>
        <translation>État de la dernière actualisation</translation>
    </message>
    <message>
        <source>Last refresh started</source>
        <translation>Début de la dernière actualisation</translation>
    </message>
    <message>
        <source>How the last refresh was started</source>
        <translation>Déclenchement de la dernière actualisation</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Dernière actualisation :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Started by:</source>
        <translation>Déclenchement :</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>What is wrong and which step fixes it</source>
        <translation>Ce qui ne va pas et l’étape qui le corrige</translation>
    </message>
    <message>
        <source>Recent refreshes:</source>
        <translation>Actualisations récentes :</translation>
    </message>
    <message>
        <source>Refresh history, newest first</source>
        <translation>Historique des actualisations, la plus récente d’abord</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the refresh status again</source>
        <translation>Relire l’état de l’actualisation</translation>
    </message>
    <message>
        <source>Read the refresh status again (F5)</source>
        <translation>Relire l’état de l’actualisation (F5)</translation>
    </message>
    <message>
        <source>Reading the refresh status…</source>
        <translation>Lecture de l’état de l’actualisation…</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Jamais actualisé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>All is well: the last refresh completed and nothing needs repairing. You can still go on to renew the Xero sign-in.</source>
        <translation>Tout va bien : la dernière actualisation a réussi et rien n’est à réparer. Vous pouvez tout de même continuer pour renouveler la connexion à Xero.</translation>
    </message>
</context>
<context>
    <name>RefreshTimeline</name>
    <message>
        <source>Timeline of recent refreshes</source>
        <translation>Chronologie des actualisations récentes</translation>
    </message>
    <message>
        <source>No refresh has run yet.</source>
        <translation>Aucune actualisation n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>None of the last %1 refreshes failed.</source>
        <translation>Aucun échec sur les %1 dernières actualisations.</translation>
    </message>
    <message>
        <source>%1 of the last %2 refreshes failed.</source>
        <translation>Échecs : %1 sur les %2 dernières actualisations.</translation>
    </message>
    <message>
        <source>%1 The newest: %2, %3.</source>
        <translation>%1 La plus récente : %2, %3.</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Plus récentes</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RefreshTypeText</name>
    <message>
        <source>Scheduled</source>
        <translation>Par la planification</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Through the API</source>
        <translation>Par l’API</translation>
    </message>
    <message>
        <source>Through the XMLA endpoint</source>
        <translation>Par le point de terminaison XMLA</translation>
    </message>
    <message>
        <source>Through the enhanced refresh API</source>
        <translation>Par l’API d’actualisation améliorée</translation>
    </message>
    <message>
        <source>On demand (training)</source>
        <translation>À la demande (entraînement)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>RepairReport</name>
    <message>
        <source>Xero Refresh Assistant: repair report</source>
        <translation>Xero Refresh Assistant : rapport de réparation</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Dataset id</source>
        <translation>ID du jeu de données</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>ID de l’espace de travail</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dédiée</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagée</translation>
    </message>
    <message>
        <source>No refresh was started by this program.</source>
        <translation>Ce programme n’a lancé aucune actualisation.</translation>
    </message>
    <message>
        <source>Last refresh in the history:</source>
        <translation>Dernière actualisation de l’historique :</translation>
    </message>
    <message>
        <source>Refresh started by this program:</source>
        <translation>Actualisation lancée par ce programme :</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Xero credential given to Power BI first</source>
        <translation>Informations d’identification Xero transmises d’abord à Power BI</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de la demande</translation>
    </message>
    <message>
        <source>The program stopped following it before it ended.</source>
        <translation>Le programme a cessé de la suivre avant sa fin.</translation>
    </message>
    <message>
        <source>It had not ended when the program stopped following it.</source>
        <translation>Elle n’était pas terminée quand le programme a cessé de la suivre.</translation>
    </message>
    <message>
        <source>Refresh type</source>
        <translation>Type d’actualisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
    <message>
        <source>Error description</source>
        <translation>Description de l’erreur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (your time: %2)</source>
        <translation>%1 (heure locale : %2)</translation>
    </message>
</context>
<context>
    <name>RepairStepText</name>
    <message>
        <source>Sign in to Power BI</source>
        <translation>Se connecter à Power BI</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>État de l’actualisation</translation>
    </message>
    <message>
        <source>Settings for Xero</source>
        <translation>Paramètres pour Xero</translation>
    </message>
    <message>
        <source>Configure Xero</source>
        <translation>Configurer Xero</translation>
    </message>
    <message>
        <source>Sign in with Xero</source>
        <translation>Se connecter à Xero</translation>
    </message>
    <message>
        <source>Schedule refresh</source>
        <translation>Planifier l’actualisation</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <source>Contact support or ask the community</source>
        <translation>Contacter le support ou demander à la communauté</translation>
    </message>
    <message>
        <source>No step of the repair fixes this: wait a while, then look again.</source>
        <translation>Aucune étape de la réparation ne corrige ce problème : patientez un moment, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The repair cannot fix this: the last page links to Power BI support and to the Power BI community.</source>
        <translation>La réparation ne peut pas corriger ce problème : la dernière page renvoie vers le support Power BI et vers la communauté Power BI.</translation>
    </message>
    <message>
        <source>Fixed at step %1: %2</source>
        <translation>Corrigé à l’étape %1 : %2</translation>
    </message>
    <message>
        <source>Go to step %1: %2</source>
        <translation>Aller à l’étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>RepairVerdict</name>
    <message>
        <source>Give Power BI a lasting Xero credential through its own Edit credentials dialog: this program has not seen one given.</source>
        <translation>Donnez à Power BI une information d’identification Xero durable par sa propre boîte de dialogue Modifier les informations d’identification : ce programme n’en a vu aucune donnée.</translation>
    </message>
    <message>
        <source>The Xero credential is a temporary one: give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation>L’information d’identification Xero est temporaire : donnez-en une durable à Power BI par sa propre boîte de dialogue Modifier les informations d’identification.</translation>
    </message>
    <message>
        <source>Power BI cannot read Xero with its credential: edit the credentials in Power BI&apos;s own dialog.</source>
        <translation>Power BI ne peut pas lire Xero avec son information d’identification : modifiez-la dans la boîte de dialogue de Power BI.</translation>
    </message>
    <message>
        <source>The scheduled refresh is switched off: switch it on, every day.</source>
        <translation>L’actualisation planifiée est désactivée : activez-la, tous les jours.</translation>
    </message>
    <message>
        <source>The scheduled refresh does not run every day: make it daily.</source>
        <translation>L’actualisation planifiée n’a pas lieu tous les jours : rendez-la quotidienne.</translation>
    </message>
    <message>
        <source>No refresh has completed since: refresh now to see that Power BI reads Xero again.</source>
        <translation>Aucune actualisation n’a réussi depuis : actualisez maintenant pour voir que Power BI lit de nouveau Xero.</translation>
    </message>
    <message>
        <source>The %1 refresh will fail: Power BI cannot read Xero with its credential.</source>
        <translation>L’actualisation de %1 échouera : Power BI ne peut pas lire Xero avec son information d’identification.</translation>
    </message>
    <message>
        <source>The %1 refresh will fail: the credential expired on %2.</source>
        <translation>L’actualisation de %1 échouera : l’information d’identification a expiré le %2.</translation>
    </message>
    <message>
        <source>The %1 refresh will fail: the credential expires before it, on %2.</source>
        <translation>L’actualisation de %1 échouera : l’information d’identification expire avant, le %2.</translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>step - program</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Leave the repair?</source>
        <translation>Quitter la réparation ?</translation>
    </message>
    <message>
        <source>The repair is not finished. What was already changed in Power BI stays changed; the rest is not done. You can come back to it later: the program opens where the dataset stands.</source>
        <translation>La réparation n’est pas terminée. Ce qui a déjà été modifié dans Power BI le reste ; le reste n’est pas fait. Vous pourrez y revenir plus tard : le programme s’ouvre là où en est le jeu de données.</translation>
    </message>
    <message>
        <source>&amp;Leave the repair</source>
        <translation>&amp;Quitter la réparation</translation>
    </message>
    <message>
        <source>&amp;Stay and go on</source>
        <translation>&amp;Rester et continuer</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule refresh</source>
        <translation>Planifier l’actualisation</translation>
    </message>
    <message>
        <source>Power BI refreshes the dataset on its own at these times. Microsoft&apos;s procedure recommends a daily refresh for Xero data.</source>
        <translation>Power BI actualise lui-même le jeu de données à ces heures. La procédure de Microsoft recommande une actualisation quotidienne pour les données Xero.</translation>
    </message>
    <message>
        <source>Time of the daily refresh</source>
        <translation>Heure de l’actualisation quotidienne</translation>
    </message>
    <message>
        <source>Refresh every day &amp;at:</source>
        <translation>Actualiser tous les &amp;jours à :</translation>
    </message>
    <message>
        <source>Make it &amp;daily</source>
        <translation>&amp;Rendre quotidienne</translation>
    </message>
    <message>
        <source>Make the schedule daily and switch it on</source>
        <translation>Rendre la planification quotidienne et l’activer</translation>
    </message>
    <message>
        <source>About the scheduled refresh and the Xero sign-in</source>
        <translation>À propos de l’actualisation planifiée et de la connexion à Xero</translation>
    </message>
    <message>
        <source>&lt;p&gt;Good to know: a Xero sign-in given to Power BI by this program lasts only as long as the Xero token, 30 minutes. For the scheduled refresh to work later, either open this program again before each refresh (its Refresh now gives Power BI a fresh sign-in first), or sign in to Xero once through Power BI&apos;s own page: &lt;a href=&quot;%1&quot;&gt;the dataset&apos;s settings in Power BI&lt;/a&gt;, Data source credentials, Edit credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bon à savoir : une connexion à Xero transmise à Power BI par ce programme ne dure que le temps du jeton Xero, soit 30 minutes. Pour que l’actualisation planifiée fonctionne plus tard, rouvrez ce programme avant chaque actualisation (son bouton Actualiser maintenant transmet d’abord une nouvelle connexion à Power BI), ou connectez-vous une fois à Xero depuis la page de Power BI elle-même : &lt;a href=&quot;%1&quot;&gt;les paramètres du jeu de données dans Power BI&lt;/a&gt;, Informations d’identification de la source de données, Modifier les informations d’identification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the refresh schedule…</source>
        <translation>Lecture de la planification de l’actualisation…</translation>
    </message>
    <message>
        <source>Making the schedule daily…</source>
        <translation>Mise en place de la planification quotidienne…</translation>
    </message>
    <message>
        <source>Power BI confirmed the schedule.</source>
        <translation>Power BI a confirmé la planification.</translation>
    </message>
    <message>
        <source>The dataset refreshes every day: nothing to change here.</source>
        <translation>Le jeu de données est actualisé tous les jours : rien à modifier ici.</translation>
    </message>
    <message>
        <source>The scheduled refresh is switched off (Power BI switches it off after refreshes fail). Switch it back on as a daily refresh:</source>
        <translation>L’actualisation planifiée est désactivée (Power BI la désactive après des échecs d’actualisation). Réactivez-la en actualisation quotidienne :</translation>
    </message>
    <message>
        <source>The dataset does not refresh every day. Make it daily:</source>
        <translation>Le jeu de données n’est pas actualisé tous les jours. Rendez l’actualisation quotidienne :</translation>
    </message>
    <message>
        <source>&amp;Leave the scheduled refresh off: I will refresh by hand</source>
        <translation>&amp;Laisser l’actualisation planifiée désactivée : j’actualiserai à la main</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off: switched off by Power BI after repeated failures</source>
        <translation>Désactivée par Power BI après des échecs répétés</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>No day</source>
        <translation>Aucun jour</translation>
    </message>
    <message>
        <source>No time set</source>
        <translation>Aucune heure définie</translation>
    </message>
    <message>
        <source>%1, that is %2 your time</source>
        <translation>%1, soit %2 en heure locale</translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation>%1 le lendemain</translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation>%1 la veille</translation>
    </message>
    <message>
        <source>Not set (UTC)</source>
        <translation>Non défini (UTC)</translation>
    </message>
    <message>
        <source>%1 (unknown to this computer: shown as UTC)</source>
        <translation>%1 (inconnu de cet ordinateur : affiché en UTC)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No scheduled refresh</source>
        <translation>Aucune actualisation planifiée</translation>
    </message>
    <message>
        <source>None: the scheduled refresh is switched off</source>
        <translation>Aucune : l’actualisation planifiée est désactivée</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Scheduled refresh</source>
        <translation>Actualisation planifiée</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Heures :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
</context>
<context>
    <name>ServicePrincipal</name>
    <message>
        <source>Microsoft sign-in refused the service principal&apos;s client secret: it is wrong or has expired. Set AZURE_CLIENT_SECRET to the secret&apos;s value (not its id) from the app registration&apos;s Certificates &amp; secrets.</source>
        <translation>La connexion Microsoft a refusé le secret client du principal de service : il est faux ou a expiré. Donnez à AZURE_CLIENT_SECRET la valeur du secret (pas son ID), prise dans « Certificats &amp; secrets » de l’inscription d’application.</translation>
    </message>
    <message>
        <source>Microsoft sign-in knows no application with the client id in AZURE_CLIENT_ID in the directory AZURE_TENANT_ID. Check both against the app registration.</source>
        <translation>La connexion Microsoft ne connaît aucune application ayant l’ID client de AZURE_CLIENT_ID dans l’annuaire AZURE_TENANT_ID. Vérifiez les deux dans l’inscription d’application.</translation>
    </message>
    <message>
        <source>Microsoft sign-in knows no directory by the name in AZURE_TENANT_ID. Check it against the app registration&apos;s directory (tenant) id.</source>
        <translation>La connexion Microsoft ne connaît aucun annuaire du nom indiqué dans AZURE_TENANT_ID. Vérifiez-le d’après l’ID de l’annuaire (locataire) de l’inscription d’application.</translation>
    </message>
    <message>
        <source>Microsoft sign-in refused the service principal. Check its settings: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.</source>
        <translation>La connexion Microsoft a refusé le principal de service. Vérifiez ses réglages : AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>SignInPowerBiPage</name>
    <message>
        <source>Sign in to Power BI</source>
        <translation>Se connecter à Power BI</translation>
    </message>
    <message>
        <source>Sign in with the Microsoft account that can edit the Xero dataset in Power BI.</source>
        <translation>Connectez-vous avec le compte Microsoft qui peut modifier le jeu de données Xero dans Power BI.</translation>
    </message>
    <message>
        <source>&amp;Use another account</source>
        <translation>&amp;Utiliser un autre compte</translation>
    </message>
    <message>
        <source>Sign out and sign in with another account</source>
        <translation>Se déconnecter et se connecter avec un autre compte</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Start the Power BI sign-in again</source>
        <translation>Recommencer la connexion à Power BI</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Signing in to Power BI is not set up in this copy of the program: it has no app registration to sign in with.</source>
        <translation>La connexion à Power BI n’est pas configurée dans cet exemplaire du programme : il n’a aucune inscription d’application avec laquelle se connecter.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>The sign-in did not finish.</source>
        <translation>La connexion n’a pas abouti.</translation>
    </message>
    <message>
        <source>Power BI needs you to sign in before the dataset can be repaired.</source>
        <translation>Connectez-vous à Power BI pour que le jeu de données puisse être réparé.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>You are signed out of Power BI.</source>
        <translation>Déconnexion de Power BI effectuée.</translation>
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
    <name>SignInXeroPage</name>
    <message>
        <source>Sign in with Xero</source>
        <translation>Se connecter à Xero</translation>
    </message>
    <message>
        <source>When this Xero sign-in expires</source>
        <translation>Expiration de cette connexion à Xero</translation>
    </message>
    <message>
        <source>Only the dataset&apos;s owner can set its Xero sign-in. Go back to step 2, Settings for Xero, and choose Take over; then sign in with Xero again.</source>
        <translation>Seul le propriétaire du jeu de données peut définir sa connexion à Xero. Revenez à l’étape 2, Paramètres pour Xero, et choisissez Prendre en charge ; connectez-vous ensuite de nouveau à Xero.</translation>
    </message>
    <message>
        <source>Go to &amp;Settings for Xero</source>
        <translation>&amp;Aller aux Paramètres pour Xero</translation>
    </message>
    <message>
        <source>Go back to step 2, Settings for Xero, to take over</source>
        <translation>Revenir à l’étape 2, Paramètres pour Xero, pour prendre en charge le jeu de données</translation>
    </message>
    <message>
        <source>Organisation check</source>
        <translation>Vérification de l’organisation</translation>
    </message>
    <message>
        <source>Credentials of the dataset</source>
        <translation>Informations d’identification du jeu de données</translation>
    </message>
    <message>
        <source>Sign in with another &amp;Xero user</source>
        <translation>Se connecter avec un autre utilisateur &amp;Xero</translation>
    </message>
    <message>
        <source>Sign in with another Xero user</source>
        <translation>Se connecter avec un autre utilisateur Xero</translation>
    </message>
    <message>
        <source>Organisations this Xero sign-in reached</source>
        <translation>Organisations accessibles avec cette connexion à Xero</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>&amp;Organisations :</translation>
    </message>
    <message>
        <source>&amp;Use this organisation</source>
        <translation>&amp;Utiliser cette organisation</translation>
    </message>
    <message>
        <source>Use the selected organisation</source>
        <translation>Utiliser l’organisation sélectionnée</translation>
    </message>
    <message>
        <source>Sign in &amp;again with another Xero user</source>
        <translation>Se re&amp;connecter avec un autre utilisateur Xero</translation>
    </message>
    <message>
        <source>Sign in again with another Xero user</source>
        <translation>Se reconnecter avec un autre utilisateur Xero</translation>
    </message>
    <message>
        <source>Or press Back to correct the organisation name.</source>
        <translation>Ou cliquez sur Précédent pour corriger le nom de l’organisation.</translation>
    </message>
    <message>
        <source>Xero sign-in cancelled: nothing was changed.</source>
        <translation>Connexion à Xero annulée : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Xero sign-in cancelled</source>
        <translation>Connexion à Xero annulée</translation>
    </message>
    <message>
        <source>Sign in &amp;again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Sign in with Xero again</source>
        <translation>Se reconnecter à Xero</translation>
    </message>
    <message>
        <source>Sign in with the Xero user who can open “%1”. On Xero&apos;s page, tick that organisation and allow access.</source>
        <translation>Connectez-vous avec l’utilisateur Xero qui peut ouvrir « %1 ». Sur la page de Xero, cochez cette organisation et autorisez l’accès.</translation>
    </message>
    <message>
        <source>Signing in to Xero is not set up in this program.</source>
        <translation>La connexion à Xero n’est pas configurée dans ce programme.</translation>
    </message>
    <message>
        <source>Checking the Xero sign-in…</source>
        <translation>Vérification de la connexion à Xero…</translation>
    </message>
    <message>
        <source>This Xero sign-in gave access to no organisation. Sign in again and tick “%1” on Xero&apos;s page.</source>
        <translation>Cette connexion à Xero n’a donné accès à aucune organisation. Reconnectez-vous et cochez « %1 » sur la page de Xero.</translation>
    </message>
    <message>
        <source>Several organisations are called “%1”. Choose the one the dataset reads.</source>
        <translation>Plusieurs organisations s’appellent « %1 ». Choisissez celle que lit le jeu de données.</translation>
    </message>
    <message>
        <source>No organisation called “%1” was found; this sign-in gave access to: %2. Choose the one the dataset reads, or sign in again with another Xero user.</source>
        <translation>Aucune organisation nommée « %1 » n’a été trouvée ; cette connexion a donné accès à : %2. Choisissez celle que lit le jeu de données, ou reconnectez-vous avec un autre utilisateur Xero.</translation>
    </message>
    <message>
        <source>Keeping the Xero sign-in for %1…</source>
        <translation>Conservation de la connexion à Xero pour %1…</translation>
    </message>
    <message>
        <source>%1 found in Xero.</source>
        <translation>%1 trouvée dans Xero.</translation>
    </message>
    <message>
        <source>Setting the new Xero sign-in on the dataset…</source>
        <translation>Application de la nouvelle connexion à Xero au jeu de données…</translation>
    </message>
    <message>
        <source>Nothing was set: this dataset has no Xero data source.</source>
        <translation>Rien n’a été défini : ce jeu de données n’a pas de source de données Xero.</translation>
    </message>
    <message>
        <source>The new Xero sign-in was set on the dataset.</source>
        <translation>La nouvelle connexion à Xero a été appliquée au jeu de données.</translation>
    </message>
    <message>
        <source>Sign-in in the web browser</source>
        <translation>Connexion dans le navigateur web</translation>
    </message>
    <message>
        <source>Continue in my &amp;web browser</source>
        <translation>Continuer dans mon &amp;navigateur web</translation>
    </message>
    <message>
        <source>Continue the Xero sign-in in my web browser</source>
        <translation>Continuer la connexion à Xero dans mon navigateur web</translation>
    </message>
    <message>
        <source>&amp;Open the web browser again</source>
        <translation>&amp;Rouvrir le navigateur web</translation>
    </message>
    <message>
        <source>Open Xero&apos;s sign-in in the web browser again</source>
        <translation>Rouvrir la connexion à Xero dans le navigateur web</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel the Xero sign-in</source>
        <translation>Annuler la connexion à Xero</translation>
    </message>
    <message>
        <source>Signing in with %1 does not work inside this program: its page refuses embedded browsers. Continue in your web browser: the assistant opens Xero&apos;s sign-in there. Sign in with %1 again, tick “%2” and allow access; the assistant carries on by itself when Xero answers.</source>
        <translation>La connexion avec %1 ne fonctionne pas dans ce programme : sa page refuse les navigateurs intégrés. Continuez dans votre navigateur web : l’assistant y ouvre la connexion à Xero. Connectez-vous de nouveau avec %1, cochez « %2 » et autorisez l’accès ; l’assistant reprend de lui-même dès que Xero répond.</translation>
    </message>
    <message>
        <source>Your web browser shows Xero&apos;s sign-in. Sign in there, tick “%1” and allow access: the assistant carries on by itself when Xero answers. If no browser window opened, use Open the web browser again.</source>
        <translation>Votre navigateur web affiche la connexion à Xero. Connectez-vous-y, cochez « %1 » et autorisez l’accès : l’assistant reprend de lui-même dès que Xero répond. Si aucune fenêtre de navigateur ne s’est ouverte, utilisez Rouvrir le navigateur web.</translation>
    </message>
    <message>
        <source>Waiting for the Xero sign-in in your web browser…</source>
        <translation>En attente de la connexion à Xero dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Step 4, the temporary way: this program signs in to Xero and gives Power BI a credential that works for 30 minutes.</source>
        <translation>Étape 4, la voie temporaire : ce programme se connecte à Xero et donne à Power BI une information d’identification valable 30 minutes.</translation>
    </message>
    <message>
        <source>The credential this gives Power BI works for 30 minutes only. This program&apos;s own Xero sign-in, which makes it, is forgotten by Xero if it is not used before %1.</source>
        <translation>L’information d’identification donnée ainsi à Power BI ne fonctionne que 30 minutes. La connexion Xero de ce programme, qui la fabrique, est oubliée par Xero si elle n’est pas utilisée avant le %1.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The running instance did not answer.</source>
        <translation>L’instance en cours d’exécution n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>StatusReader</name>
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
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Last refresh status</source>
        <translation>État de la dernière actualisation</translation>
    </message>
    <message>
        <source>Last refresh time</source>
        <translation>Heure de la dernière actualisation</translation>
    </message>
    <message>
        <source>Next scheduled refresh</source>
        <translation>Prochaine actualisation planifiée</translation>
    </message>
    <message>
        <source>Refreshes left today</source>
        <translation>Actualisations restantes aujourd’hui</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Dernière actualisation :</translation>
    </message>
    <message>
        <source>Next scheduled refresh:</source>
        <translation>Prochaine actualisation planifiée :</translation>
    </message>
    <message>
        <source>&amp;Fix credentials...</source>
        <translation>&amp;Corriger les informations d’identification...</translation>
    </message>
    <message>
        <source>Fix the Xero credentials in the repair wizard</source>
        <translation>Corriger les informations d’identification Xero dans l’assistant de réparation</translation>
    </message>
    <message>
        <source>&amp;Choose another dataset...</source>
        <translation>Choisir un autre &amp;jeu de données...</translation>
    </message>
    <message>
        <source>Choose another dataset in the repair wizard</source>
        <translation>Choisir un autre jeu de données dans l’assistant de réparation</translation>
    </message>
    <message>
        <source>Reading the refresh status...</source>
        <translation>Lecture de l’état de l’actualisation...</translation>
    </message>
    <message>
        <source>No refresh yet</source>
        <translation>Aucune actualisation pour l’instant</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About Xero Refresh Assistant</source>
        <translation>À propos de Xero Refresh Assistant</translation>
    </message>
    <message>
        <source>Xero credential</source>
        <translation>Information d’identification Xero</translation>
    </message>
    <message>
        <source>Why the next scheduled refresh will fail</source>
        <translation>Pourquoi la prochaine actualisation planifiée échouera</translation>
    </message>
    <message>
        <source>Xero credential: %1</source>
        <translation>Information d’identification Xero : %1</translation>
    </message>
    <message>
        <source>When the status was last read</source>
        <translation>Quand l’état a été lu pour la dernière fois</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>R&amp;echarger</translation>
    </message>
    <message>
        <source>Read the refresh status again</source>
        <translation>Relire l’état de l’actualisation</translation>
    </message>
    <message>
        <source>Read the refresh status again (F5)</source>
        <translation>Relire l’état de l’actualisation (F5)</translation>
    </message>
    <message>
        <source>No refresh is left today: see when the next one frees up above.</source>
        <translation>Plus aucune actualisation aujourd’hui : voyez plus haut quand la prochaine se libère.</translation>
    </message>
    <message numerus="yes">
        <source>Status read at %1. It is read again every %n minute(s) while this window is open, and with Reload (F5).</source>
        <translation>
            <numerusform>État lu à %1. Il est relu toutes les %n minute tant que cette fenêtre est ouverte, et avec Recharger (F5).</numerusform>
            <numerusform>État lu à %1. Il est relu toutes les %n minutes tant que cette fenêtre est ouverte, et avec Recharger (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in to Power BI as %1…</source>
        <translation>Connexion à Power BI en tant que %1…</translation>
    </message>
</context>
<context>
    <name>SystemdUserTimer</name>
    <message>
        <source>The watch could not be set up: its files could not be written in %1.</source>
        <translation>La surveillance n’a pas pu être mise en place : ses fichiers n’ont pas pu être écrits dans %1.</translation>
    </message>
    <message>
        <source>The watch could not be set up: systemd did not read its files. The details say why.</source>
        <translation>La surveillance n’a pas pu être mise en place : systemd n’a pas lu ses fichiers. Les détails en donnent la raison.</translation>
    </message>
    <message>
        <source>The watch could not be started: systemd refused to start its timer. The details say why.</source>
        <translation>La surveillance n’a pas pu être démarrée : systemd a refusé de lancer son minuteur. Les détails en donnent la raison.</translation>
    </message>
    <message>
        <source>The watch could not be removed: %1 could not be deleted.</source>
        <translation>La surveillance n’a pas pu être retirée : %1 n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The watch&apos;s files are deleted, but systemd did not forget them: it may run once more until the next login.</source>
        <translation>Les fichiers de la surveillance sont supprimés, mais systemd ne les a pas oubliés : elle pourrait encore s’exécuter une fois d’ici la prochaine ouverture de session.</translation>
    </message>
</context>
<context>
    <name>WatchCalendar</name>
    <message>
        <source>Xero Refresh Assistant: check the refreshes of the Power BI dataset</source>
        <translation>Xero Refresh Assistant : vérifier les actualisations du jeu de données Power BI</translation>
    </message>
    <message>
        <source>Xero Refresh Assistant: when to check the Power BI dataset</source>
        <translation>Xero Refresh Assistant : quand vérifier le jeu de données Power BI</translation>
    </message>
</context>
<context>
    <name>WatchCheck</name>
    <message>
        <source>The %1 refresh of %2 failed</source>
        <translation>L’actualisation de %1 de %2 a échoué</translation>
    </message>
    <message>
        <source>Power BI switched off the scheduled refresh of %1</source>
        <translation>Power BI a désactivé l’actualisation planifiée de %1</translation>
    </message>
    <message>
        <source>The %1 refresh of %2 will fail</source>
        <translation>L’actualisation de %1 de %2 va échouer</translation>
    </message>
    <message>
        <source>The Xero credential that Power BI holds is a temporary one: it stops working on %1, before that refresh. Give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation>L’information d’identification Xero que détient Power BI est temporaire : elle ne fonctionnera plus le %1, avant cette actualisation. Donnez-en une durable à Power BI par sa propre boîte de dialogue Modifier les informations d’identification.</translation>
    </message>
    <message>
        <source>This program&apos;s Xero sign-in expires on %1</source>
        <translation>La connexion à Xero de ce programme expire le %1</translation>
    </message>
    <message>
        <source>This program&apos;s Xero sign-in expired on %1</source>
        <translation>La connexion à Xero de ce programme a expiré le %1</translation>
    </message>
    <message>
        <source>Xero ends a sign-in that is not used for %1 days. Sign in to Xero again in Xero Refresh Assistant to keep giving Power BI fresh credentials.</source>
        <translation>Xero met fin à une connexion inutilisée pendant %1 jours. Connectez-vous de nouveau à Xero dans Xero Refresh Assistant pour continuer à donner à Power BI des informations d’identification fraîches.</translation>
    </message>
    <message>
        <source>Power BI&apos;s Xero sign-in for %1 expires on %2</source>
        <translation>La connexion à Xero de Power BI pour %1 expire le %2</translation>
    </message>
    <message>
        <source>Xero ends a sign-in that is not used for %1 days, and with the scheduled refresh switched off nothing uses it. Switch the schedule on, or refresh now, to keep it working.</source>
        <translation>Xero met fin à une connexion inutilisée pendant %1 jours, et avec l’actualisation planifiée désactivée, rien ne l’utilise. Activez la planification, ou actualisez maintenant, pour qu’elle continue de fonctionner.</translation>
    </message>
    <message>
        <source>The %1 refresh of %2 will not run</source>
        <translation>L’actualisation de %1 de %2 n’aura pas lieu</translation>
    </message>
    <message>
        <source>Xero Refresh Assistant cannot check the Power BI dataset</source>
        <translation>Xero Refresh Assistant ne peut pas vérifier le jeu de données Power BI</translation>
    </message>
    <message>
        <source>Xero Refresh Assistant could not give Power BI a fresh Xero credential</source>
        <translation>Xero Refresh Assistant n’a pas pu donner à Power BI une nouvelle information d’identification Xero</translation>
    </message>
    <message>
        <source>The Xero credential that Power BI holds is a temporary one: it stopped working on %1. Give Power BI a lasting one through its own Edit credentials dialog.</source>
        <translation>L’information d’identification Xero que détient Power BI est temporaire : elle ne fonctionne plus depuis le %1. Donnez-en une durable à Power BI par sa propre boîte de dialogue Modifier les informations d’identification.</translation>
    </message>
    <message>
        <source>The watch is set to give Power BI a fresh Xero credential before each scheduled refresh, but this program keeps no Xero sign-in for the dataset&apos;s organisation, or no Xero data source is chosen. Sign in to Xero again in Xero Refresh Assistant, or give Power BI a lasting credential through its own Edit credentials dialog.</source>
        <translation>La surveillance doit donner à Power BI une nouvelle information d’identification Xero avant chaque actualisation planifiée, mais ce programme ne conserve aucune connexion Xero pour l’organisation du jeu de données, ou aucune source de données Xero n’est choisie. Connectez-vous de nouveau à Xero dans Xero Refresh Assistant, ou donnez à Power BI une information d’identification durable par sa propre boîte de dialogue Modifier les informations d’identification.</translation>
    </message>
</context>
<context>
    <name>WatchMemory</name>
    <message>
        <source>Refreshes of the Power BI dataset work again</source>
        <translation>Les actualisations du jeu de données Power BI fonctionnent de nouveau</translation>
    </message>
    <message>
        <source>Refreshes of %1 work again</source>
        <translation>Les actualisations de %1 fonctionnent de nouveau</translation>
    </message>
    <message>
        <source>The last refresh completed: Power BI reads Xero again.</source>
        <translation>La dernière actualisation a réussi : Power BI lit de nouveau Xero.</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>Watch</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>&amp;Tell me when something goes wrong</source>
        <translation>&amp;Me prévenir quand quelque chose ne va pas</translation>
    </message>
    <message>
        <source>What the watch installs</source>
        <translation>Ce que la surveillance installe</translation>
    </message>
    <message>
        <source>Also give Power BI a fresh temporary credential before each scheduled refresh (the weaker way)</source>
        <translation>Donner aussi à Power BI une information d’identification temporaire neuve avant chaque actualisation planifiée (la voie la plus faible)</translation>
    </message>
    <message>
        <source>What the weaker way costs</source>
        <translation>Ce que coûte la voie la plus faible</translation>
    </message>
    <message>
        <source>For when Power BI&apos;s own dialog cannot be used. It costs one renewal of this program&apos;s Xero sign-in per scheduled refresh, and works only if this computer is on and its keychain unlocked at that time. A credential entered in Power BI&apos;s dialog lasts, and is never replaced.</source>
        <translation>Pour quand la boîte de dialogue de Power BI ne peut pas servir. Elle coûte un renouvellement de la connexion à Xero de ce programme par actualisation planifiée, et ne fonctionne que si cet ordinateur est allumé et son trousseau déverrouillé à ce moment-là. Une information d’identification saisie dans la boîte de dialogue de Power BI dure, et n’est jamais remplacée.</translation>
    </message>
    <message>
        <source>The watch&apos;s state</source>
        <translation>L’état de la surveillance</translation>
    </message>
    <message>
        <source>Where no user timer runs</source>
        <translation>Là où aucun minuteur utilisateur ne tourne</translation>
    </message>
    <message>
        <source>Not in the sandbox: a timer would watch nothing real. The watch can be turned on when the program works with Power BI.</source>
        <translation>Pas dans le bac à sable : un minuteur n’y surveillerait rien de réel. La surveillance peut être activée quand le programme travaille avec Power BI.</translation>
    </message>
    <message>
        <source>Installs a systemd user timer that checks the dataset a few minutes after each scheduled refresh and once a day, and shows a desktop notification when a problem appears and when it ends. Turning it off removes the timer. Files: %1</source>
        <translation>Installe un minuteur utilisateur systemd qui vérifie le jeu de données quelques minutes après chaque actualisation planifiée et une fois par jour, et affiche une notification sur le bureau quand un problème apparaît et quand il prend fin. La désactiver supprime le minuteur. Fichiers : %1</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivée.</translation>
    </message>
    <message>
        <source>On. No check yet.</source>
        <translation>Activée. Aucune vérification encore.</translation>
    </message>
    <message>
        <source>On. Last check %1: %2</source>
        <translation>Activée. Dernière vérification %1 : %2</translation>
    </message>
    <message>
        <source>Cron line</source>
        <translation>Ligne cron</translation>
    </message>
    <message>
        <source>Looking for the system&apos;s user timers…</source>
        <translation>Recherche des minuteurs utilisateur du système…</translation>
    </message>
    <message>
        <source>Checks the dataset a few minutes after each scheduled refresh and shows a desktop notification when a problem appears and when it ends. No systemd user session answered on this computer, so nothing can be installed: turned on, it shows the line to add to your crontab.</source>
        <translation>Vérifie le jeu de données quelques minutes après chaque actualisation planifiée et affiche une notification sur le bureau quand un problème apparaît et quand il prend fin. Aucune session utilisateur systemd n’a répondu sur cet ordinateur, donc rien ne peut être installé : une fois activée, elle montre la ligne à ajouter à votre crontab.</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Add this line to your crontab (crontab -e). It needs your desktop session&apos;s bus at /run/user/&lt;your user id&gt;/bus, and does nothing once the watch is turned off here:</source>
        <translation>Ajoutez cette ligne à votre crontab (crontab -e). Elle a besoin du bus de votre session de bureau dans /run/user/&lt;votre identifiant d’utilisateur&gt;/bus, et ne fait plus rien une fois la surveillance désactivée ici :</translation>
    </message>
</context>
<context>
    <name>WebContentLoader</name>
    <message>
        <source>This page cannot be shown: the part of the program that shows web pages could not be loaded. Reinstalling the program should bring it back.

Details: %1</source>
        <translation>Cette page ne peut pas être affichée : la partie du programme qui affiche les pages web n’a pas pu être chargée. Réinstaller le programme devrait la rétablir.

Détails : %1</translation>
    </message>
    <message>
        <source>%1 was not found in %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
    <message>
        <source>%1 is not the web view plugin of this version of the program.</source>
        <translation>%1 n’est pas le module d’affichage web de cette version du programme.</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>Xero Refresh Assistant</source>
        <translation>Xero Refresh Assistant</translation>
    </message>
</context>
<context>
    <name>WindowServices</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: its folder %1 cannot be made.</source>
        <translation>Le bac à sable n’a pas pu démarrer : son dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s saved state could not be read, so the sandbox starts again from the beginning.</source>
        <translation>L’état enregistré du bac à sable n’a pas pu être lu : le bac à sable repart donc du début.</translation>
    </message>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Le fichier illisible a été conservé sous le nom %1.</translation>
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
    <message>
        <source>Another copy of Xero Refresh Assistant is renewing the Xero sign-in and has not finished. Try again in a minute.</source>
        <translation>Une autre instance de Xero Refresh Assistant renouvelle la connexion à Xero et n’a pas terminé. Réessayez dans une minute.</translation>
    </message>
</context>
<context>
    <name>XeroSettingsPage</name>
    <message>
        <source>Settings for Xero</source>
        <translation>Paramètres pour Xero</translation>
    </message>
    <message>
        <source>The dataset&apos;s data source, its schedule and its owner, as Power BI&apos;s Settings for Xero page shows them.</source>
        <translation>La source de données du jeu de données, sa planification et son propriétaire, tels que les affiche la page Paramètres pour Xero de Power BI.</translation>
    </message>
    <message>
        <source>Data source credentials</source>
        <translation>Informations d’identification de la source de données</translation>
    </message>
    <message>
        <source>Edit credentials</source>
        <translation>Modifier les informations d’identification</translation>
    </message>
    <message>
        <source>Renew the Xero sign-in that Power BI refreshes this dataset with.</source>
        <translation>Renouveler la connexion à Xero avec laquelle Power BI actualise ce jeu de données.</translation>
    </message>
    <message>
        <source>Edit credentials waits until you own the dataset: Power BI refuses credentials from anyone but the owner. Take it over below first.</source>
        <translation>« Modifier les informations d’identification » attend que vous soyez propriétaire du jeu de données : Power BI refuse les informations d’identification de toute autre personne. Prenez-le d’abord en charge ci-dessous.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Dataset owner</source>
        <translation>Propriétaire du jeu de données</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>Prendre en &amp;charge</translation>
    </message>
    <message>
        <source>Take over the dataset</source>
        <translation>Prendre en charge le jeu de données</translation>
    </message>
    <message>
        <source>Take over makes your account the dataset&apos;s owner, so that Power BI accepts the credentials and schedule you set; the previous owner&apos;s credentials stop being used.</source>
        <translation>Prendre en charge fait de votre compte le propriétaire du jeu de données, pour que Power BI accepte les informations d’identification et la planification que vous définissez ; les informations d’identification de l’ancien propriétaire ne sont plus utilisées.</translation>
    </message>
    <message>
        <source>Reading the dataset&apos;s settings…</source>
        <translation>Lecture des paramètres du jeu de données…</translation>
    </message>
    <message>
        <source>Taking the dataset over…</source>
        <translation>Prise en charge du jeu de données…</translation>
    </message>
    <message>
        <source>Credential state of %1</source>
        <translation>État des informations d’identification de %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>The dataset belongs to %1: only its owner can change its credentials and schedule.</source>
        <translation>Le jeu de données appartient à %1 : seul son propriétaire peut modifier ses informations d’identification et sa planification.</translation>
    </message>
    <message>
        <source>The Xero sign-in behind this dataset has expired: Power BI can no longer read from Xero. Edit credentials renews it.</source>
        <translation>La connexion à Xero utilisée par ce jeu de données a expiré : Power BI ne peut plus lire les données de Xero. « Modifier les informations d’identification » la renouvelle.</translation>
    </message>
    <message>
        <source>Not known yet: no refresh has run.</source>
        <translation>Inconnu pour l’instant : aucune actualisation n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>Working: the last refresh read from Xero.</source>
        <translation>Fonctionne : la dernière actualisation a lu les données de Xero.</translation>
    </message>
    <message>
        <source>The last refresh reported no problem with the Xero sign-in.</source>
        <translation>La dernière actualisation n’a signalé aucun problème avec la connexion à Xero.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Power BI lists no data source for this dataset: there is no Xero credential to repair.</source>
        <translation>Power BI n’indique aucune source de données pour ce jeu de données : il n’y a pas d’information d’identification Xero à réparer.</translation>
    </message>
    <message>
        <source>Choose the data source that reads Xero: nothing is given to Power BI until you do.</source>
        <translation>Choisissez la source de données qui lit Xero : rien n’est donné à Power BI tant que vous ne l’avez pas fait.</translation>
    </message>
    <message>
        <source>%1 reads Xero</source>
        <translation>%1 lit Xero</translation>
    </message>
    <message>
        <source>Not the Xero data source: this assistant leaves its credentials as they are.</source>
        <translation>Pas la source de données Xero : cet assistant laisse ses informations d’identification telles quelles.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no gateway</source>
        <translation>sans passerelle</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <source>Through %1.</source>
        <translation>Par %1.</translation>
    </message>
    <message>
        <source>Reads %1, through %2.</source>
        <translation>Lit %1, par %2.</translation>
    </message>
</context>
<context>
    <name>XeroSignIn</name>
    <message>
        <source>the program&apos;s settings</source>
        <translation>les réglages du programme</translation>
    </message>
    <message>
        <source>your Xero app may not ask for the scopes listed in the setting xero/scopes (Xero said “%1”). Apps created on or after 2 March 2026 must use Xero&apos;s granular scopes: remove that line from %2 to use the assistant&apos;s own, then sign in again.</source>
        <translation>votre application Xero n’a pas le droit de demander les autorisations du réglage xero/scopes (Xero a répondu « %1 »). Les applications créées à partir du 2 mars 2026 doivent utiliser les autorisations fines de Xero : retirez cette ligne de %2 pour utiliser celles de l’assistant, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>your Xero app may not ask for the broad scopes accounting.transactions and accounting.reports.read (Xero said “%1”): apps created on or after 2 March 2026 must use Xero&apos;s granular scopes. Set xero/scopeSet=granular in %2, then sign in again.</source>
        <translation>votre application Xero n’a pas le droit de demander les autorisations larges accounting.transactions et accounting.reports.read (Xero a répondu « %1 ») : les applications créées à partir du 2 mars 2026 doivent utiliser les autorisations fines de Xero. Indiquez xero/scopeSet=granular dans %2, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>your Xero app does not have Xero&apos;s granular scopes yet (Xero said “%1”), as happens with apps created before 2 March 2026. Add them to the app at developer.xero.com, or set xero/scopeSet=broad in %2 to use the broad scopes such an app still has; then sign in again.</source>
        <translation>votre application Xero n’a pas encore les autorisations fines de Xero (Xero a répondu « %1 »), comme il arrive aux applications créées avant le 2 mars 2026. Ajoutez-les à l’application sur developer.xero.com, ou indiquez xero/scopeSet=broad dans %2 pour utiliser les autorisations larges qu’une telle application a encore ; puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Xero does not accept the client id &quot;%1&quot; of your Xero app (invalid_client). Check it against the app at developer.xero.com (My Apps), then correct the setting xero/clientId in %2.</source>
        <translation>Xero n’accepte pas l’ID client « %1 » de votre application Xero (invalid_client). Vérifiez-le d’après l’application sur developer.xero.com (My Apps), puis corrigez le réglage xero/clientId dans %2.</translation>
    </message>
</context>
<context>
    <name>XeroSignInFlow</name>
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
    <message>
        <source>Signing in to Xero is not set up in this program.</source>
        <translation>La connexion à Xero n’est pas configurée dans ce programme.</translation>
    </message>
    <message>
        <source>No sign-in in the browser is in progress. Start the sign-in again.</source>
        <translation>Aucune connexion n’est en cours dans le navigateur. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Waiting for the Xero sign-in in your web browser…</source>
        <translation>En attente de la connexion à Xero dans votre navigateur web…</translation>
    </message>
</context>
<context>
    <name>XeroSourceChoice</name>
    <message>
        <source>Power BI lists no data source for this dataset, so there is no Xero credential to give it.</source>
        <translation>Power BI n’indique aucune source de données pour ce jeu de données : il n’y a donc pas d’information d’identification Xero à lui donner.</translation>
    </message>
    <message>
        <source>Choose which data source of the dataset reads Xero (on Settings for Xero): no credential is given to Power BI until then.</source>
        <translation>Choisissez quelle source de données du jeu de données lit Xero (dans Paramètres pour Xero) : aucune information d’identification n’est donnée à Power BI d’ici là.</translation>
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
        <source>Another start cannot be detected: %1</source>
        <translation>Impossible de détecter un autre démarrage : %1</translation>
    </message>
    <message>
        <source>Work offline against a built-in sandbox that stands in for Power BI, Microsoft sign-in and Xero: without a command, the windows open against it with a broken dataset to repair, and it keeps what happened for the next start; with a command, the command runs against a new one.</source>
        <translation>Travailler hors ligne avec un bac à sable intégré qui tient lieu de Power BI, de la connexion Microsoft et de Xero : sans commande, les fenêtres s’ouvrent sur lui avec un jeu de données en panne à réparer, et il garde ce qui s’est passé pour le prochain démarrage ; avec une commande, la commande s’exécute sur un bac à sable neuf.</translation>
    </message>
    <message>
        <source>Open the windows against the sandbox as it was at the very start: its remembered dataset, sign-ins and history are forgotten.</source>
        <translation>Ouvrir les fenêtres sur le bac à sable tel qu’il était au tout début : le jeu de données mémorisé, les connexions et l’historique sont oubliés.</translation>
    </message>
</context>
</TS>
