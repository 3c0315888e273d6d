<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The whole platform</source>
        <translation>Toute la plateforme</translation>
    </message>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Emails verified</source>
        <translation>E-mails vérifiés</translation>
    </message>
    <message>
        <source>Sign-ups, last 30 days</source>
        <translation>Inscriptions, 30 derniers jours</translation>
    </message>
    <message>
        <source>Accounts by role</source>
        <translation>Comptes par rôle</translation>
    </message>
</context>
<context>
    <name>AdminShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Assessment banks</source>
        <translation>Banques d’évaluation</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Résultats d’évaluation</translation>
    </message>
    <message>
        <source>Assessment reports</source>
        <translation>Rapports d’évaluation</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation le %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>reads of talents&apos; data: %1</source>
        <translation>lectures de données de talents : %1</translation>
    </message>
    <message>
        <source>at most %1 requests a minute</source>
        <translation>%1 requêtes par minute au plus</translation>
    </message>
    <message>
        <source>the platform&apos;s limit of requests a minute</source>
        <translation>limite de requêtes par minute de la plateforme</translation>
    </message>
    <message>
        <source>Replaced: works until %1</source>
        <translation>Remplacée : fonctionne jusqu’au %1</translation>
    </message>
    <message>
        <source>Replaced: stopped on %1</source>
        <translation>Remplacée : arrêtée le %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoquée le %1</translation>
    </message>
    <message>
        <source>Choose at least one thing the key may do</source>
        <translation>Choisissez au moins une action autorisée pour la clé</translation>
    </message>
    <message>
        <source>“%1” is revoked: calls made with it are refused.</source>
        <translation>« %1 » est révoquée : les appels faits avec elle sont refusés.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Keys let your own systems call Worknation&apos;s external API</source>
        <translation>Les clés permettent à vos propres systèmes d’appeler l’API externe de Worknation</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>No keys yet. Choose “New key” to issue one for a system that calls Worknation.</source>
        <translation>Aucune clé pour l’instant. Choisissez « Nouvelle clé » pour en émettre une pour un système qui appelle Worknation.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>créée le %1</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Name: what the key is for</source>
        <translation>Nom : à quoi sert la clé</translation>
    </message>
    <message>
        <source>e.g. Recruiting system, production</source>
        <translation>ex. Système de recrutement, production</translation>
    </message>
    <message>
        <source>What the key may do</source>
        <translation>Ce que la clé permet de faire</translation>
    </message>
    <message>
        <source>Reading or adding talents, webhooks and MSD registration are for partner organisations registered by Worknation, so your company&apos;s keys may hold only what is listed here.</source>
        <translation>La lecture ou l’ajout de talents, les webhooks et l’inscription MSD sont réservés aux organisations partenaires enregistrées par Worknation : les clés de votre entreprise ne peuvent donc porter que ce qui figure ici.</translation>
    </message>
    <message>
        <source>Requests a minute (optional)</source>
        <translation>Requêtes par minute (facultatif)</translation>
    </message>
    <message>
        <source>The platform&apos;s limit</source>
        <translation>La limite de la plateforme</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The new key for “%1”</source>
        <translation>La nouvelle clé pour « %1 »</translation>
    </message>
    <message>
        <source>Your key “%1”</source>
        <translation>Votre clé « %1 »</translation>
    </message>
    <message>
        <source>You will not see this key or its signing secret again. Copy both now and keep them somewhere safe.</source>
        <translation>Vous ne reverrez plus cette clé ni son secret de signature. Copiez-les maintenant et conservez-les en lieu sûr.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>La nouvelle clé API</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <source>Signing secret (for the webhooks you send)</source>
        <translation>Secret de signature (pour les webhooks que vous envoyez)</translation>
    </message>
    <message>
        <source>The key&apos;s signing secret</source>
        <translation>Le secret de signature de la clé</translation>
    </message>
    <message>
        <source>Copy the signing secret</source>
        <translation>Copier le secret de signature</translation>
    </message>
    <message>
        <source>The key it replaces keeps working until %1; move your systems to the new key before then.</source>
        <translation>La clé qu’elle remplace fonctionne jusqu’au %1 ; passez vos systèmes à la nouvelle clé d’ici là.</translation>
    </message>
    <message>
        <source>The key it replaces has stopped working.</source>
        <translation>La clé qu’elle remplace ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Send the key with every call, as the X-Api-Key header. The list of keys shows only its beginning, %1….</source>
        <translation>Envoyez la clé avec chaque appel, dans l’en-tête X-Api-Key. La liste des clés n’en montre que le début, %1….</translation>
    </message>
    <message>
        <source>I have stored them</source>
        <translation>Je les ai conservés</translation>
    </message>
    <message>
        <source>Rotate “%1”?</source>
        <translation>Renouveler « %1 » ?</translation>
    </message>
    <message>
        <source>A new key with the same name and scopes is made and shown once. The old key keeps working for the hours below, so your systems can move to the new one.</source>
        <translation>Une nouvelle clé, avec le même nom et les mêmes droits, est créée et affichée une seule fois. L’ancienne clé fonctionne encore pendant le nombre d’heures ci-dessous, le temps que vos systèmes passent à la nouvelle.</translation>
    </message>
    <message>
        <source>Hours the old key keeps working (0 to 168)</source>
        <translation>Heures pendant lesquelles l’ancienne clé fonctionne encore (0 à 168)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Révoquer « %1 » ?</translation>
    </message>
    <message>
        <source>The key stops working at once: every call made with it is refused. This cannot be undone.</source>
        <translation>La clé cesse aussitôt de fonctionner : tout appel fait avec elle est refusé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
