<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Mail</name>
    <message>
        <source>Your Worknation verification code</source>
        <translation>Votre code de vérification Worknation</translation>
    </message>
    <message>
        <source>Hello %1,

Your verification code is %2. It expires in 10 minutes.

If you did not sign up for Worknation, ignore this message.
</source>
        <translation>Bonjour %1,

Votre code de vérification est %2. Il expire dans 10 minutes.

Si vous ne vous êtes pas inscrit(e) sur Worknation, ignorez ce message.
</translation>
    </message>
    <message>
        <source>You are invited to %1 on Worknation</source>
        <translation>Vous êtes invité(e) à %1 sur Worknation</translation>
    </message>
    <message>
        <source>Hello %1,

You have been invited to %2 on Worknation. Choose your password to activate your account:

%3

Invitation code (for the desktop client): %4

The invitation expires in 7 days.
</source>
        <translation>Bonjour %1,

Vous êtes invité(e) à %2 sur Worknation. Choisissez votre mot de passe pour activer votre compte :

%3

Code d’invitation (pour l’application de bureau) : %4

L’invitation expire dans 7 jours.
</translation>
    </message>
    <message>
        <source>Reset your Worknation password</source>
        <translation>Réinitialisez votre mot de passe Worknation</translation>
    </message>
    <message>
        <source>Hello %1,

Your password reset code is %2. It expires in 10 minutes.

Or choose a new password here:

%3

If you did not ask to reset your password, ignore this message: your password stays as it is.
</source>
        <translation>Bonjour %1,

Votre code de réinitialisation du mot de passe est %2. Il expire dans 10 minutes.

Vous pouvez aussi choisir un nouveau mot de passe ici :

%3

Si vous n’avez pas demandé à réinitialiser votre mot de passe, ignorez ce message : votre mot de passe reste inchangé.
</translation>
    </message>
    <message>
        <source>join the talent community</source>
        <translation>rejoindre la communauté des talents</translation>
    </message>
    <message>
        <source>run %1&apos;s hiring</source>
        <translation>gérer les recrutements de %1</translation>
    </message>
    <message>
        <source>Hello %1,

%2.

See the details and the full timeline in Worknation: %3
</source>
        <translation>Bonjour %1,

%2.

Consultez les détails et tout l’historique dans Worknation : %3
</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread message(s) on Worknation</source>
        <translation>
            <numerusform>Vous avez %n message non lu sur Worknation</numerusform>
            <numerusform>Vous avez %n messages non lus sur Worknation</numerusform>
        </translation>
    </message>
    <message>
        <source>Hello %1,

While you were away, %2 sent you %3. Open Worknation to read and answer them:

%4
</source>
        <translation>Bonjour %1,

Pendant votre absence, vous avez reçu %3 de %2. Ouvrez Worknation pour les lire et y répondre :

%4
</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>You are invited to a coding challenge: %1</source>
        <translation>Vous êtes invité(e) à un défi de programmation : %1</translation>
    </message>
    <message>
        <source>You have been invited to solve the coding challenge &quot;%1&quot;.

Open it here until %2 (UTC):
%3

Sign in with this email address to run and submit your code.</source>
        <translation>Vous êtes invité(e) à résoudre le défi de programmation « %1 ».

Ouvrez-le ici jusqu’au %2 (UTC) :
%3

Connectez-vous avec cette adresse e-mail pour exécuter et soumettre votre code.</translation>
    </message>
    <message>
        <source>teach</source>
        <translation>enseigner</translation>
    </message>
    <message>
        <source>mentor interns at %1</source>
        <translation>encadrer des stagiaires chez %1</translation>
    </message>
    <message>
        <source>join the learning platform</source>
        <translation>rejoindre la plateforme d’apprentissage</translation>
    </message>
    <message>
        <source>Your Worknation code is %1, for NYSC call-up number %2. It works for 10 minutes. If you did not ask for it, ignore this message.
</source>
        <translation>Votre code Worknation est %1, pour le numéro d’appel NYSC %2. Il est valable 10 minutes. Si vous ne l’avez pas demandé, ignorez ce message.
</translation>
    </message>
    <message>
        <source>Your NYSC verification code</source>
        <translation>Votre code de vérification NYSC</translation>
    </message>
    <message>
        <source>join the admin console</source>
        <translation>rejoindre la console d’administration</translation>
    </message>
    <message>
        <source>join %1</source>
        <translation>rejoindre %1</translation>
    </message>
    <message>
        <source>An assessment your account cannot take</source>
        <translation>Une évaluation que votre compte ne peut pas passer</translation>
    </message>
    <message>
        <source>Hello %1,

An organisation asked Worknation to send %2 the %3 assessment. This address belongs to a staff account, and staff accounts take no tests: if the assessment is meant for you, ask them to use another address.
</source>
        <translation>Bonjour %1,

Une organisation a demandé à Worknation d’envoyer l’évaluation %3 à %2. Cette adresse appartient à un compte du personnel, et les comptes du personnel ne passent pas d’évaluations : si l’évaluation vous est destinée, demandez-leur d’utiliser une autre adresse.
</translation>
    </message>
    <message>
        <source>take the %1 assessment</source>
        <translation>passer l’évaluation %1</translation>
    </message>
    <message>
        <source>manage %1&apos;s partner access</source>
        <translation>gérer l’accès partenaire de %1</translation>
    </message>
    <message>
        <source>%1 asks to see your Worknation profile</source>
        <translation>%1 demande à voir votre profil Worknation</translation>
    </message>
    <message>
        <source>Hello %1,

%2 would like to read your Worknation profile, CV and intro video. Nothing is shared unless you allow it: open Worknation, go to Data sharing and choose whether to share with %2. You can stop sharing at any time.
</source>
        <translation>Bonjour %1,

%2 souhaite consulter votre profil Worknation, votre CV et votre vidéo de présentation. Rien n’est partagé sans votre accord : ouvrez Worknation, allez dans Partage des données et choisissez de partager ou non avec %2. Vous pouvez arrêter le partage à tout moment.
</translation>
    </message>
    <message>
        <source>join the talent community through %1</source>
        <translation>rejoindre la communauté des talents par l’intermédiaire de %1</translation>
    </message>
    <message>
        <source>join the support desk</source>
        <translation>rejoindre le service d’assistance</translation>
    </message>
</context>
</TS>