</context>
<context>
    <name>ApiList</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ApplicantCvs</name>
    <message>
        <source>CVs of %1 %2</source>
        <translation>CV de %1 %2</translation>
    </message>
    <message>
        <source>Save the CV as</source>
        <translation>Enregistrer le CV sous</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The file sent with the application</source>
        <translation>Le fichier joint à la candidature</translation>
    </message>
    <message>
        <source>No CV kept by this talent.</source>
        <translation>Ce talent n’a aucun CV.</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Choose a CV to read it here.</source>
        <translation>Choisissez un CV pour le lire ici.</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>Why, in a sentence the talent will read</source>
        <translation>Pourquoi, en une phrase que le talent lira</translation>
    </message>
    <message>
        <source>No applicants yet.</source>
        <translation>Aucun candidat pour l&apos;instant.</translation>
    </message>
    <message>
        <source>remark: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The conversation with %1 is under Messages.</source>
        <translation>La conversation avec %1 se trouve dans Messages.</translation>
    </message>
    <message>
        <source>CVs</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>culture fit %1 %</source>
        <translation>adéquation culturelle %1 %</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>My applications</source>
        <translation>Mes candidatures</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not applied for a job yet. Find one under Jobs.</source>
        <translation>Vous n&apos;avez encore postulé à aucune offre. Trouvez-en une dans Offres d&apos;emploi.</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>candidature le %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>AssessmentBanksPage</name>
    <message>
        <source>1 active question</source>
        <translation>1 question active</translation>
    </message>
    <message>
        <source>%1 active questions</source>
        <translation>%1 questions actives</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>sans limite de temps</translation>
    </message>
    <message>
        <source>%1 drawn an attempt</source>
        <translation>%1 tirées par tentative</translation>
    </message>
    <message>
        <source>taken once</source>
        <translation>une seule passation</translation>
    </message>
    <message>
        <source>retaken any time</source>
        <translation>repassable à tout moment</translation>
    </message>
    <message>
        <source>retaken after a day</source>
        <translation>repassable après un jour</translation>
    </message>
    <message>
        <source>retaken after %1 days</source>
        <translation>repassable après %1 jours</translation>
    </message>
    <message>
        <source>Reverse keyed</source>
        <translation>Inversée</translation>
    </message>
    <message>
        <source>Forward keyed</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>paire %1</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>Poids %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Correcte : %1</translation>
    </message>
    <message>
        <source>Assessment banks</source>
        <translation>Banques d’évaluation</translation>
    </message>
    <message>
        <source>The platform&apos;s assessments: their questions and keys</source>
        <translation>Les évaluations de la plateforme : questions et corrigés</translation>
    </message>
    <message>
        <source>Your company&apos;s own assessments: their questions and keys</source>
        <translation>Les évaluations de votre entreprise : questions et corrigés</translation>
    </message>
    <message>
        <source>New bank</source>
        <translation>Nouvelle banque</translation>
    </message>
    <message>
        <source>No assessment yet: start one with New bank.</source>
        <translation>Aucune évaluation pour l’instant : créez-en une avec Nouvelle banque.</translation>
    </message>
    <message>
        <source>Your company has no assessment of its own yet: start one with New bank.</source>
        <translation>Votre entreprise n’a pas encore d’évaluation : créez-en une avec Nouvelle banque.</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Questions (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Catégories (%1)</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show questions of type</source>
        <translation>Afficher les questions de type</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>No question of this type.</source>
        <translation>Aucune question de ce type.</translation>
    </message>
    <message>
        <source>No question yet: add one.</source>
        <translation>Aucune question pour l’instant : ajoutez-en une.</translation>
    </message>
    <message>
        <source>Inactive: not drawn</source>
        <translation>Inactive : non tirée</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Delete this question?</source>
        <translation>Supprimer cette question ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>“%1” leaves the bank. Results that used it keep their scores.</source>
        <translation>« %1 » quitte la banque. Les résultats qui l’ont utilisée gardent leurs scores.</translation>
    </message>
    <message>
        <source>Reading passages (%1)</source>
        <translation>Textes à lire (%1)</translation>
    </message>
    <message>
        <source>A comprehension attempt draws one passage with an active question; the talent reads it, then answers its questions.</source>
        <translation>Une tentative de compréhension tire un texte ayant une question active ; le talent le lit, puis répond à ses questions.</translation>
    </message>
    <message>
        <source>Add passage</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <source>No reading passage in this bank: add one with its questions.</source>
        <translation>Aucun texte à lire dans cette banque : ajoutez-en un avec ses questions.</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>drawn into attempts</source>
        <translation>tiré dans les tentatives</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation>Modifier la question %1</translation>
    </message>
    <message>
        <source>Deactivate the passage: its questions are not drawn</source>
        <translation>Désactiver le texte : ses questions ne sont plus tirées</translation>
    </message>
    <message>
        <source>Activate the passage: its questions are drawn again</source>
        <translation>Activer le texte : ses questions sont de nouveau tirées</translation>
    </message>
    <message>
        <source>Read in 1 attempt, so its text stays as that talent read it: correct it as a new passage, then deactivate this one.</source>
        <translation>Lu lors d’une tentative : son texte reste tel que ce talent l’a lu. Corrigez-le en un nouveau passage, puis désactivez celui-ci.</translation>
    </message>
    <message>
        <source>Read in %1 attempts, so its text stays as those talents read it: correct it as a new passage, then deactivate this one.</source>
        <translation>Lu lors de %1 tentatives : son texte reste tel que ces talents l’ont lu. Corrigez-le en un nouveau passage, puis désactivez celui-ci.</translation>
    </message>
    <message>
        <source>Edit passage</source>
        <translation>Modifier le passage</translation>
    </message>
    <message>
        <source>Edit the title and text of %1</source>
        <translation>Modifier le titre et le texte de %1</translation>
    </message>
    <message>
        <source>Correct as a new passage</source>
        <translation>Corriger en un nouveau passage</translation>
    </message>
    <message>
        <source>Correct %1 as a new passage with its questions</source>
        <translation>Corriger %1 en un nouveau passage avec ses questions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>AssessmentReportsPage</name>
    <message>
        <source>1 taker</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 takers</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>no taker</source>
        <translation>aucun participant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Write a day as 2026-09-01</source>
        <translation>Saisissez un jour au format 2026-09-01</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Assessment reports</source>
        <translation>Rapports d’évaluation</translation>
    </message>
    <message>
        <source>How every taker on the platform scored: each talent&apos;s newest result</source>
        <translation>Les scores de tous les participants de la plateforme : le résultat le plus récent de chaque talent</translation>
    </message>
    <message>
        <source>How your applicants scored: each one&apos;s newest result</source>
        <translation>Les scores de vos candidats : le résultat le plus récent de chacun</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>From (first day)</source>
        <translation>Du (premier jour)</translation>
    </message>
    <message>
        <source>2026-01-01</source>
        <translation>2026-01-01</translation>
    </message>
    <message>
        <source>To (last day)</source>
        <translation>Au (dernier jour)</translation>
    </message>
    <message>
        <source>2026-12-31</source>
        <translation>2026-12-31</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 pour %2 : %3</translation>
    </message>
    <message>
        <source>in the period chosen</source>
        <translation>sur la période choisie</translation>
    </message>
    <message>
        <source>since the start</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>%1 among your applicants on %2</source>
        <translation>%1 parmi vos candidats pour %2</translation>
    </message>
    <message>
        <source>No one has taken this assessment in this period. Choose another assessment or widen the period.</source>
        <translation>Personne n’a passé cette évaluation sur cette période. Choisissez une autre évaluation ou élargissez la période.</translation>
    </message>
    <message>
        <source>None of your applicants has taken this assessment yet. Their results are counted here once they submit it.</source>
        <translation>Aucun de vos candidats n’a encore passé cette évaluation. Leurs résultats sont comptés ici dès qu’ils la soumettent.</translation>
    </message>
    <message>
        <source>Mean score by category, with its takers</source>
        <translation>Score moyen par catégorie, avec ses participants</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>Category whose spread is shown</source>
        <translation>Catégorie dont la répartition est affichée</translation>
    </message>
    <message>
        <source>%1: takers by score, in fifths of the range (%2)</source>
        <translation>%1 : participants par score, en cinquièmes de l’échelle (%2)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Takers by the month of their result</source>
        <translation>Participants selon le mois de leur résultat</translation>
    </message>
    <message>
        <source>Mean score by month (%)</source>
        <translation>Score moyen par mois (%)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>25th</source>
        <translation>25e</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>75th</source>
        <translation>75e</translation>
    </message>
    <message>
        <source>90th</source>
        <translation>90e</translation>
    </message>
    <message>
        <source>%1: 25th percentile %2, median %3, 75th %4, 90th %5</source>
        <translation>%1 : 25e centile %2, médiane %3, 75e %4, 90e %5</translation>
    </message>
    <message>
        <source>Percentiles of the scores: a quarter of the takers scored at or below the 25th, half at or below the median, nine in ten at or below the 90th</source>
        <translation>Centiles des scores : un quart des candidats a obtenu le 25e ou moins, la moitié la médiane ou moins, neuf sur dix le 90e ou moins</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>AssessmentResultsPage</name>
    <message>
        <source>Every assessment</source>
        <translation>Toutes les évaluations</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sans score</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Percentile shown from 30 takers (1 so far)</source>
        <translation>Centile affiché à partir de 30 candidats (1 pour l’instant)</translation>
    </message>
    <message>
        <source>Percentile shown from 30 takers (%1 so far)</source>
        <translation>Centile affiché à partir de 30 candidats (%1 pour l’instant)</translation>
    </message>
    <message>
        <source>Percentile %1 of %2 takers</source>
        <translation>Centile %1 sur %2 candidats</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Résultats d’évaluation</translation>
    </message>
    <message>
        <source>Every talent&apos;s results, newest first</source>
        <translation>Les résultats de chaque talent, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Your applicants&apos; results, and every result on your own banks</source>
        <translation type="vanished">Les résultats de vos candidats, et tous ceux de vos propres banques</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Each talent&apos;s newest only</source>
        <translation>Le plus récent de chaque talent</translation>
    </message>
    <message>
        <source>No result yet: results appear once talents submit a test.</source>
        <translation>Aucun résultat pour l’instant : ils apparaissent quand des talents soumettent un test.</translation>
    </message>
    <message>
        <source>No result to show yet: your applicants&apos; results appear here once they submit a test.</source>
        <translation>Aucun résultat à afficher : ceux de vos candidats apparaissent ici quand ils soumettent un test.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 overall · submitted %2</source>
        <translation>%1 au total · soumis le %2</translation>
    </message>
    <message>
        <source>%1 of %2 answers wholly right</source>
        <translation>%1 réponses sur %2 entièrement justes</translation>
    </message>
    <message>
        <source>Read %1 words at %2 words a minute; %3 right</source>
        <translation>%1 mots lus à %2 mots par minute ; %3 justes</translation>
    </message>
    <message>
        <source>Flagged as careless answering: paired statements were answered %1 points apart on average (%2 pairs).</source>
        <translation>Réponses jugées peu attentives : les affirmations appariées diffèrent de %1 points en moyenne (%2 paires).</translation>
    </message>
    <message>
        <source>Consistent: paired statements were answered %1 points apart on average (%2 pairs).</source>
        <translation>Cohérent : les affirmations appariées diffèrent de %1 points en moyenne (%2 paires).</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Réponses écrites</translation>
    </message>
    <message>
        <source>The results talents share with your company, and every result on your own banks</source>
        <translation>Les résultats que les talents partagent avec votre entreprise, et tous ceux de vos propres banques</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No assessment is open now.</source>
        <translation>Aucune évaluation n&apos;est ouverte actuellement.</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Commencer ou reprendre</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Percent of range per domain</source>
        <translation>Pourcentage de l&apos;échelle par domaine</translation>
    </message>
    <message>
        <source>%1 — %2 %: %3</source>
        <translation>%1 — %2 % : %3</translation>
    </message>
    <message>
        <source>Percentile shown from 30 takers (%1 so far)</source>
        <translation>Centile affiché à partir de 30 participants (%1 pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Percentile %1 of %2 takers</source>
        <translation>Centile %1 sur %2 participants</translation>
    </message>
    <message>
        <source>Back to assessments</source>
        <translation>Retour aux évaluations</translation>
    </message>
</context>
<context>
    <name>AttemptView</name>
    <message>
        <source>%1:%2 left</source>
        <translation>Reste %1:%2</translation>
    </message>
    <message>
        <source>Read the passage</source>
        <translation>Lisez le texte</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 answered</source>
        <translation>Question %1 sur %2 · %3 répondues</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>Je l&apos;ai lu</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Pas du tout d&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Tout à fait d&apos;accord</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Submit (%1 unanswered)</source>
        <translation>Envoyer (%1 sans réponse)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>AttendanceRecords</name>
    <message>
        <source>Save the attendance as</source>
        <translation>Enregistrer les présences sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>%1 checked in</source>
        <translation>%1 présents</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>No one has checked in yet.</source>
        <translation>Personne n&apos;a encore pointé.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>arrivée %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>départ %1</translation>
    </message>
    <message>
        <source>not checked out</source>
        <translation>départ non pointé</translation>
    </message>
</context>
<context>
    <name>Band</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
</context>
<context>
    <name>BankEditor</name>
    <message>
        <source>Write a whole number, or leave it empty</source>
        <translation>Écrivez un nombre entier, ou laissez vide</translation>
    </message>
    <message>
        <source>New assessment bank</source>
        <translation>Nouvelle banque d’évaluation</translation>
    </message>
    <message>
        <source>Create bank</source>
        <translation>Créer la banque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Warehouse supervisor screening</source>
        <translation>Présélection chef d’entrepôt</translation>
    </message>
    <message>
        <source>What it is for, as takers will read it</source>
        <translation>À quoi elle sert, tel que les candidats le liront</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Limite de temps en minutes</translation>
    </message>
    <message>
        <source>Empty: no limit</source>
        <translation>Vide : sans limite</translation>
    </message>
    <message>
        <source>Questions per attempt</source>
        <translation>Questions par tentative</translation>
    </message>
    <message>
        <source>Empty: every active one</source>
        <translation>Vide : toutes les actives</translation>
    </message>
    <message>
        <source>Days before a retake</source>
        <translation>Jours avant de repasser</translation>
    </message>
    <message>
        <source>Empty: taken once</source>
        <translation>Vide : une seule passation</translation>
    </message>
    <message>
        <source>Categories: headings, and facets under a heading. Scores are given per category.</source>
        <translation>Catégories : des rubriques, et des facettes sous une rubrique. Les scores sont donnés par catégorie.</translation>
    </message>
    <message>
        <source>Name, like Calm under pressure</source>
        <translation>Nom, par exemple Calme sous pression</translation>
    </message>
    <message>
        <source>Name of category %1</source>
        <translation>Nom de la catégorie %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code of category %1</source>
        <translation>Code de la catégorie %1</translation>
    </message>
    <message>
        <source>A short code questions name it by; made from the name when empty</source>
        <translation>Un code court par lequel les questions la désignent ; tiré du nom si vide</translation>
    </message>
    <message>
        <source>A heading</source>
        <translation>Une rubrique</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>Sous %1</translation>
    </message>
    <message>
        <source>Heading of category %1</source>
        <translation>Rubrique de la catégorie %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Supprimer la catégorie %1</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>BasicShell</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aucun message pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Choisissez une conversation.</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Show older messages</source>
        <translation>Afficher les messages plus anciens</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>vu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>waiting for the connection</source>
        <translation>en attente de connexion</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message à %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Full time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Intérim</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévolat</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Sous deux semaines</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Sous un mois</translation>
    </message>
    <message>
        <source>In three months</source>
        <translation>Sous trois mois</translation>
    </message>
    <message>
        <source>Not looking</source>
        <translation>Ne cherche pas</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Modern</source>
        <translation>Moderne</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Add talents</source>
        <translation>Ajouter des talents</translation>
    </message>
    <message>
        <source>Read the talents who share with you</source>
        <translation>Lire les talents qui partagent leurs données avec vous</translation>
    </message>
    <message>
        <source>Read applicants by reference</source>
        <translation>Lire les candidats par référence</translation>
    </message>
    <message>
        <source>Tell Worknation what happened to a talent</source>
        <translation>Informer Worknation du devenir d’un talent</translation>
    </message>
    <message>
        <source>Send people into assessments</source>
        <translation>Inscrire des personnes à des évaluations</translation>
    </message>
    <message>
        <source>Register people (MSD)</source>
        <translation>Inscrire des personnes (MSD)</translation>
    </message>
    <message>
        <source>Your details as an applicant</source>
        <translation>Vos informations de candidat</translation>
    </message>
    <message>
        <source>Your picture, CV and video</source>
        <translation>Votre photo, votre CV et votre vidéo</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Your CV</source>
        <translation>Votre CV</translation>
    </message>
    <message>
        <source>Your intro video</source>
        <translation>Votre vidéo de présentation</translation>
    </message>
    <message>
        <source>Your answers to the profile&apos;s questions</source>
        <translation>Vos réponses aux questions du profil</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Learning academy</source>
        <translation>Académie de formation</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Moi seul</translation>
    </message>
    <message>
        <source>Employers I apply to</source>
        <translation>Les employeurs auprès de qui je postule</translation>
    </message>
    <message>
        <source>Every employer, who may also find me by them</source>
        <translation>Tous les employeurs, qui peuvent aussi me trouver grâce à eux</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>New candidates for a saved search</source>
        <translation>Nouveaux candidats pour une recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>CodingChallengeEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Remove this challenge?</source>
        <translation>Supprimer ce défi ?</translation>
    </message>
    <message>
        <source>Invited talents will no longer reach it. Its submissions stay in the records.</source>
        <translation>Les talents invités n&apos;y auront plus accès. Ses soumissions restent dans les archives.</translation>
    </message>
    <message>
        <source>Cases: %1 sample, %2 hidden · invited talents can solve it%3</source>
        <translation>Cas : %1 exemple(s), %2 caché(s) · les talents invités peuvent le résoudre%3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>New challenge: invitations can be sent once it is saved.</source>
        <translation>Nouveau défi : les invitations pourront être envoyées une fois enregistré.</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Clore maintenant</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>What the program reads on stdin and what it must print</source>
        <translation>Ce que le programme lit sur l&apos;entrée standard et ce qu&apos;il doit afficher</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>Closes on (optional)</source>
        <translation>Se clôt le (facultatif)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Stop judging at the first failing case</source>
        <translation>Arrêter l&apos;évaluation au premier cas échoué</translation>
    </message>
    <message>
        <source>Languages allowed</source>
        <translation>Langages autorisés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Limits for each case</source>
        <translation>Limites pour chaque cas</translation>
    </message>
    <message>
        <source>CPU time (ms)</source>
        <translation>Temps CPU (ms)</translation>
    </message>
    <message>
        <source>Wall time (ms)</source>
        <translation>Temps réel (ms)</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Mémoire (Mo)</translation>
    </message>
    <message>
        <source>Stack (MB)</source>
        <translation>Pile (Mo)</translation>
    </message>
    <message>
        <source>Processes and threads</source>
        <translation>Processus et threads</translation>
    </message>
    <message>
        <source>Largest file written (KB)</source>
        <translation>Plus grand fichier écrit (Ko)</translation>
    </message>
    <message>
        <source>Test cases: samples are shown to talents and used when they run their code; hidden cases only show their verdict.</source>
        <translation>Cas de test : les exemples sont montrés aux talents et servent quand ils exécutent leur code ; les cas cachés ne montrent que leur verdict.</translation>
    </message>
    <message>
        <source>Add a case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cas %1</translation>
    </message>
    <message>
        <source>Shown to talents (sample)</source>
        <translation>Montré aux talents (exemple)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weight of case %1</source>
        <translation>Poids du cas %1</translation>
    </message>
    <message>
        <source>Input (stdin)</source>
        <translation>Entrée (stdin)</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Sortie attendue</translation>
    </message>
    <message>
        <source>Input of case %1</source>
        <translation>Entrée du cas %1</translation>
    </message>
    <message>
        <source>Expected output of case %1</source>
        <translation>Sortie attendue du cas %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Create challenge</source>
        <translation>Créer le défi</translation>
    </message>
</context>
<context>
    <name>CodingChallengePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>%1 sample cases shown, %2 hidden · %3 ms CPU, %4 MB per case</source>
        <translation type="vanished">%1 cas d&apos;exemple affichés, %2 masqués · %3 ms de CPU, %4 Mo par cas</translation>
    </message>
    <message>
        <source>Run on samples</source>
        <translation>Exécuter sur les exemples</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>place %1 in the queue</source>
        <translation>position %1 dans la file</translation>
    </message>
    <message>
        <source>score %1 of %2</source>
        <translation>score %1 sur %2</translation>
    </message>
    <message>
        <source>Write your program here: it reads stdin and writes stdout.</source>
        <translation>Écrivez votre programme ici : il lit stdin et écrit sur stdout.</translation>
    </message>
    <message>
        <source>Case %1 (%2): %3</source>
        <translation>Cas %1 (%2) : %3</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Output:
%1
Expected:
%2</source>
        <translation>Sortie :
%1
Attendu :
%2</translation>
    </message>
    <message>
        <source>%1 ms CPU · %2 KB</source>
        <translation>%1 ms de CPU · %2 Ko</translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s) shown</source>
        <translation>
            <numerusform>%n cas d’exemple affiché</numerusform>
            <numerusform>%n cas d’exemple affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <comment>cases</comment>
        <translation>
            <numerusform>%n masqué</numerusform>
            <numerusform>%n masqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms CPU, %2 MB per case</source>
        <translation>%1 ms de CPU, %2 Mo par cas</translation>
    </message>
</context>
<context>
    <name>CodingChallengesPage</name>
    <message>
        <source>Coding challenges</source>
        <translation>Défis de code</translation>
    </message>
    <message>
        <source>No company has invited you to a coding challenge yet.</source>
        <translation>Aucune entreprise ne vous a encore invité à un défi de code.</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>clôture le %1</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
</context>
<context>
    <name>CodingInvitations</name>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation envoyée.</numerusform>
            <numerusform>%n invitations envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite by email</source>
        <translation>Inviter par e-mail</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>Email addresses to invite</source>
        <translation>Adresses e-mail à inviter</translation>
    </message>
    <message>
        <source>Link valid for (days)</source>
        <translation>Lien valable (jours)</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Or pick applicants of a job</source>
        <translation>Ou choisissez des candidats d&apos;une offre</translation>
    </message>
    <message>
        <source>Job whose applicants to pick from</source>
        <translation>Offre dont choisir les candidats</translation>
    </message>
    <message>
        <source>Choose a job</source>
        <translation>Choisissez une offre</translation>
    </message>
    <message>
        <source>Nobody has applied to this job yet.</source>
        <translation>Personne n&apos;a encore postulé à cette offre.</translation>
    </message>
    <message>
        <source>Choose a job to tick its applicants.</source>
        <translation>Choisissez une offre pour cocher ses candidats.</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>Invitations envoyées</translation>
    </message>
    <message>
        <source>No one is invited yet: their invitations and how far each got will show here.</source>
        <translation>Personne n&apos;est encore invité : les invitations et l&apos;avancement de chacun s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée le %1</translation>
    </message>
    <message>
        <source>link valid until %1</source>
        <translation>lien valable jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>CodingSubmissions</name>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n soumission</numerusform>
            <numerusform>%n soumissions</numerusform>
        </translation>
    </message>
    <message>
        <source>With runs</source>
        <translation>Avec les exécutions</translation>
    </message>
    <message>
        <source>Also list the runs against the sample cases</source>
        <translation>Lister aussi les exécutions sur les cas exemples</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Invite talents from the Invitations tab.</source>
        <translation>Rien de soumis pour l&apos;instant. Invitez des talents depuis l&apos;onglet Invitations.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>run on samples</source>
        <translation>exécution sur les exemples</translation>
    </message>
    <message>
        <source>score %1 of %2</source>
        <translation>score %1 sur %2</translation>
    </message>
    <message>
        <source>Choose a submission to see each case&apos;s verdict and the code.</source>
        <translation>Choisissez une soumission pour voir le verdict de chaque cas et le code.</translation>
    </message>
    <message>
        <source>place %1 in the queue</source>
        <translation>place %1 dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 of %2 cases passed</source>
        <translation>%1 cas réussis sur %2</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Case %1 (%2, weight %3): %4</source>
        <translation>Cas %1 (%2, poids %3) : %4</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>%1 ms · %2 KB</source>
        <translation>%1 ms · %2 Ko</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Submitted code</source>
        <translation>Code soumis</translation>
    </message>
</context>
<context>
    <name>CohortEditor</name>
    <message>
        <source>Edit cohort</source>
        <translation>Modifier la cohorte</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create cohort</source>
        <translation>Créer la cohorte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Data analysis, evening cohort</source>
        <translation>Analyse de données, cohorte du soir</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>2026-09-01</source>
        <translation>2026-09-01</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>2026-11-30</source>
        <translation>2026-11-30</translation>
    </message>
    <message>
        <source>What it teaches</source>
        <translation>Ce qu&apos;elle enseigne</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Find a skill to add</source>
        <translation>Trouver une compétence à ajouter</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No dates set</source>
        <translation>Aucune date définie</translation>
    </message>
    <message>
        <source>Write a day and time, as %1</source>
        <translation>Saisissez un jour et une heure, au format %1</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Their sessions, check-in codes and people</source>
        <translation>Leurs séances, codes de présence et participants</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>No cohorts yet: start one with New cohort.</source>
        <translation>Aucune cohorte pour l&apos;instant : créez-en une avec Nouvelle cohorte.</translation>
    </message>
    <message>
        <source>1 talent</source>
        <translation>1 talent</translation>
    </message>
    <message>
        <source>%1 talents</source>
        <translation>%1 talents</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Teaches %1.</source>
        <translation>Enseigne %1.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <source>New session&apos;s title</source>
        <translation>Titre de la nouvelle séance</translation>
    </message>
    <message>
        <source>Week 1: cleaning data</source>
        <translation>Semaine 1 : nettoyage des données</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>No sessions scheduled.</source>
        <translation>Aucune séance planifiée.</translation>
    </message>
    <message>
        <source>%1 · %2 checked in</source>
        <translation>%1 · %2 présents</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Show check-in code</source>
        <translation>Afficher le code de présence</translation>
    </message>
    <message>
        <source>Who checked in</source>
        <translation>Qui a pointé</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No other instructors</source>
        <translation>Aucun autre formateur</translation>
    </message>
    <message>
        <source>Add instructor</source>
        <translation>Ajouter un formateur</translation>
    </message>
    <message>
        <source>Talents: %1</source>
        <translation>Talents : %1</translation>
    </message>
    <message>
        <source>Find a talent to add, by name or email</source>
        <translation>Trouver un talent à ajouter, par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>No talent matches.</source>
        <translation>Aucun talent ne correspond.</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Add to cohort</source>
        <translation>Ajouter à la cohorte</translation>
    </message>
    <message>
        <source>%1 %2 is in the cohort now.</source>
        <translation>%1 %2 fait maintenant partie de la cohorte.</translation>
    </message>
    <message>
        <source>Choose a cohort to see its sessions and people.</source>
        <translation>Choisissez une cohorte pour voir ses séances et ses participants.</translation>
    </message>
    <message>
        <source>The cohorts you teach: their sessions, check-in codes and people</source>
        <translation>Les cohortes où vous enseignez : leurs séances, codes de présence et participants</translation>
    </message>
    <message>
        <source>You teach no cohort yet: an admin adds you to one.</source>
        <translation>Vous n’enseignez encore dans aucune cohorte : un administrateur vous y ajoute.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, rated %3 of 5 by %n talent(s)</source>
        <translation>
            <numerusform>%1 %2, noté %3 sur 5 par %n talent</numerusform>
            <numerusform>%1 %2, noté %3 sur 5 par %n talents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, not rated yet</source>
        <translation>%1 %2, pas encore noté</translation>
    </message>
</context>
<context>
    <name>CompanyCodingPage</name>
    <message>
        <source>Coding challenges</source>
        <translation>Défis de code</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
    <message>
        <source>No coding challenges yet. Write the first: a statement, the languages allowed and its test cases.</source>
        <translation>Aucun défi de code pour l&apos;instant. Écrivez le premier : un énoncé, les langages autorisés et ses cas de test.</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>se clôt le %1</translation>
    </message>
    <message>
        <source>New coding challenge</source>
        <translation>Nouveau défi de code</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>the new challenge</source>
        <translation>le nouveau défi</translation>
    </message>
</context>
<context>
    <name>CompanyInternshipsPage</name>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>New internship</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <source>No internship programmes yet.</source>
        <translation>Aucun programme de stage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What the interns will do, and what they will learn</source>
        <translation>Ce que feront les stagiaires, et ce qu&apos;ils apprendront</translation>
    </message>
    <message>
        <source>Goals and mentors</source>
        <translation>Objectifs et tuteurs</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>CompanyJobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>No jobs yet. Post your first one.</source>
        <translation>Aucune offre pour l&apos;instant. Publiez votre première offre.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>CompanyOffersPage</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n stagiaire</numerusform>
            <numerusform>%n stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>début le %1</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Write a day as %1</source>
        <translation>Saisissez un jour au format %1</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Date limite de candidature</translation>
    </message>
    <message>
        <source>Stipend a month (₦)</source>
        <translation>Indemnité mensuelle (₦)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>TIN verified</source>
        <translation>NIF vérifié</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>À propos de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personnes à contacter</translation>
    </message>
    <message>
        <source>No contact persons yet.</source>
        <translation>Aucune personne à contacter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Nothing to save: the profile is as it was.</source>
        <translation>Rien à enregistrer : le profil est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>CompanyTrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>No trainings yet.</source>
        <translation>Aucune formation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What the talents will learn</source>
        <translation>Ce que les talents apprendront</translation>
    </message>
</context>
<context>
    <name>CultureFitPage</name>
    <message>
        <source>No target</source>
        <translation>Sans cible</translation>
    </message>
    <message>
        <source>1 · low</source>
        <translation>1 · bas</translation>
    </message>
    <message>
        <source>5 · high</source>
        <translation>5 · haut</translation>
    </message>
    <message>
        <source>Target cleared: applicants are listed by score.</source>
        <translation>Cible effacée : les candidats sont classés par score.</translation>
    </message>
    <message>
        <source>Target saved: applicants are ranked by it.</source>
        <translation>Cible enregistrée : les candidats sont classés selon elle.</translation>
    </message>
    <message>
        <source>Culture fit</source>
        <translation>Adéquation culturelle</translation>
    </message>
    <message>
        <source>The workplace you offer, and your applicants ranked by how near they come to it</source>
        <translation>Le cadre de travail que vous offrez, et vos candidats classés selon leur proximité avec lui</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Votre cible</translation>
    </message>
    <message>
        <source>For each dimension, the mean answer (1 to 5) your workplace suits best.</source>
        <translation>Pour chaque dimension, la réponse moyenne (de 1 à 5) qui convient le mieux à votre cadre de travail.</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Cible pour %1</translation>
    </message>
    <message>
        <source>Your company role lets you read the target; someone who manages assessments sets it.</source>
        <translation>Votre rôle dans l’entreprise vous permet de lire la cible ; elle est définie par une personne qui gère les évaluations.</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>Enregistrer la cible</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Applicants by fit</source>
        <translation>Candidats par adéquation</translation>
    </message>
    <message>
        <source>Nearest to your target first: 100 % is an exact match.</source>
        <translation>Les plus proches de votre cible d’abord : 100 % correspond exactement.</translation>
    </message>
    <message>
        <source>No target yet: applicants are listed by score. Set a target to rank them by fit.</source>
        <translation>Pas encore de cible : les candidats sont classés par score. Définissez une cible pour les classer par adéquation.</translation>
    </message>
    <message>
        <source>None of your applicants has taken the culture fit test yet. Those who do appear here.</source>
        <translation>Aucun de vos candidats n’a encore passé le test d’adéquation culturelle. Ceux qui le passent apparaissent ici.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no fit without a target</source>
        <translation>pas d’adéquation sans cible</translation>
    </message>
    <message>
        <source>fit %1 %</source>
        <translation>adéquation %1 %</translation>
    </message>
</context>
<context>
    <name>CvsPage</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>CVs</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>New CV from my profile</source>
        <translation>Nouveau CV depuis mon profil</translation>
    </message>
    <message>
        <source>No CV yet: start one from your profile.</source>
        <translation type="vanished">Aucun CV pour l&apos;instant : créez-en un depuis votre profil.</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>An uploaded CV is kept as it came: only its title changes.</source>
        <translation type="vanished">Un CV importé est conservé tel quel : seul son titre change.</translation>
    </message>
    <message>
        <source>Sections appear in the PDF in this order; hidden ones are left out. Verified sections are filled by Worknation.</source>
        <translation type="vanished">Les sections apparaissent dans le PDF dans cet ordre ; les sections masquées sont omises. Les sections vérifiées sont remplies par Worknation.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="vanished">vérifié</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="vanished">1 élément</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="vanished">%1 éléments</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and download PDF</source>
        <translation type="vanished">Enregistrer et télécharger le PDF</translation>
    </message>
    <message>
        <source>The PDF is ready; it opens in your browser.</source>
        <translation type="vanished">Le PDF est prêt ; il s&apos;ouvre dans votre navigateur.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>From (e.g. 2021-03)</source>
        <translation>Du (ex. 2021-03)</translation>
    </message>
    <message>
        <source>To (or Present)</source>
        <translation>Au (ou Présent)</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Issued (e.g. 2023-06)</source>
        <translation>Délivré le (ex. 2023-06)</translation>
    </message>
    <message>
        <source>Link to check it</source>
        <translation>Lien pour le vérifier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>De quoi il s’agit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Check the fields marked.</source>
        <translation>Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Uploaded CV</source>
        <translation>CV importé</translation>
    </message>
    <message>
        <source>%1 is kept as a CV.</source>
        <translation>%1 est conservé comme CV.</translation>
    </message>
    <message>
        <source>Choose a CV file</source>
        <translation>Choisir un fichier de CV</translation>
    </message>
    <message>
        <source>CV files (*.pdf *.docx)</source>
        <translation>Fichiers de CV (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Save the CV as</source>
        <translation>Enregistrer le CV sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>The CV and the PDFs made of it are deleted.</source>
        <translation>Le CV et les PDF créés à partir de lui sont supprimés.</translation>
    </message>
    <message>
        <source>Leave your changes?</source>
        <translation type="vanished">Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>What you changed in %1 is not saved.</source>
        <translation type="vanished">Vos modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Upload a CV file…</source>
        <translation>Importer un fichier de CV…</translation>
    </message>
    <message>
        <source>PDF or Word (.docx), at most 10 MB.</source>
        <translation>PDF ou Word (.docx), 10 Mo au plus.</translation>
    </message>
    <message>
        <source>No CV yet: start one from your profile or upload one.</source>
        <translation>Aucun CV pour l’instant : créez-en un depuis votre profil ou importez-en un.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>An uploaded CV is kept as it came: only its title changes. Look at it under Preview, or save it as a file.</source>
        <translation>Un CV importé reste tel quel : seul son titre change. Consultez-le sous Aperçu, ou enregistrez-le dans un fichier.</translation>
    </message>
    <message>
        <source>Contact and summary</source>
        <translation>Coordonnées et résumé</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Kind of section to add</source>
        <translation>Type de section à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>✓ Verified by Worknation: the platform fills this section from what it checked. You choose whether it shows and where.</source>
        <translation>✓ Vérifié par Worknation : la plateforme remplit cette section à partir de ce qu’elle a vérifié. Vous choisissez si elle apparaît, et où.</translation>
    </message>
    <message>
        <source>No entries yet: a section without entries is left out of the PDF.</source>
        <translation>Aucune entrée pour l’instant : une section vide n’apparaît pas dans le PDF.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Change the entry</source>
        <translation>Modifier l’entrée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Affichage du PDF…</translation>
    </message>
    <message>
        <source>A Word document is not shown here: save it as a file to read it.</source>
        <translation>Un document Word ne s’affiche pas ici : enregistrez-le dans un fichier pour le lire.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the file…</source>
        <translation>Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>DataSharingPage</name>
    <message>
        <source>You share your profile, CV and intro video with %1.</source>
        <translation>Vous partagez votre profil, votre CV et votre vidéo de présentation avec %1.</translation>
    </message>
    <message>
        <source>%1 can no longer read your data.</source>
        <translation>%1 ne peut plus lire vos données.</translation>
    </message>
    <message>
        <source>Stopped sharing on %1</source>
        <translation>Partage arrêté le %1</translation>
    </message>
    <message>
        <source>Sharing since you joined through them, %1</source>
        <translation>Partage depuis votre inscription par leur intermédiaire, le %1</translation>
    </message>
    <message>
        <source>Sharing since %1</source>
        <translation>Partage depuis le %1</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
    </message>
    <message>
        <source>Partners read your profile, CV and intro video only while you share with them</source>
        <translation>Les partenaires ne lisent votre profil, votre CV et votre vidéo de présentation que tant que vous les partagez avec eux</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>You share with no partner. Choose one below to let it read your profile; you can stop at any time.</source>
        <translation>Vous ne partagez avec aucun partenaire. Choisissez-en un ci-dessous pour lui permettre de lire votre profil ; vous pouvez arrêter à tout moment.</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Dernière lecture le %1</translation>
    </message>
    <message>
        <source>Has read nothing yet</source>
        <translation>N’a encore rien lu</translation>
    </message>
    <message>
        <source>Stop sharing…</source>
        <translation>Arrêter le partage…</translation>
    </message>
    <message>
        <source>Share again</source>
        <translation>Partager à nouveau</translation>
    </message>
    <message>
        <source>Stop sharing with %1</source>
        <translation>Arrêter le partage avec %1</translation>
    </message>
    <message>
        <source>Share again with %1</source>
        <translation>Partager à nouveau avec %1</translation>
    </message>
    <message>
        <source>Share with a partner</source>
        <translation>Partager avec un partenaire</translation>
    </message>
    <message>
        <source>Partner to share with</source>
        <translation>Partenaire avec qui partager</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>What partners read</source>
        <translation>Ce que les partenaires lisent</translation>
    </message>
    <message>
        <source>No partner has read anything of yours yet. Each read will show here: which partner, what and when.</source>
        <translation>Aucun partenaire n’a encore rien lu de vos données. Chaque lecture s’affichera ici : quel partenaire, quoi et quand.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop sharing with %1?</source>
        <translation>Arrêter le partage avec %1 ?</translation>
    </message>
    <message>
        <source>%1 can no longer read your profile, CV or intro video. What it read before stays listed here, and you can share again later.</source>
        <translation>%1 ne pourra plus lire votre profil, votre CV ni votre vidéo de présentation. Ce qu’il a lu auparavant reste listé ici, et vous pourrez partager à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Continuer le partage</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Leave your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>What you changed in %1 is not saved.</source>
        <translation>Vos modifications de %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>What you changed is not saved.</source>
        <translation>Vos modifications ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>EmployerDashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation>Offres ouvertes</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Hours to first response</source>
        <translation>Heures avant la première réponse</translation>
    </message>
    <message>
        <source>Applicants by status</source>
        <translation>Candidats par statut</translation>
    </message>
    <message>
        <source>Applications, last 30 days</source>
        <translation>Candidatures, 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>EmployerShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Jobs and applicants</source>
        <translation>Offres et candidats</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Evidence to score</source>
        <translation>Justificatifs à noter</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Coding challenges</source>
        <translation>Défis de code</translation>
    </message>
    <message>
        <source>Assessment banks</source>
        <translation>Banques d’évaluation</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Résultats d’évaluation</translation>
    </message>
    <message>
        <source>Culture fit</source>
        <translation>Adéquation culturelle</translation>
    </message>
    <message>
        <source>Assessment reports</source>
        <translation>Rapports d’évaluation</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Internship report</source>
        <translation>Rapport des stages</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <source>Reset your password</source>
        <translation>Réinitialiser votre mot de passe</translation>
    </message>
    <message>
        <source>Enter the code we emailed and a new password.</source>
        <translation>Saisissez le code reçu par e-mail et un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>We will email you a 6-digit code.</source>
        <translation>Nous vous enverrons un code à 6 chiffres par e-mail.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>Your password is changed. You can log in now.</source>
        <translation>Votre mot de passe a été modifié. Vous pouvez vous connecter.</translation>
    </message>
</context>
<context>
    <name>InstructorShell</name>
    <message>
        <source>My cohorts</source>
        <translation>Mes cohortes</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>InternshipProgress</name>
    <message>
        <source>Once a company admits you to an internship, your goals and scores show here.</source>
        <translation>Dès qu&apos;une entreprise vous admet à un stage, vos objectifs et vos notes s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>standing %1 of 100</source>
        <translation>niveau %1 sur 100</translation>
    </message>
    <message>
        <source>Standing: %1 of 100, from %2% of the weight scored so far</source>
        <translation>Niveau : %1 sur 100, sur %2 % du poids noté jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation>%1 — poids %2</translation>
    </message>
    <message>
        <source>Scored %1 of %2, adding %3 points</source>
        <translation>Noté %1 sur %2, soit %3 points</translation>
    </message>
    <message>
        <source>Sent; waiting for your mentor&apos;s score</source>
        <translation>Envoyé ; en attente de la note de votre tuteur</translation>
    </message>
    <message>
        <source>No evidence sent yet</source>
        <translation>Aucun justificatif envoyé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Tuteur : %1</translation>
    </message>
    <message>
        <source>What you did for this goal, with links to your work</source>
        <translation>Ce que vous avez fait pour cet objectif, avec des liens vers votre travail</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Send evidence</source>
        <translation>Envoyer un justificatif</translation>
    </message>
    <message>
        <source>Choose a document to send with your evidence</source>
        <translation>Choisissez un document à envoyer avec votre justificatif</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.txt)</source>
        <translation>Documents (*.pdf *.docx *.doc *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach another document…</source>
        <translation>Joindre un autre document…</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <source>Attach a document to the evidence for %1</source>
        <translation>Joindre un document au justificatif pour %1</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Envoi de %1…</translation>
    </message>
    <message>
        <source>%1 goes with the evidence</source>
        <translation>%1 accompagne le justificatif</translation>
    </message>
    <message>
        <source>A document was sent with this evidence</source>
        <translation>Un document a été envoyé avec ce justificatif</translation>
    </message>
    <message>
        <source>Links to your work, one a line (https://…), up to 10</source>
        <translation>Liens vers votre travail, un par ligne (https://…), 10 au plus</translation>
    </message>
    <message>
        <source>Links for %1, one a line</source>
        <translation>Liens pour %1, un par ligne</translation>
    </message>
    <message>
        <source>Link %1: %2</source>
        <translation>Lien %1 : %2</translation>
    </message>
</context>
<context>
    <name>InternshipReportPage</name>
    <message>
        <source>Save the internship report as</source>
        <translation>Enregistrer le rapport des stages sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Internship report</source>
        <translation>Rapport des stages</translation>
    </message>
    <message>
        <source>Applications, completion and scores of each programme</source>
        <translation>Candidatures, achèvement et notes de chaque programme</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the internship report as CSV</source>
        <translation>Exporter le rapport des stages en CSV</translation>
    </message>
    <message>
        <source>No internship programmes yet: create one under Internships, and its figures show here.</source>
        <translation>Aucun programme de stage pour l’instant : créez-en un dans Stages, et ses chiffres s’afficheront ici.</translation>
    </message>
    <message>
        <source>Each programme&apos;s figures</source>
        <translation>Les chiffres de chaque programme</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n candidature</numerusform>
            <numerusform>%n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n stagiaire</numerusform>
            <numerusform>%n stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed (%2)</source>
        <translation>terminés : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 submissions scored</source>
        <translation>justificatifs notés : %1 sur %2</translation>
    </message>
    <message>
        <source>average standing %1</source>
        <translation>niveau moyen %1</translation>
    </message>
    <message>
        <source>%1: interns and mentors</source>
        <translation>%1 : stagiaires et tuteurs</translation>
    </message>
</context>
<context>
    <name>InternshipScores</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>has not scored yet</source>
        <translation>n’a encore rien noté</translation>
    </message>
    <message>
        <source>in line with the programme</source>
        <translation>dans la moyenne du programme</translation>
    </message>
    <message>
        <source>%1 points more lenient</source>
        <translation>%1 points plus indulgent</translation>
    </message>
    <message>
        <source>%1 points harsher</source>
        <translation>%1 points plus sévère</translation>
    </message>
    <message>
        <source>Interns&apos; standings</source>
        <translation>Niveaux des stagiaires</translation>
    </message>
    <message>
        <source>No interns yet: standings show once applicants are approved.</source>
        <translation>Aucun stagiaire pour l’instant : les niveaux s’affichent dès que des candidats sont acceptés.</translation>
    </message>
    <message>
        <source>Out of 100: each goal&apos;s weight times the share of its scale the score reached.</source>
        <translation>Sur 100 : le poids de chaque objectif multiplié par la part de son échelle atteinte par la note.</translation>
    </message>
    <message>
        <source>Standing %1 of 100</source>
        <translation>Niveau %1 sur 100</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Nothing scored yet: each mentor&apos;s average shows beside the programme&apos;s once scores come in.</source>
        <translation>Rien n’est encore noté : la moyenne de chaque tuteur s’affichera à côté de celle du programme dès que des notes arriveront.</translation>
    </message>
    <message numerus="yes">
        <source>The programme&apos;s average score: %1 of each goal&apos;s scale, over %n score(s).</source>
        <translation>
            <numerusform>Note moyenne du programme : %1 de l’échelle de chaque objectif, sur %n note.</numerusform>
            <numerusform>Note moyenne du programme : %1 de l’échelle de chaque objectif, sur %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each mentor&apos;s average score</source>
        <translation>Note moyenne de chaque tuteur</translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n score(s) · %2</source>
        <translation>
            <numerusform>Moyenne %1 sur %n note · %2</numerusform>
            <numerusform>Moyenne %1 sur %n notes · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternshipSetup</name>
    <message>
        <source>Goals: %1 of 100 weight set</source>
        <translation>Objectifs : %1 sur 100 du poids défini</translation>
    </message>
    <message>
        <source>%1 — weight %2, scored out of %3</source>
        <translation type="vanished">%1 — poids %2, noté sur %3</translation>
    </message>
    <message>
        <source>New: %1 — weight %2, scored out of %3</source>
        <translation>Nouveau : %1 — poids %2, noté sur %3</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Noté sur</translation>
    </message>
    <message>
        <source>What earns the top score</source>
        <translation>Ce qui mérite la note maximale</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>Save goals</source>
        <translation>Enregistrer les objectifs</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Tuteurs</translation>
    </message>
    <message>
        <source>No mentors yet: add yourself or invite one.</source>
        <translation>Aucun tuteur pour l&apos;instant : ajoutez-vous ou invitez-en un.</translation>
    </message>
    <message>
        <source>Mentors this internship</source>
        <translation>Tuteurs de ce stage</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>I will mentor too</source>
        <translation>Je serai aussi tuteur</translation>
    </message>
    <message>
        <source>Fill this in</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>%1 %2 is invited by mail to mentor for your company.</source>
        <translation>%1 %2 est invité par e-mail à devenir tuteur pour votre entreprise.</translation>
    </message>
    <message>
        <source>Goals: %1 of 100 weight set; %2 with the changes written here</source>
        <translation>Objectifs : %1 sur 100 du poids défini ; %2 avec les modifications saisies ici</translation>
    </message>
    <message>
        <source>%1 — scored out of %2</source>
        <translation>%1 — noté sur %2</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Save weights</source>
        <translation>Enregistrer les poids</translation>
    </message>
    <message>
        <source>Invite someone to mentor</source>
        <translation>Inviter quelqu’un à être tuteur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Expertise (optional)</source>
        <translation>Expertise (facultatif)</translation>
    </message>
    <message>
        <source>Invite mentor</source>
        <translation>Inviter le tuteur</translation>
    </message>
    <message>
        <source>Stop %1 mentoring?</source>
        <translation>Retirer %1 du tutorat ?</translation>
    </message>
    <message>
        <source>%1 no longer mentors for your company.</source>
        <translation>%1 n’est plus tuteur pour votre entreprise.</translation>
    </message>
    <message>
        <source>%1 stops mentoring every internship of your company. The scores they gave stay.</source>
        <translation>%1 cesse d’encadrer tous les stages de votre entreprise. Les notes déjà données sont conservées.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Delete the goal %1?</source>
        <translation>Supprimer l’objectif %1 ?</translation>
    </message>
    <message>
        <source>A goal interns sent evidence for stays. Once it is deleted, interns send evidence again when the other goals&apos; weights sum to 100.</source>
        <translation>Un objectif pour lequel des stagiaires ont envoyé des justificatifs est conservé. Une fois l’objectif supprimé, les stagiaires pourront de nouveau envoyer des justificatifs quand la somme des poids des autres objectifs fera 100.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Open internships</source>
        <translation>Stages ouverts</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Mes candidatures</translation>
    </message>
    <message>
        <source>My internships</source>
        <translation>Mes stages</translation>
    </message>
    <message>
        <source>No internship is open for applications now.</source>
        <translation>Aucun stage n&apos;est ouvert aux candidatures actuellement.</translation>
    </message>
    <message>
        <source>You have not applied for an internship yet.</source>
        <translation>Vous n&apos;avez encore postulé à aucun stage.</translation>
    </message>
</context>
<context>
    <name>InvitesPage</name>
    <message>
        <source>Choose a file of people to invite</source>
        <translation>Choisir un fichier de personnes à inviter</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: first_name, last_name, email, and optionally role and company_name.</source>
        <translation>Un fichier CSV ou XLSX : first_name, last_name, email, et éventuellement role et company_name.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1 rows: %2 invited, %3 already there, %4 invalid</source>
        <translation>%1 lignes : %2 invitées, %3 déjà présentes, %4 non valides</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>JobDetail</name>
    <message>
        <source>Your application was sent.</source>
        <translation>Votre candidature a été envoyée.</translation>
    </message>
    <message>
        <source>You applied:</source>
        <translation>Vous avez postulé :</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Postuler</translation>
    </message>
    <message>
        <source>Cover letter (optional)</source>
        <translation>Lettre de motivation (facultatif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Envoyer la candidature</translation>
    </message>
    <message>
        <source>Answer this question: the company asks it of everyone.</source>
        <translation>Répondez à cette question : l’entreprise la pose à chaque candidat.</translation>
    </message>
    <message>
        <source>apply by %1</source>
        <translation>candidature avant le %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Enter a whole amount in naira, like 450,000</source>
        <translation>Saisissez un montant entier en nairas, par exemple 450,000</translation>
    </message>
    <message>
        <source>Enter a whole amount in naira, like 700,000</source>
        <translation>Saisissez un montant entier en nairas, par exemple 700,000</translation>
    </message>
    <message>
        <source>Give both amounts, or neither</source>
        <translation>Indiquez les deux montants, ou aucun</translation>
    </message>
    <message>
        <source>The top of the range is below its bottom</source>
        <translation>Le haut de la fourchette est inférieur au bas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit job</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Salary from (₦ a month)</source>
        <translation>Salaire de (₦ par mois)</translation>
    </message>
    <message>
        <source>450,000</source>
        <translation>450,000</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>700,000</source>
        <translation>700,000</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>JobSearchPage</name>
    <message>
        <source>Jobs</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message numerus="yes">
        <source>%n open role(s)</source>
        <translation>
            <numerusform>%n poste ouvert</numerusform>
            <numerusform>%n postes ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Search jobs: title, skill, company</source>
        <translation>Rechercher : intitulé, compétence, entreprise</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Search for “%1” instead</source>
        <translation>Rechercher « %1 » à la place</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>No jobs match yet.</source>
        <translation>Aucune offre ne correspond pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Jobs found</source>
        <translation>Offres trouvées</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>Write a whole number from 1 to 100</source>
        <translation>Saisissez un nombre entier de 1 à 100</translation>
    </message>
    <message>
        <source>Fill this in</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>Edit the goal</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <source>Weight (the goals&apos; weights sum to 100)</source>
        <translation>Poids (la somme des poids des objectifs fait 100)</translation>
    </message>
    <message>
        <source>Scored out of</source>
        <translation>Noté sur</translation>
    </message>
    <message>
        <source>What earns the top score</source>
        <translation>Ce qui vaut la note maximale</translation>
    </message>
</context>
<context>
    <name>KpiReviewsPage</name>
    <message>
        <source>Evidence to score</source>
        <translation>Justificatifs à noter</translation>
    </message>
    <message>
        <source>Nothing is waiting for a score.</source>
        <translation>Rien n&apos;attend de note.</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 · weight %2</source>
        <translation>%1 · poids %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>What was good, and what would earn more</source>
        <translation>Ce qui était bien, et ce qui mériterait plus</translation>
    </message>
    <message>
        <source>Give the score</source>
        <translation>Attribuer la note</translation>
    </message>
    <message>
        <source>Scored: %1 of %2 for %3.</source>
        <translation>Noté : %1 sur %2 pour %3.</translation>
    </message>
    <message>
        <source>Save the intern&apos;s document as</source>
        <translation>Enregistrer le document du stagiaire sous</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Grille : %1</translation>
    </message>
    <message>
        <source>Save the document sent…</source>
        <translation>Enregistrer le document envoyé…</translation>
    </message>
    <message>
        <source>Save the document %1 sent</source>
        <translation>Enregistrer le document envoyé par %1</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <source>No course is offered yet.</source>
        <translation>Aucun cours n&apos;est proposé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <source>Ask to join %1</source>
        <translation>Demander à rejoindre %1</translation>
    </message>
    <message>
        <source>You asked to join %1; you will be told when it is decided.</source>
        <translation>Vous avez demandé à rejoindre %1 ; vous serez informé de la décision.</translation>
    </message>
    <message>
        <source>You are not enrolled in a course yet.</source>
        <translation>Vous n&apos;êtes encore inscrit à aucun cours.</translation>
    </message>
    <message>
        <source>Completed: on your profile as a verified course</source>
        <translation>Terminé : sur votre profil comme cours vérifié</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % terminé</translation>
    </message>
</context>
<context>
    <name>LmsActivity</name>
    <message>
        <source>Read the settings</source>
        <translation>Paramètres lus</translation>
    </message>
    <message>
        <source>Changed a console value</source>
        <translation>Valeur de la console modifiée</translation>
    </message>
    <message>
        <source>Ran a query</source>
        <translation>Requête exécutée</translation>
    </message>
    <message>
        <source>Cleared the activity log</source>
        <translation>Journal d’activité vidé</translation>
    </message>
    <message>
        <source>Cleared the cache</source>
        <translation>Cache vidé</translation>
    </message>
    <message>
        <source>Fixed a learner&apos;s context</source>
        <translation>Contexte d’un apprenant corrigé</translation>
    </message>
    <message>
        <source>Exported a report</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Added a company</source>
        <translation>Entreprise ajoutée</translation>
    </message>
    <message>
        <source>Invited a talent</source>
        <translation>Talent invité</translation>
    </message>
    <message>
        <source>Changed a course creator</source>
        <translation>Créateur de cours modifié</translation>
    </message>
    <message>
        <source>Updated NYSC corps members</source>
        <translation>Membres du NYSC mis à jour</translation>
    </message>
    <message>
        <source>Sent a password reset</source>
        <translation>Réinitialisation du mot de passe envoyée</translation>
    </message>
    <message>
        <source>Changed an LMS username</source>
        <translation>Nom d’utilisateur LMS modifié</translation>
    </message>
    <message>
        <source>Changed a learning profile</source>
        <translation>Profil d’apprentissage modifié</translation>
    </message>
    <message>
        <source>NYSC corps members</source>
        <translation>membres du NYSC</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>formations</translation>
    </message>
    <message>
        <source>learner %1</source>
        <translation>apprenant %1</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>username %1</source>
        <translation>nom d’utilisateur %1</translation>
    </message>
    <message>
        <source>no LMS user</source>
        <translation>aucun utilisateur LMS</translation>
    </message>
    <message>
        <source>LMS user %1</source>
        <translation>utilisateur LMS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) archived</source>
        <translation>
            <numerusform>%n entrée archivée</numerusform>
            <numerusform>%n entrées archivées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set to “%2”</source>
        <translation>%1 défini sur « %2 »</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>may create courses</source>
        <translation>peut créer des cours</translation>
    </message>
    <message>
        <source>may no longer create courses</source>
        <translation>ne peut plus créer de cours</translation>
    </message>
    <message>
        <source>%1 of %2 rows updated</source>
        <translation>%1 lignes sur %2 mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) archived: tick “Archived” to read them.</source>
        <translation>
            <numerusform>%n entrée archivée : cochez « Archivées » pour la lire.</numerusform>
            <numerusform>%n entrées archivées : cochez « Archivées » pour les lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>LMS activity</source>
        <translation>Activité LMS</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>Clear Log…</source>
        <translation>Vider le journal…</translation>
    </message>
    <message>
        <source>Clear the activity log?</source>
        <translation>Vider le journal d’activité ?</translation>
    </message>
    <message>
        <source>Every entry of the LMS activity log is archived: it leaves this list but is kept, and can be read with “Archived” ticked. It is recorded in the audit log.</source>
        <translation>Toutes les entrées du journal d’activité LMS sont archivées : elles quittent cette liste mais sont conservées, et restent lisibles en cochant « Archivées ». L’action est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Vider le journal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No sensitive tool has been used yet: each use of one is written here.</source>
        <translation>Aucun outil sensible n’a encore été utilisé : chaque utilisation est consignée ici.</translation>
    </message>
    <message>
        <source>Nothing has been archived yet.</source>
        <translation>Rien n’a encore été archivé.</translation>
    </message>
    <message>
        <source>No LMS activity since the log was last cleared.</source>
        <translation>Aucune activité LMS depuis que le journal a été vidé.</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>LmsCompanies</name>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search companies by name</source>
        <translation>Rechercher des entreprises par nom</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation>Type d’entreprise</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No company matches: try other words or every kind.</source>
        <translation>Aucune entreprise ne correspond : essayez d’autres mots ou tous les types.</translation>
    </message>
    <message>
        <source>No company yet: employers and sponsors appear when they sign up.</source>
        <translation type="vanished">Aucune entreprise pour l’instant : les employeurs et les parrains apparaissent dès leur inscription.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n apprenant</numerusform>
            <numerusform>%n apprenants</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a company to see its details and the learners attached to it.</source>
        <translation>Choisissez une entreprise pour voir ses informations et les apprenants qui y sont rattachés.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>On the platform since</source>
        <translation>Sur la plateforme depuis</translation>
    </message>
    <message>
        <source>Learners attached</source>
        <translation>Apprenants rattachés</translation>
    </message>
    <message>
        <source>No learner is attached to it yet.</source>
        <translation>Aucun apprenant n’y est encore rattaché.</translation>
    </message>
    <message>
        <source>%1 is added: attach learners to it from their record or when inviting them.</source>
        <translation>%1 est ajouté : rattachez-y des apprenants depuis leur fiche ou en les invitant.</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 est ajouté.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Add an academy or a company</source>
        <translation>Ajouter une académie ou une entreprise</translation>
    </message>
    <message>
        <source>No company yet: employers and sponsors appear when they sign up, and academies once added with New.</source>
        <translation>Aucune entreprise pour l’instant : employeurs et parrains apparaissent à leur inscription, les académies une fois ajoutées avec Nouveau.</translation>
    </message>
</context>
<context>
    <name>LmsCompanyForm</name>
    <message>
        <source>New academy or company</source>
        <translation>Nouvelle académie ou entreprise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Yaba Data Academy</source>
        <translation>Yaba Data Academy</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of company</source>
        <translation>Type d’entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>No states listed for this country</source>
        <translation>Aucun État répertorié pour ce pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Website (optional)</source>
        <translation>Site web (facultatif)</translation>
    </message>
    <message>
        <source>Add academy</source>
        <translation>Ajouter l’académie</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>Ajouter l’entreprise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LmsConfirm</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LmsConsolePage</name>
    <message>
        <source>Academies and companies</source>
        <translation>Académies et entreprises</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Enrolment requests</source>
        <translation>Demandes d’inscription</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>The learning platform&apos;s academies, learners, enrolments, reports and tools</source>
        <translation>Les académies, apprenants, inscriptions, rapports et outils de la plateforme d’apprentissage</translation>
    </message>
    <message>
        <source>NYSC details</source>
        <translation>Données NYSC</translation>
    </message>
</context>
<context>
    <name>LmsNysc</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Code d’État</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>NYSC</source>
        <translation>NYSC</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>No talent has this email: check it, or invite them as a new learner</source>
        <translation>Aucun talent n’a cet e-mail : vérifiez-le, ou invitez cette personne comme nouvel apprenant</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) updated</source>
        <translation>
            <numerusform>%n apprenant mis à jour</numerusform>
            <numerusform>%n apprenants mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found: see the rows marked</source>
        <translation>
            <numerusform>%n introuvable : voyez la ligne marquée</numerusform>
            <numerusform>%n introuvables : voyez les lignes marquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>One learner a line: email, state code, batch. Cells copied from a spreadsheet or separated by commas both work.</source>
        <translation>Un apprenant par ligne : e-mail, code d’État, promotion. Des cellules copiées d’un tableur ou séparées par des virgules conviennent toutes deux.</translation>
    </message>
    <message>
        <source>NYSC rows to add: email, state code, batch</source>
        <translation>Lignes NYSC à ajouter : e-mail, code d’État, promotion</translation>
    </message>
    <message>
        <source>Add to the rows</source>
        <translation>Ajouter aux lignes</translation>
    </message>
    <message>
        <source>Or pick learners</source>
        <translation>Ou choisissez des apprenants</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search learners to add by name or email</source>
        <translation>Rechercher des apprenants à ajouter par nom ou e-mail</translation>
    </message>
    <message>
        <source>No learner matches: try other words.</source>
        <translation>Aucun apprenant ne correspond : essayez d’autres mots.</translation>
    </message>
    <message>
        <source>NYSC %1</source>
        <translation>NYSC %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add %1 to the rows</source>
        <translation>Ajouter %1 aux lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to send</source>
        <translation>
            <numerusform>%n ligne à envoyer</numerusform>
            <numerusform>%n lignes à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear rows</source>
        <translation>Vider les lignes</translation>
    </message>
    <message>
        <source>Save NYSC details</source>
        <translation>Enregistrer les données NYSC</translation>
    </message>
    <message>
        <source>No rows yet: paste them or pick learners on the left. Each row is checked here before it is sent, and says afterwards whether it was saved.</source>
        <translation>Aucune ligne pour l’instant : collez-les ou choisissez des apprenants à gauche. Chaque ligne est vérifiée ici avant l’envoi, puis indique si elle a été enregistrée.</translation>
    </message>
    <message>
        <source>Email of row %1</source>
        <translation>E-mail de la ligne %1</translation>
    </message>
    <message>
        <source>NYSC state code of row %1</source>
        <translation>Code d’État NYSC de la ligne %1</translation>
    </message>
    <message>
        <source>NYSC batch of row %1</source>
        <translation>Promotion NYSC de la ligne %1</translation>
    </message>
    <message>
        <source>Row %1 is an NYSC corps member</source>
        <translation>La ligne %1 est membre du corps NYSC</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Retirer la ligne %1</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>LmsReports</name>
    <message>
        <source>NYSC corps members</source>
        <translation>Membres du NYSC</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 rows (%3%)</source>
        <translation>Écriture : %1 lignes sur %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n row(s).</source>
        <translation>
            <numerusform>Prêt : %n ligne.</numerusform>
            <numerusform>Prêt : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Enregistrer l’export sous</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>apprenants</translation>
    </message>
    <message>
        <source>linked to the LMS</source>
        <translation>reliés au LMS</translation>
    </message>
    <message>
        <source>course creators</source>
        <translation>créateurs de cours</translation>
    </message>
    <message>
        <source>requests waiting</source>
        <translation>demandes en attente</translation>
    </message>
    <message>
        <source>requests approved</source>
        <translation>demandes approuvées</translation>
    </message>
    <message>
        <source>requests declined</source>
        <translation>demandes déclinées</translation>
    </message>
    <message>
        <source>courses completed</source>
        <translation>cours terminés</translation>
    </message>
    <message>
        <source>academies</source>
        <translation>académies</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export the %1 report as CSV</source>
        <translation>Exporter le rapport « %1 » en CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Exporter en Excel</translation>
    </message>
    <message>
        <source>Export the %1 report as an Excel workbook</source>
        <translation>Exporter le rapport « %1 » en classeur Excel</translation>
    </message>
    <message>
        <source>Export of the NYSC corps members</source>
        <translation>Export des membres du NYSC</translation>
    </message>
    <message>
        <source>Export of the trainings report</source>
        <translation>Export du rapport des formations</translation>
    </message>
    <message>
        <source>Save workbook…</source>
        <translation>Enregistrer le classeur…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer le CSV…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>No NYSC corps member yet: mark learners as corps members to see them here.</source>
        <translation>Aucun membre du NYSC pour l’instant : marquez des apprenants comme membres du NYSC pour les voir ici.</translation>
    </message>
    <message>
        <source>No course has been asked for yet: the courses talents ask to join show here.</source>
        <translation>Aucun cours n’a encore été demandé : les cours que les talents demandent à rejoindre s’affichent ici.</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>promotion %1</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approuvée</numerusform>
            <numerusform>%n approuvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n déclinée</numerusform>
            <numerusform>%n déclinées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsRequests</name>
    <message numerus="yes">
        <source>%n request(s) approved: the talents are enrolled and told.</source>
        <translation>
            <numerusform>%n demande approuvée : le talent est inscrit et informé.</numerusform>
            <numerusform>%n demandes approuvées : les talents sont inscrits et informés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline %1&apos;s request</source>
        <translation>Décliner la demande de %1</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Décliner %n demande</numerusform>
            <numerusform>Décliner %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined: the talents are told why.</source>
        <translation>
            <numerusform>%n demande déclinée : le talent est informé du motif.</numerusform>
            <numerusform>%n demandes déclinées : les talents sont informés du motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, in a sentence the talent will read</source>
        <translation>Pourquoi, en une phrase que le talent lira</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status of the requests shown</source>
        <translation>Statut des demandes affichées</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n ticked</source>
        <translation>
            <numerusform>Approuver %n demande cochée</numerusform>
            <numerusform>Approuver %n demandes cochées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n ticked…</source>
        <translation>
            <numerusform>Décliner %n demande cochée…</numerusform>
            <numerusform>Décliner %n demandes cochées…</numerusform>
        </translation>
    </message>
    <message>
        <source>No request waits for a decision: talents ask to join courses from their Learning page.</source>
        <translation>Aucune demande n’attend de décision : les talents demandent à rejoindre des cours depuis leur page Apprentissage.</translation>
    </message>
    <message>
        <source>No request here: choose another status.</source>
        <translation>Aucune demande ici : choisissez un autre statut.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>demandé le %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>déclinée : %1</translation>
    </message>
    <message>
        <source>Tick %1&apos;s request</source>
        <translation>Cocher la demande de %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 %2&apos;s request</source>
        <translation>%1 la demande de %2</translation>
    </message>
</context>
<context>
    <name>LmsTalentForm</name>
    <message>
        <source>No academy</source>
        <translation>Aucune académie</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nouvel apprenant</translation>
    </message>
    <message>
        <source>They get an email inviting them to choose their password, and a user on the learning platform.</source>
        <translation>Cette personne reçoit un e-mail l’invitant à choisir son mot de passe, et un compte sur la plateforme d’apprentissage.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>NYSC corps member</source>
        <translation>Membre du corps NYSC</translation>
    </message>
    <message>
        <source>NYSC state code</source>
        <translation>Code d’État NYSC</translation>
    </message>
    <message>
        <source>NYSC batch</source>
        <translation>Promotion NYSC</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>Academy the learner belongs to</source>
        <translation>Académie de l’apprenant</translation>
    </message>
    <message>
        <source>Invite learner</source>
        <translation>Inviter l’apprenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LmsTalents</name>
    <message>
        <source>%1 is linked to LMS user %2.</source>
        <translation>%1 est relié à l’utilisateur LMS %2.</translation>
    </message>
    <message>
        <source>%1 has no LMS user yet.</source>
        <translation>%1 n’a pas encore d’utilisateur LMS.</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search learners by name or email</source>
        <translation>Rechercher des apprenants par nom ou e-mail</translation>
    </message>
    <message>
        <source>NYSC only</source>
        <translation>NYSC uniquement</translation>
    </message>
    <message>
        <source>Course creators only</source>
        <translation>Créateurs de cours uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No learner matches: try other words or clear the boxes.</source>
        <translation>Aucun apprenant ne correspond : essayez d’autres mots ou décochez les cases.</translation>
    </message>
    <message>
        <source>No talent yet: learners appear here once talents sign up.</source>
        <translation type="vanished">Aucun talent pour l’instant : les apprenants apparaissent ici dès que des talents s’inscrivent.</translation>
    </message>
    <message>
        <source>NYSC</source>
        <translation>NYSC</translation>
    </message>
    <message>
        <source>course creator</source>
        <translation>créateur de cours</translation>
    </message>
    <message>
        <source>Choose a learner to see their learning record.</source>
        <translation>Choisissez un apprenant pour voir son parcours d’apprentissage.</translation>
    </message>
    <message>
        <source>Fix Context…</source>
        <translation>Corriger le contexte…</translation>
    </message>
    <message>
        <source>Link %1 to their LMS user again</source>
        <translation>Relier à nouveau %1 à son utilisateur LMS</translation>
    </message>
    <message>
        <source>Fix Context for %1?</source>
        <translation>Corriger le contexte de %1 ?</translation>
    </message>
    <message>
        <source>The LMS is asked again for the user with %1 (one is made if it has none) and that user is kept as theirs. It is recorded in the audit log.</source>
        <translation>Le LMS est de nouveau interrogé sur l’utilisateur associé à %1 (il en crée un s’il n’en a pas), et cet utilisateur lui est rattaché. L’action est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Fix Context</source>
        <translation>Corriger le contexte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>LMS user</source>
        <translation>Utilisateur LMS</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>pas encore relié</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>promotion %1</translation>
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
        <source>Academy</source>
        <translation>Académie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Course creator</source>
        <translation>Créateur de cours</translation>
    </message>
    <message>
        <source>Enrolment requests</source>
        <translation>Demandes d’inscription</translation>
    </message>
    <message>
        <source>They have not asked to join a course.</source>
        <translation>Cet apprenant n’a demandé à rejoindre aucun cours.</translation>
    </message>
    <message>
        <source>%1 is invited: they choose their password from the email.</source>
        <translation>%1 est invité : son mot de passe se choisit depuis l’e-mail.</translation>
    </message>
    <message>
        <source>%1 may now create courses and record progress.</source>
        <translation>%1 peut désormais créer des cours et enregistrer la progression.</translation>
    </message>
    <message>
        <source>%1 no longer creates courses.</source>
        <translation>%1 ne crée plus de cours.</translation>
    </message>
    <message>
        <source>A reset code was mailed to %1. They choose their new password; nobody else sees it.</source>
        <translation>Un code de réinitialisation a été envoyé à %1. Cette personne choisit son nouveau mot de passe ; personne d’autre ne le voit.</translation>
    </message>
    <message>
        <source>%1 now signs in to the learning platform as %2.</source>
        <translation>%1 se connecte désormais à la plateforme d’apprentissage en tant que %2.</translation>
    </message>
    <message>
        <source>New learner…</source>
        <translation>Nouvel apprenant…</translation>
    </message>
    <message>
        <source>Invite a new learner</source>
        <translation>Inviter un nouvel apprenant</translation>
    </message>
    <message>
        <source>No talent yet: learners appear here once talents sign up, or invite one with New learner.</source>
        <translation>Aucun talent pour l’instant : les apprenants apparaissent ici dès que des talents s’inscrivent, ou invitez-en un avec Nouvel apprenant.</translation>
    </message>
    <message>
        <source>%1 may create courses</source>
        <translation>%1 peut créer des cours</translation>
    </message>
    <message>
        <source>Change username…</source>
        <translation>Changer le nom d’utilisateur…</translation>
    </message>
    <message>
        <source>Change %1&apos;s username on the learning platform</source>
        <translation>Changer le nom d’utilisateur de %1 sur la plateforme d’apprentissage</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Mail %1 a password reset code</source>
        <translation>Envoyer à %1 un code de réinitialisation</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password?</source>
        <translation>Réinitialiser le mot de passe de %1 ?</translation>
    </message>
    <message>
        <source>An email goes to %1 with a code to choose a new password. They choose it themselves: nobody else, you included, sees it. It is recorded in the audit log.</source>
        <translation>Un e-mail part vers %1 avec un code pour choisir un nouveau mot de passe. Cette personne le choisit elle-même : personne d’autre, vous compris, ne le voit. C’est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Mail the reset code</source>
        <translation>Envoyer le code</translation>
    </message>
    <message>
        <source>%1 (not linked yet)</source>
        <translation>%1 (pas encore relié)</translation>
    </message>
</context>
<context>
    <name>LmsTools</name>
    <message>
        <source>The cache is cleared: the course and category lists will be read from the LMS again.</source>
        <translation>Le cache est vidé : les listes de cours et de catégories seront de nouveau lues depuis le LMS.</translation>
    </message>
    <message>
        <source>Run Query</source>
        <translation>Exécuter une requête</translation>
    </message>
    <message>
        <source>One SELECT over the learning tables, the reference lists and lms_people, on a read-only connection, with a cap on rows and time.</source>
        <translation>Un seul SELECT sur les tables d’apprentissage, les listes de référence et lms_people, par une connexion en lecture seule, avec un plafond de lignes et de durée.</translation>
    </message>
    <message>
        <source>The query to run</source>
        <translation>La requête à exécuter</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Exécuter…</translation>
    </message>
    <message>
        <source>Run this query?</source>
        <translation>Exécuter cette requête ?</translation>
    </message>
    <message>
        <source>It runs read-only, and its text is recorded in the audit log under your name.</source>
        <translation>Elle s’exécute en lecture seule, et son texte est consigné dans le journal d’audit à votre nom.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s): the rest were cut off.</source>
        <translation>
            <numerusform>%n ligne affichée : les autres ont été coupées.</numerusform>
            <numerusform>%n lignes affichées : les autres ont été coupées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a SELECT above and run it: its rows show here as a table.</source>
        <translation>Écrivez un SELECT ci-dessus et exécutez-le : ses lignes s’affichent ici sous forme de tableau.</translation>
    </message>
    <message>
        <source>The query&apos;s rows</source>
        <translation>Les lignes de la requête</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Clear Cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <source>Clear the cache?</source>
        <translation>Vider le cache ?</translation>
    </message>
    <message>
        <source>The course and category lists kept for a while are forgotten, so the next reader asks the LMS. It is recorded in the audit log.</source>
        <translation>Les listes de cours et de catégories gardées en mémoire sont oubliées : la prochaine lecture interroge le LMS. L’action est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Read again…</source>
        <translation>Relire…</translation>
    </message>
    <message>
        <source>Show the settings…</source>
        <translation>Afficher les paramètres…</translation>
    </message>
    <message>
        <source>Show the server&apos;s settings?</source>
        <translation>Afficher les paramètres du serveur ?</translation>
    </message>
    <message>
        <source>Secret settings show only whether they are set. Reading them is recorded in the audit log.</source>
        <translation>Les paramètres secrets indiquent seulement s’ils sont définis. Leur lecture est consignée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Courses are kept in: %1</source>
        <translation>Les cours sont conservés dans : %1</translation>
    </message>
    <message>
        <source>Moodle</source>
        <translation>Moodle</translation>
    </message>
    <message>
        <source>Worknation (built in)</source>
        <translation>Worknation (intégré)</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Trouver un paramètre</translation>
    </message>
    <message>
        <source>Find a setting by name</source>
        <translation>Trouver un paramètre par son nom</translation>
    </message>
    <message>
        <source>secret: set</source>
        <translation>secret : défini</translation>
    </message>
    <message>
        <source>secret: not set</source>
        <translation>secret : non défini</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>LmsUsername</name>
    <message>
        <source>This is their username already</source>
        <translation>C’est déjà son nom d’utilisateur</translation>
    </message>
    <message>
        <source>Change %1&apos;s username?</source>
        <translation>Changer le nom d’utilisateur de %1 ?</translation>
    </message>
    <message>
        <source>They sign in to the learning platform as %1 instead of %2 from now on.</source>
        <translation>Cette personne se connectera désormais à la plateforme d’apprentissage en tant que %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>They sign in to the learning platform as %1 from now on.</source>
        <translation>Cette personne se connectera désormais à la plateforme d’apprentissage en tant que %1.</translation>
    </message>
    <message>
        <source>Change username</source>
        <translation>Changer le nom d’utilisateur</translation>
    </message>
    <message>
        <source>Change %1&apos;s username</source>
        <translation>Changer le nom d’utilisateur de %1</translation>
    </message>
    <message>
        <source>The name they sign in to the learning platform with. Their email and password do not change.</source>
        <translation>Le nom avec lequel cette personne se connecte à la plateforme d’apprentissage. Son e-mail et son mot de passe ne changent pas.</translation>
    </message>
    <message>
        <source>Username: 3 to 100 letters, digits, _ . @ -</source>
        <translation>Nom d’utilisateur : 3 à 100 lettres, chiffres, _ . @ -</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to Worknation</source>
        <translation>Se connecter à Worknation</translation>
    </message>
    <message>
        <source>I am a talent</source>
        <translation>Je suis un talent</translation>
    </message>
    <message>
        <source>I own a company account</source>
        <translation>Je possède un compte entreprise</translation>
    </message>
    <message>
        <source>I am a company&apos;s staff member</source>
        <translation>Je fais partie du personnel d&apos;une entreprise</translation>
    </message>
    <message>
        <source>I run this platform (admin, support)</source>
        <translation>Je gère cette plateforme (administration, support)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>I represent a partner organisation</source>
        <translation>Je représente une organisation partenaire</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Worknation</source>
        <translation>Worknation</translation>
    </message>
</context>
<context>
    <name>MentorShell</name>
    <message>
        <source>Evidence to score</source>
        <translation>Justificatifs à noter</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>My interns</source>
        <translation>Mes stagiaires</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>My interns</source>
        <translation>Mes stagiaires</translation>
    </message>
    <message>
        <source>The internships you mentor, how your interns stand and how you score</source>
        <translation>Les stages que vous encadrez, le niveau de vos stagiaires et vos notes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>internships mentored</source>
        <translation>stages encadrés</translation>
    </message>
    <message>
        <source>current interns</source>
        <translation>stagiaires actuels</translation>
    </message>
    <message>
        <source>evidence to score</source>
        <translation>justificatifs à noter</translation>
    </message>
    <message>
        <source>your average score</source>
        <translation>votre note moyenne</translation>
    </message>
    <message>
        <source>No internship is yours to mentor yet: a company assigns you to one.</source>
        <translation>Vous n’encadrez encore aucun stage : une entreprise vous en attribue un.</translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n stagiaire</numerusform>
            <numerusform>%n stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>%n à noter</numerusform>
            <numerusform>%n à noter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Move</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Présélectionner</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Embaucher</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Marquer terminé</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>MyCohortsPage</name>
    <message>
        <source>Thank you: you rated %1 %2 of 5.</source>
        <translation>Merci : vous avez noté %1 %2 sur 5.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 of 5 by %n talent(s)</source>
        <translation>
            <numerusform>Noté %1 sur 5 par %n talent</numerusform>
            <numerusform>Noté %1 sur 5 par %n talents</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>My cohorts</source>
        <translation>Mes cohortes</translation>
    </message>
    <message>
        <source>My attendance</source>
        <translation>Mes présences</translation>
    </message>
    <message>
        <source>You are in no cohort yet. Once an admin adds you to one, its instructors and sessions show here.</source>
        <translation>Vous n’êtes dans aucune cohorte pour l’instant. Quand un administrateur vous ajoutera à une cohorte, ses formateurs et ses séances s’afficheront ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s)</source>
        <translation>
            <numerusform>%n formateur</numerusform>
            <numerusform>%n formateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No instructor teaches this cohort yet.</source>
        <translation>Aucun formateur n’enseigne encore dans cette cohorte.</translation>
    </message>
    <message>
        <source>You rated %1 %2 of 5 for this cohort.</source>
        <translation>Vous avez noté %1 %2 sur 5 pour cette cohorte.</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Rate %1 %2 of 5</source>
        <translation>Noter %1 %2 sur 5</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>choose 1 to 5 stars</source>
        <translation>choisissez de 1 à 5 étoiles</translation>
    </message>
    <message>
        <source>What helped you learn, or what would (optional)</source>
        <translation>Ce qui vous a aidé à apprendre, ou ce qui vous aiderait (facultatif)</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Send my rating</source>
        <translation>Envoyer ma note</translation>
    </message>
    <message>
        <source>Send my rating of %1</source>
        <translation>Envoyer ma note de %1</translation>
    </message>
    <message>
        <source>You have not checked in to any session yet. Scan the code your instructor shows at the start of a session.</source>
        <translation>Vous n’avez encore pointé à aucune séance. Scannez le code que votre formateur affiche au début d’une séance.</translation>
    </message>
    <message>
        <source>in at %1, out at %2</source>
        <translation>arrivée à %1, départ à %2</translation>
    </message>
    <message>
        <source>in at %1, not checked out</source>
        <translation>arrivée à %1, départ non pointé</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Your application for %1 was received</source>
        <translation>Votre candidature pour %1 a été reçue</translation>
    </message>
    <message>
        <source>Your application for %1 was shortlisted</source>
        <translation>Votre candidature pour %1 a été présélectionnée</translation>
    </message>
    <message>
        <source>Your application for %1 moved to interview</source>
        <translation>Votre candidature pour %1 passe à l’entretien</translation>
    </message>
    <message>
        <source>Your application for %1 received an offer</source>
        <translation>Votre candidature pour %1 a reçu une offre</translation>
    </message>
    <message>
        <source>Your application for %1 ended in a hire: congratulations</source>
        <translation>Votre candidature pour %1 a abouti à une embauche : félicitations</translation>
    </message>
    <message>
        <source>Your application for %1 was not successful</source>
        <translation>Votre candidature pour %1 n’a pas été retenue</translation>
    </message>
    <message>
        <source>Your application for %1 was withdrawn</source>
        <translation>Votre candidature pour %1 a été retirée</translation>
    </message>
    <message>
        <source>Training application accepted</source>
        <translation>Inscription à la formation acceptée</translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; was accepted.</source>
        <translation>Votre candidature pour « %1 » a été acceptée.</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Formation terminée</translation>
    </message>
    <message>
        <source>You have completed &quot;%1&quot;. Congratulations!</source>
        <translation>Vous avez terminé « %1 ». Félicitations !</translation>
    </message>
    <message>
        <source>Training application not successful</source>
        <translation>Inscription à la formation non retenue</translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; was not successful: %2</source>
        <translation>Votre candidature pour « %1 » n’a pas été retenue : %2</translation>
    </message>
    <message>
        <source>Internship application approved</source>
        <translation>Candidature au stage approuvée</translation>
    </message>
    <message>
        <source>Welcome aboard: your application for &quot;%1&quot; was approved.</source>
        <translation>Bienvenue : votre candidature pour « %1 » a été approuvée.</translation>
    </message>
    <message>
        <source>Internship completed</source>
        <translation>Stage terminé</translation>
    </message>
    <message>
        <source>You have completed the internship &quot;%1&quot;. Well done!</source>
        <translation>Vous avez terminé le stage « %1 ». Bravo !</translation>
    </message>
    <message>
        <source>Internship application not successful</source>
        <translation>Candidature au stage non retenue</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Statut : %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Your application to %1 was cancelled</source>
        <translation>Votre candidature à %1 a été annulée</translation>
    </message>
    <message>
        <source>Your application to %1 is under review again</source>
        <translation>Votre candidature à %1 est de nouveau à l’étude</translation>
    </message>
    <message>
        <source>The sponsor reopened your application</source>
        <translation>Le parrain a rouvert votre candidature</translation>
    </message>
    <message>
        <source>Your application to %1 was not approved</source>
        <translation>Votre candidature à %1 n’a pas été approuvée</translation>
    </message>
    <message>
        <source>Your application to %1 was approved</source>
        <translation>Votre candidature à %1 a été approuvée</translation>
    </message>
    <message>
        <source>Congratulations: the sponsor approved your application</source>
        <translation>Félicitations : le parrain a approuvé votre candidature</translation>
    </message>
    <message>
        <source>Your application to %1 moved to the next review</source>
        <translation>Votre candidature à %1 passe à l’examen suivant</translation>
    </message>
    <message>
        <source>It passed level %1 (%2) and is now at level %3 (%4)</source>
        <translation>Elle a franchi le niveau %1 (%2) et se trouve maintenant au niveau %3 (%4)</translation>
    </message>
    <message>
        <source>Enrolment approved</source>
        <translation>Inscription approuvée</translation>
    </message>
    <message>
        <source>You are enrolled in %1.</source>
        <translation>Vous êtes inscrit à %1.</translation>
    </message>
    <message>
        <source>Enrolment declined</source>
        <translation>Inscription refusée</translation>
    </message>
    <message>
        <source>Your request to join %1 was declined: %2</source>
        <translation>Votre demande d’inscription à %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>A talent you sponsor completed a course</source>
        <translation>Un talent que vous parrainez a terminé un cours</translation>
    </message>
    <message>
        <source>%1 completed %2.</source>
        <translation>%1 a terminé %2.</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Cours terminé</translation>
    </message>
    <message>
        <source>%1 is now on your profile as a verified course.</source>
        <translation>%1 figure désormais sur votre profil comme cours vérifié.</translation>
    </message>
    <message>
        <source>New candidates for “%1”</source>
        <translation>Nouveaux candidats pour « %1 »</translation>
    </message>
    <message>
        <source>1 new talent matches your saved search.</source>
        <translation>1 nouveau talent correspond à votre recherche enregistrée.</translation>
    </message>
    <message>
        <source>%1 new talents match your saved search.</source>
        <translation>%1 nouveaux talents correspondent à votre recherche enregistrée.</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lues uniquement</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>You have read everything.</source>
        <translation>Vous avez tout lu.</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Ouvrir : %1</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>starts %1</source>
        <translation>début le %1</translation>
    </message>
    <message>
        <source>stipend %1</source>
        <translation>gratification %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Postuler</translation>
    </message>
    <message>
        <source>You applied for %1.</source>
        <translation>Vous avez postulé à %1.</translation>
    </message>
    <message>
        <source>You withdrew from %1; apply again while it is open.</source>
        <translation>Vous vous êtes retiré de %1 ; vous pouvez postuler à nouveau tant que c&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>PassageEditor</name>
    <message>
        <source>Write the question</source>
        <translation>Écrivez la question</translation>
    </message>
    <message>
        <source>Write the text of every option</source>
        <translation>Écrivez le texte de chaque option</translation>
    </message>
    <message>
        <source>Mark the one correct option</source>
        <translation>Marquez la seule bonne option</translation>
    </message>
    <message>
        <source>Add at least one question about the passage</source>
        <translation>Ajoutez au moins une question sur le texte</translation>
    </message>
    <message>
        <source>New reading passage in %1</source>
        <translation>Nouveau texte à lire dans %1</translation>
    </message>
    <message>
        <source>Add passage</source>
        <translation>Ajouter le texte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Passage (1 word): what the talent reads first, timed</source>
        <translation>Texte (1 mot) : ce que le talent lit d’abord, chronométré</translation>
    </message>
    <message>
        <source>Passage (%1 words): what the talent reads first, timed</source>
        <translation>Texte (%1 mots) : ce que le talent lit d’abord, chronométré</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>What the talent answers about the passage</source>
        <translation>Ce à quoi le talent répond à propos du texte</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Question %1, option %2</source>
        <translation>Question %1, option %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Option %1 is correct</source>
        <translation>L’option %1 est correcte</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Write the title</source>
        <translation>Écrivez le titre</translation>
    </message>
    <message>
        <source>Write the passage</source>
        <translation>Écrivez le passage</translation>
    </message>
    <message>
        <source>Correct “%1”</source>
        <translation>Corriger « %1 »</translation>
    </message>
    <message>
        <source>Save passage</source>
        <translation>Enregistrer le passage</translation>
    </message>
    <message>
        <source>Its questions keep their text and keys: edit each one in the bank&apos;s list.</source>
        <translation>Ses questions gardent leur texte et leurs clés : modifiez chacune dans la liste de la banque.</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>an hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>par an</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Affichage du PDF…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Talents</source>
        <translation>Talents</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Rechercher par nom ou e-mail</translation>
    </message>
    <message>
        <source>No one matches.</source>
        <translation>Personne ne correspond.</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identité vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n employé</numerusform>
            <numerusform>%n employés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinesPage</name>
    <message>
        <source>%1 %2 moved to %3.</source>
        <translation>%1 %2 déplacé vers %3.</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Backend engineers, 2027</source>
        <translation>Ingénieurs backend, 2027</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Platform team</source>
        <translation>Équipe plateforme</translation>
    </message>
    <message>
        <source>Create the pipeline</source>
        <translation>Créer le pipeline</translation>
    </message>
    <message>
        <source>No pipeline yet.</source>
        <translation>Aucun pipeline pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n candidate(s)</source>
        <translation>
            <numerusform>%1 · %n candidat</numerusform>
            <numerusform>%1 · %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pipeline, or create one.</source>
        <translation>Choisissez un pipeline, ou créez-en un.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>Trouver des candidats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>%1 → %2, by %3 %4, %5</source>
        <translation>%1 → %2, par %3 %4, %5</translation>
    </message>
    <message>
        <source>Added to %1, by %2 %3, %4</source>
        <translation>Ajouté à %1, par %2 %3, %4</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>A note for your colleagues</source>
        <translation>Une note pour vos collègues</translation>
    </message>
    <message>
        <source>Add the comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Remove from the pipeline</source>
        <translation>Retirer du pipeline</translation>
    </message>
    <message>
        <source>Skills, titles, names</source>
        <translation>Compétences, intitulés, noms</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Career level</source>
        <translation>Niveau de carrière</translation>
    </message>
    <message>
        <source>Any availability</source>
        <translation>Toute disponibilité</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Vérifié ou non</translation>
    </message>
    <message>
        <source>Verified identity</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n talent(s) found</source>
        <translation>
            <numerusform>%n talent trouvé</numerusform>
            <numerusform>%n talents trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No talent matches; try fewer words or filters.</source>
        <translation>Aucun talent ne correspond ; essayez moins de mots ou de filtres.</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identité vérifiée</translation>
    </message>
    <message>
        <source>Already in: %1</source>
        <translation>Déjà dans : %1</translation>
    </message>
    <message>
        <source>In this pipeline</source>
        <translation>Dans ce pipeline</translation>
    </message>
    <message>
        <source>Add to this pipeline</source>
        <translation>Ajouter à ce pipeline</translation>
    </message>
    <message>
        <source>Moves: the newest %1 of %2</source>
        <translation>Déplacements : les %1 plus récents sur %2</translation>
    </message>
    <message>
        <source>Comments: the newest %1 of %2</source>
        <translation>Commentaires : les %1 plus récents sur %2</translation>
    </message>
    <message>
        <source>No assessment results shared with your company</source>
        <translation>Aucun résultat d’évaluation partagé avec votre entreprise</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>Saved searches (%n new)</source>
        <translation>
            <numerusform>Recherches enregistrées (%n nouveau)</numerusform>
            <numerusform>Recherches enregistrées (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved search “%1” · talents new since it was last opened: %2</source>
        <translation>Recherche enregistrée « %1 » · nouveaux talents depuis la dernière ouverture : %2</translation>
    </message>
    <message>
        <source>Saved as “%1”. Open it from “Saved searches” to see who is new.</source>
        <translation>Enregistrée sous « %1 ». Ouvrez-la depuis « Recherches enregistrées » pour voir les nouveaux talents.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Choose a pipeline to add to</source>
        <translation>Choisissez un pipeline auquel ajouter</translation>
    </message>
    <message>
        <source>Name a pipeline and its project, then create it to add %1 %2.</source>
        <translation>Nommez un pipeline et son projet, puis créez-le pour y ajouter %1 %2.</translation>
    </message>
    <message>
        <source>Choose a pipeline on the left to see its board, or create one. “Find candidates” searches every talent without one.</source>
        <translation>Choisissez un pipeline à gauche pour voir son tableau, ou créez-en un. « Trouver des candidats » cherche parmi tous les talents sans pipeline.</translation>
    </message>
    <message>
        <source>No pipeline yet: create one on the left, or start with “Find candidates”, which needs none.</source>
        <translation>Aucun pipeline pour l’instant : créez-en un à gauche, ou commencez par « Trouver des candidats », qui n’en demande pas.</translation>
    </message>
    <message>
        <source>Create a pipeline to add to</source>
        <translation>Créer un pipeline où ajouter</translation>
    </message>
</context>
<context>
    <name>ProfileEducation</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Fill this in</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>A year, like 2021</source>
        <translation>Une année, par exemple 2021</translation>
    </message>
    <message>
        <source>Check the fields marked above.</source>
        <translation>Vérifiez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>%1 a été modifié.</translation>
    </message>
    <message>
        <source>%1 is added to your education.</source>
        <translation>%1 a été ajouté à votre formation.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>No education yet.</source>
        <translation>Aucune formation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 is removed from your education.</source>
        <translation>%1 a été retiré de votre formation.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Level of study</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <source>From (year)</source>
        <translation>De (année)</translation>
    </message>
    <message>
        <source>2016</source>
        <translation>2016</translation>
    </message>
    <message>
        <source>To (year)</source>
        <translation>À (année)</translation>
    </message>
    <message>
        <source>2020</source>
        <translation>2020</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add education</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProfileExperience</name>
    <message>
        <source>Fill this in</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>Check the fields marked above.</source>
        <translation>Vérifiez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>%1 a été modifié.</translation>
    </message>
    <message>
        <source>%1 is added to your experience.</source>
        <translation>%1 a été ajouté à votre expérience.</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Expérience professionnelle</translation>
    </message>
    <message>
        <source>No work experience yet.</source>
        <translation>Aucune expérience professionnelle pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2 · %3–%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; chez %2 · %3–%4</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 is removed from your experience.</source>
        <translation>%1 a été retiré de votre expérience.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>From (month)</source>
        <translation>De (mois)</translation>
    </message>
    <message>
        <source>2022-03</source>
        <translation>2022-03</translation>
    </message>
    <message>
        <source>To (month)</source>
        <translation>À (mois)</translation>
    </message>
    <message>
        <source>2024-06</source>
        <translation>2024-06</translation>
    </message>
    <message>
        <source>I work here now</source>
        <translation>J&apos;y travaille actuellement</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que vous avez fait</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Ajouter une expérience</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProfileIdentity</name>
    <message>
        <source>Enter the 11 digits of your %1</source>
        <translation>Saisissez les 11 chiffres de votre %1</translation>
    </message>
    <message>
        <source>Your %1 is verified.</source>
        <translation>Votre %1 est vérifié.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Verified with your %1.</source>
        <translation>Vérifié avec votre %1.</translation>
    </message>
    <message>
        <source>Employers trust a verified profile. The name on record must match your account&apos;s.</source>
        <translation>Les employeurs font confiance à un profil vérifié. Le nom enregistré doit correspondre à celui de votre compte.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>NIN</source>
        <translation>NIN</translation>
    </message>
    <message>
        <source>BVN</source>
        <translation>BVN</translation>
    </message>
    <message>
        <source>Your 11 digits</source>
        <translation>Vos 11 chiffres</translation>
    </message>
    <message>
        <source>Date of birth on record (YYYY-MM-DD)</source>
        <translation>Date de naissance enregistrée (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Your picture is updated.</source>
        <translation>Votre photo a été mise à jour.</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Profile %1% complete</source>
        <translation>Profil complet à %1 %</translation>
    </message>
    <message>
        <source>Next best step:</source>
        <translation>Prochaine étape conseillée :</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Il manque encore : %1</translation>
    </message>
    <message>
        <source>Your profile is complete.</source>
        <translation>Votre profil est complet.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Change picture…</source>
        <translation>Changer de photo…</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre du profil</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check the fields marked above.</source>
        <translation>Vérifiez les champs signalés plus haut.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Date de naissance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>e.g. 1995-04-30</source>
        <translation>p. ex. 1995-04-30</translation>
    </message>
    <message>
        <source>When could you start?</source>
        <translation>Quand pourriez-vous commencer ?</translation>
    </message>
</context>
<context>
    <name>ProfilePreferences</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Enter a whole amount in naira, like 450,000</source>
        <translation>Saisissez un montant entier en nairas, par exemple 450,000</translation>
    </message>
    <message>
        <source>Enter a whole amount in naira, like 700,000</source>
        <translation>Saisissez un montant entier en nairas, par exemple 700,000</translation>
    </message>
    <message>
        <source>Must not be less than the pay from</source>
        <translation>Ne doit pas être inférieur au montant minimal</translation>
    </message>
    <message>
        <source>Nothing to save: nothing has changed.</source>
        <translation>Rien à enregistrer : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Your preferences are saved.</source>
        <translation>Vos préférences sont enregistrées.</translation>
    </message>
    <message>
        <source>Check the fields marked above.</source>
        <translation>Vérifiez les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Work you are looking for</source>
        <translation>Travail recherché</translation>
    </message>
    <message>
        <source>Choose every kind of work that fits</source>
        <translation>Choisissez tous les types de travail qui conviennent</translation>
    </message>
    <message>
        <source>Pay you expect, from (₦)</source>
        <translation>Rémunération attendue, de (₦)</translation>
    </message>
    <message>
        <source>450,000</source>
        <translation>450,000</translation>
    </message>
    <message>
        <source>To (₦)</source>
        <translation>À (₦)</translation>
    </message>
    <message>
        <source>700,000</source>
        <translation>700,000</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>Career level</source>
        <translation>Niveau de carrière</translation>
    </message>
    <message>
        <source>Willing to move for work?</source>
        <translation>Prêt à déménager pour un emploi ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Hide my profile from employers&apos; candidate search (they still see my applications)</source>
        <translation>Masquer mon profil de la recherche de candidats des employeurs (ils voient toujours mes candidatures)</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Who sees your assessment results</source>
        <translation>Qui voit vos résultats d’évaluation</translation>
    </message>
    <message>
        <source>Results of a company&apos;s own test, taken at its invitation, are always that company&apos;s to see.</source>
        <translation>Les résultats d’un test propre à une entreprise, passé à son invitation, restent toujours visibles par cette entreprise.</translation>
    </message>
</context>
<context>
    <name>ProfileSkills</name>
    <message>
        <source>Type part of a skill&apos;s name, then choose it here</source>
        <translation>Tapez une partie du nom d&apos;une compétence, puis choisissez-la ici</translation>
    </message>
    <message>
        <source>A whole number of years, from 0 to 60</source>
        <translation>Un nombre entier d&apos;années, de 0 à 60</translation>
    </message>
    <message>
        <source>%1 is added to your skills.</source>
        <translation>%1 a été ajouté à vos compétences.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>No skills yet. Add at least three, with how well you know each.</source>
        <translation>Aucune compétence pour l&apos;instant. Ajoutez-en au moins trois, avec votre niveau pour chacune.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 is removed from your skills.</source>
        <translation>%1 a été retiré de vos compétences.</translation>
    </message>
    <message>
        <source>Find a skill</source>
        <translation>Trouver une compétence</translation>
    </message>
    <message>
        <source>Type part of its name</source>
        <translation>Tapez une partie de son nom</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No skill found</source>
        <translation>Aucune compétence trouvée</translation>
    </message>
    <message>
        <source>Search first</source>
        <translation>Recherchez d&apos;abord</translation>
    </message>
    <message>
        <source>How well you know it</source>
        <translation>Votre niveau</translation>
    </message>
    <message>
        <source>Years of practice</source>
        <translation>Années de pratique</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Ajouter la compétence</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Write the question</source>
        <translation>Écrivez la question</translation>
    </message>
    <message>
        <source>Write the text of every option, or remove the empty one</source>
        <translation>Écrivez le texte de chaque option, ou supprimez l’option vide</translation>
    </message>
    <message>
        <source>Give every option a weight as a number, like 2</source>
        <translation>Donnez un poids numérique à chaque option, par exemple 2</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>New question in %1</source>
        <translation>Nouvelle question dans %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reading passage</source>
        <translation>Texte à lire</translation>
    </message>
    <message>
        <source>This bank has no passage</source>
        <translation>Cette banque n’a pas de texte</translation>
    </message>
    <message>
        <source>Reverse keyed: agreeing scores low (6 − the rating)</source>
        <translation>Inversée : être d’accord donne un score bas (6 − la note)</translation>
    </message>
    <message>
        <source>Pair code: two items saying nearly the same share one, to find careless answering</source>
        <translation>Code de paire : deux items presque identiques le partagent, pour repérer les réponses peu attentives</translation>
    </message>
    <message>
        <source>For example N1</source>
        <translation>Par exemple N1</translation>
    </message>
    <message>
        <source>Options, each with what choosing it scores</source>
        <translation>Options, chacune avec le score qu’elle donne</translation>
    </message>
    <message>
        <source>Options: tick every correct one</source>
        <translation>Options : cochez toutes les bonnes</translation>
    </message>
    <message>
        <source>Options: mark the correct one</source>
        <translation>Options : marquez la bonne</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Weight of option %1</source>
        <translation>Poids de l’option %1</translation>
    </message>
    <message>
        <source>What choosing it scores</source>
        <translation>Score donné par ce choix</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Supprimer l’option %1</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Active: drawn into new attempts</source>
        <translation>Active : tirée dans les nouvelles tentatives</translation>
    </message>
</context>
<context>
    <name>QuestionType</name>
    <message>
        <source>Agreement from 1 to 5</source>
        <translation>Accord de 1 à 5</translation>
    </message>
    <message>
        <source>One answer</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Plusieurs réponses</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Mise en situation</translation>
    </message>
    <message>
        <source>Reading passage question</source>
        <translation>Question sur un texte</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Not qualified</source>
        <translation>Profil non adapté</translation>
    </message>
    <message>
        <source>Position filled</source>
        <translation>Poste pourvu</translation>
    </message>
    <message>
        <source>Failed the assessment</source>
        <translation>Évaluation non réussie</translation>
    </message>
    <message>
        <source>Failed the interview</source>
        <translation>Entretien non réussi</translation>
    </message>
    <message>
        <source>Did not show up</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Declined the offer</source>
        <translation>A décliné l’offre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Company staff</source>
        <translation>Personnel de l’entreprise</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Super administrateur</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Give the search a name</source>
        <translation>Donnez un nom à la recherche</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Data analysts in Lagos</source>
        <translation>p. ex. Analystes de données à Lagos</translation>
    </message>
    <message>
        <source>Tell me when new talents match it</source>
        <translation>Me prévenir quand de nouveaux talents y correspondent</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>identité vérifiée</translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation>identité non vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>Every talent</source>
        <translation>Tous les talents</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No saved search yet. Search for talents, then choose “Save search” to keep the search and hear of new matches.</source>
        <translation>Aucune recherche enregistrée pour l’instant. Recherchez des talents, puis choisissez « Enregistrer la recherche » pour la conserver et être prévenu des nouveaux résultats.</translation>
    </message>
    <message>
        <source>Give the search a name</source>
        <translation>Donnez un nom à la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Tell me of new matches for %1</source>
        <translation>Me prévenir des nouveaux résultats pour %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>The search and what it remembers of its matches are deleted for everyone in your company; alerts for it stop.</source>
        <translation>La recherche et ce qu’elle a retenu de ses résultats sont supprimés pour toute votre entreprise ; ses alertes s’arrêtent.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>%1 at least %2 %</source>
        <translation>%1 au moins %2 %</translation>
    </message>
</context>
<context>
    <name>ScoreFilter</name>
    <message>
        <source>Any assessment score</source>
        <translation>Tout score d’évaluation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Lowest score, in percent</source>
        <translation>Score minimal, en pourcentage</translation>
    </message>
</context>
<context>
    <name>SessionCodeView</name>
    <message>
        <source>Scan the code with your phone&apos;s camera to check in.</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone pour pointer.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>présents</translation>
    </message>
    <message>
        <source>Getting the code…</source>
        <translation>Récupération du code…</translation>
    </message>
    <message>
        <source>A new code in %1 s</source>
        <translation>Nouveau code dans %1 s</translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation>Récupération d&apos;un nouveau code…</translation>
    </message>
    <message>
        <source>A code works for a minute: a photo of it sent away is soon useless.</source>
        <translation>Un code est valable une minute : une photo envoyée ailleurs devient vite inutile.</translation>
    </message>
    <message>
        <source>The code opens this address; phones in the room must be able to reach it:</source>
        <translation>Le code ouvre cette adresse ; les téléphones dans la salle doivent pouvoir y accéder :</translation>
    </message>
</context>
<context>
    <name>SideNav</name>
    <message>
        <source>Worknation</source>
        <translation>Worknation</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>System colours</source>
        <translation>Couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>SignUpPage</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Your address is verified. Logging you in…</source>
        <translation>Votre adresse est vérifiée. Connexion en cours…</translation>
    </message>
    <message>
        <source>You are verified</source>
        <translation>Vous êtes vérifié</translation>
    </message>
    <message>
        <source>Check your email</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1.</source>
        <translation>Nous avons envoyé un code à 6 chiffres à %1.</translation>
    </message>
    <message>
        <source>Talents find work and training; employers hire.</source>
        <translation>Les talents trouvent du travail et des formations ; les employeurs recrutent.</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Envoyer un nouveau code</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>S&apos;inscrire</translation>
    </message>
</context>
<context>
    <name>StateView</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionné</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offre faite</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Décliné</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
</context>
<context>
    <name>TalentDashboardPage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Applications sent</source>
        <translation>Candidatures envoyées</translation>
    </message>
    <message>
        <source>Recommended jobs</source>
        <translation>Offres recommandées</translation>
    </message>
    <message>
        <source>Open jobs to apply for</source>
        <translation>Offres ouvertes aux candidatures</translation>
    </message>
    <message>
        <source>Assessments taken</source>
        <translation>Évaluations passées</translation>
    </message>
    <message>
        <source>Unread notifications</source>
        <translation>Notifications non lues</translation>
    </message>
    <message>
        <source>Profile %1% complete</source>
        <translation>Profil complet à %1 %</translation>
    </message>
    <message>
        <source>Next: %1, under Profile</source>
        <translation>Ensuite : %1, dans Profil</translation>
    </message>
    <message>
        <source>My applications by status</source>
        <translation>Mes candidatures par statut</translation>
    </message>
</context>
<context>
    <name>TalentShell</name>
    <message>
        <source>Jobs</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Mes candidatures</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>CVs</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Coding challenges</source>
        <translation>Défis de code</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
</context>
<context>
    <name>TestimonialsPage</name>
    <message>
        <source>Testimonials</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>No %1 testimonials.</source>
        <translation>Aucun témoignage (%1).</translation>
    </message>
    <message>
        <source>Reason, to reject</source>
        <translation>Motif, pour refuser</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <source>the talent</source>
        <translation>le talent</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Open trainings</source>
        <translation>Formations ouvertes</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Mes candidatures</translation>
    </message>
    <message>
        <source>No training is open for applications now.</source>
        <translation>Aucune formation n&apos;est ouverte aux candidatures actuellement.</translation>
    </message>
    <message>
        <source>You have not applied for a training yet.</source>
        <translation>Vous n&apos;avez encore postulé à aucune formation.</translation>
    </message>
</context>
<context>
    <name>wn::client::FormChecker</name>
    <message>
        <source>Fill this in</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>Enter an email address, like ada@example.com</source>
        <translation>Saisissez une adresse e-mail, par exemple ada@example.com</translation>
    </message>
    <message>
        <source>Use at least %1 characters</source>
        <translation>Utilisez au moins %1 caractères</translation>
    </message>
    <message>
        <source>Use at most %1 characters</source>
        <translation>Utilisez au plus %1 caractères</translation>
    </message>
</context>
<context>
    <name>wn::client::Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>wn::client::PdfPreview</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Le PDF ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The client has no operation named %1.</source>
        <translation>Le client n’a pas d’opération nommée %1.</translation>
    </message>
    <message>
        <source>%1 is not a file of the server.</source>
        <translation>%1 n’est pas un fichier du serveur.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>This file is not a PDF, so it cannot be shown here: save it to open it.</source>
        <translation>Ce fichier n’est pas un PDF et ne peut pas s’afficher ici : enregistrez-le pour l’ouvrir.</translation>
    </message>
    <message>
        <source>There is no file to save yet.</source>
        <translation>Il n’y a pas encore de fichier à enregistrer.</translation>
    </message>
</context>
</TS>
