### hitc : les mots de hitc sur la page de la tâche et dans les consignes. Français.
###
### Registre : vouvoiement (« Choisissez », « Saisissez »), comme dans les interfaces
### de travail en français.
### Termes : task = « tâche » (la page que l'on fait et qui est payée) ; item = « élément »
### (chaque chose à juger sur cette page) ; HIT = « HIT » (le HIT), seulement dans les
### messages script-mturk-* (mot de MTurk) ; guidelines = « consignes » ; requester =
### « demandeur ».
### Typographie : espace insécable (U+00A0) avant « : » ; espace fine insécable (U+202F) avant
### ; ! ? et à l'intérieur des guillemets « », comme les guillemets que hitc ajoute lui-même.
### Touches : Ctrl+Entrée, Échap.
### Référence : en.ftl (ses commentaires disent où chaque texte apparaît).
### Traduction assistée par machine (tr-west) ; pas de relecture par un locuteur natif.

## La page de la tâche (task.html, preview.html)

page-preview-title = Aperçu
# Suit « Aperçu » en gras.
page-preview-banner = avec des éléments d'exemple : vos réponses s'affichent sur cette page, elles ne sont pas envoyées.
page-instructions = Instructions
page-item = Élément
page-optional = (facultatif)
page-choose = Choisir…
page-feedback-label = Commentaires pour le demandeur
page-guidelines = Consignes détaillées
page-guidelines-version = Consignes détaillées (version { $version })
page-guidelines-link = Voir les consignes détaillées.
page-faq = Questions et réponses
page-your-answers = Vos réponses
page-answers-note = Rien n'a été envoyé. Copiez ou téléchargez ces réponses si vous en avez besoin.
page-copy = Copier
page-download = Télécharger
page-shortcuts = Raccourcis
page-submit = Envoyer
page-contact = Une question sur cette tâche ? Écrivez à { $contact }.

## Le panneau des raccourcis clavier

page-legend-title = Raccourcis clavier
page-legend-rule = Une touche répond à la question où vous vous trouvez ; sinon, à la question de l'élément qui utilise cette touche (la seule, ou la première sans réponse). Pour modifier une réponse, placez-vous d'abord dessus avec Tab.
page-legend-moving = Se déplacer
page-legend-next = élément suivant
page-legend-previous = élément précédent
page-legend-toggle = afficher ou masquer ces raccourcis
page-legend-submit = { $key } ({ $macKey } sur Mac) envoie la tâche.
page-legend-key-ctrl-enter = Ctrl+Entrée
page-legend-key-escape = Échap
page-legend-escape = { $key } fait sortir d'une zone de texte (les raccourcis n'y fonctionnent pas).
page-legend-advance = Dès qu'un élément a sa réponse, la page passe au suivant.
page-legend-close = Fermer

## Choix que hitc ajoute aux questions

page-select-exactly = Choisissez-en { $count }.
page-select-range = Choisissez-en de { $min } à { $max }.
page-select-at-least = Choisissez-en au moins { $min }.
page-select-up-to = Choisissez-en { $max } au maximum.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A est meilleur
page-pairwise-b-better = B est meilleur
page-pairwise-same = Les deux se valent

## Messages du script de la page

script-item-title = Élément { $number } sur { $total }
# Après le titre d'un élément dont les réponses requises sont données, après une coche (« ✓ complété »).
script-item-answered = complété
# Le nom s'accorde avec le nombre d'éléments complétés : le sélecteur porte sur $answered.
script-progress = { $answered ->
    [one] { $answered } élément sur { $total } complété
   *[other] { $answered } éléments sur { $total } complétés
}
script-items-unreadable = Impossible de lire les éléments de cette tâche : elle ne peut pas être faite. Veuillez la rendre.
script-items-too-many = Cette tâche contient { $count } éléments, plus que son maximum de { $limit } : elle ne peut pas être faite. Veuillez la rendre.
script-items-missing = Les éléments de cette tâche sont absents : elle ne peut pas être faite. Veuillez la rendre.
script-image-not-https = Image non affichée (adresse non https)
script-image-failed = Impossible de charger l'image
script-link = Lien
script-link-not-https = { $label } (adresse non https)
script-media-not-https = Média non affiché (adresse non https)
script-choose-answer = Choisissez une réponse.
script-choose-at-least = { $min ->
    [one] Choisissez au moins { $min } option.
   *[other] Choisissez au moins { $min } options.
}
script-choose-at-least-now = { $min ->
    [one] Choisissez au moins { $min } option (actuellement { $count }).
   *[other] Choisissez au moins { $min } options (actuellement { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Choisissez au plus { $max } option (actuellement { $count }).
   *[other] Choisissez au plus { $max } options (actuellement { $count }).
}
script-number = Saisissez un nombre.
script-number-range = Saisissez un nombre de { $min } à { $max }.
script-number-at-least = Saisissez un nombre supérieur ou égal à { $min }.
script-number-at-most = Saisissez un nombre inférieur ou égal à { $max }.
script-number-whole = Saisissez un nombre entier.
script-number-step = Saisissez un nombre par pas de { $step }.
script-number-step-from = Saisissez un nombre par pas de { $step } à partir de { $from }.
script-text = Écrivez une réponse.
script-text-at-least = { $min ->
    [one] Écrivez au moins { $min } caractère (actuellement { $count }).
   *[other] Écrivez au moins { $min } caractères (actuellement { $count }).
}
script-text-at-most = { $max ->
    [one] Écrivez au plus { $max } caractère (actuellement { $count }).
   *[other] Écrivez au plus { $max } caractères (actuellement { $count }).
}
script-text-pattern = Cette réponse n'a pas le format attendu.
script-key-elsewhere = Touche { $key } : pour modifier cette réponse, placez-vous sur sa question avec Tab, puis appuyez de nouveau sur la touche.
# En français, 0 et 1 sont au singulier ([one]) : le nombre est toujours écrit.
script-attention = { $count ->
    [one] { $count } réponse à revoir.
   *[other] { $count } réponses à revoir.
}
script-sending = Envoi en cours…
script-submitting = Envoi des réponses…
# $reason : ce qu'a dit le navigateur, en anglais, ou script-network-error.
script-send-failed = Vos réponses n'ont pas pu être envoyées ({ $reason }). Veuillez réessayer.
script-network-error = erreur réseau
script-sent = Merci ! Vos réponses ont été envoyées.
script-copied = Copié.
script-copy-by-hand = Texte sélectionné : appuyez sur Ctrl+C pour le copier.
script-demo-items = Éléments de démonstration : la page a été ouverte sans les éléments d'une tâche.
script-preview-shown = Aperçu : vos réponses s'affichent ci-dessus ; rien n'a été envoyé.
script-answers-shown = Vos réponses s'affichent ci-dessus ; rien n'a été envoyé.
script-mturk-preview = Ceci est un aperçu. Acceptez le HIT pour commencer : les réponses données dans l'aperçu ne sont pas conservées.
script-mturk-accept = Acceptez le HIT pour commencer.
script-mturk-no-target = Cette page a été créée sans la cible MTurk : elle ne peut pas être envoyée sur MTurk. Veuillez rendre le HIT.
script-mturk-bad-address = L'adresse d'envoi de ce HIT n'est pas valide : il ne peut pas être envoyé. Veuillez rendre le HIT.
script-prolific-saved = Enregistré. Retour vers Prolific…

## Les consignes (guidelines.html, guidelines.md)

guide-title = Consignes : { $title }
guide-kicker = Consignes
guide-kicker-version = Consignes · version { $version }
guide-contents = Sommaire
guide-purpose = À quoi sert cette tâche
guide-summary = En bref
guide-questions = Les questions et leurs réponses
guide-examples = Exemples commentés
guide-faq = Questions fréquentes
guide-changelog = Modifications
guide-contact = Contact
guide-section-unreadable = Le texte de cette section n'a pas pu être lu.
guide-contact-line = Une question sur cette tâche ou ces consignes ? Écrivez à { $contact }.

## Informations sur la tâche, en tête des consignes

guide-fact-purpose = Finalité
guide-fact-goal = Objectif
guide-fact-metric = Mesure
guide-fact-pay = Rémunération
guide-purpose-training = Entraînement : vos réponses servent à entraîner un modèle d'apprentissage automatique.
guide-purpose-evaluation = Évaluation : vos réponses mesurent la qualité d'un système.
guide-purpose-model-qa = Contrôle qualité d'un modèle : vos réponses décident si le modèle est assez bon pour être mis en service.
guide-purpose-reference = Données de référence : vos réponses constituent un jeu de données de référence.
# $reward et $hourly : des montants déjà formatés ; $minutes : un nombre entier.
guide-pay-line = { $minutes ->
    [one] { $reward } par tâche d'environ { $minutes } minute, soit environ { $hourly } de l'heure.
   *[other] { $reward } par tâche d'environ { $minutes } minutes, soit environ { $hourly } de l'heure.
}

## Comment répondre à chaque question

guide-required = Obligatoire.
guide-optional = Facultative.
guide-required-when-shown = Obligatoire quand elle est affichée.
# $conditions : une ou plusieurs guide-condition reliées par « et ».
guide-shown-only-when = Affichée seulement si { $conditions }.
guide-condition = la réponse à « { $question } » est { $answers }
guide-choose-one = Choisissez-en une.
guide-choose-all = Choisissez toutes celles qui conviennent.
guide-exclusive = { $count ->
    [one] { $options } ne se combine pas avec les autres : la choisir décoche les autres options.
   *[other] { $options } ne se combinent pas avec les autres : en choisir une décoche les autres options.
}
guide-scale = Choisissez une valeur de { $min } à { $max }.
guide-number = Un nombre.
guide-number-range = Un nombre de { $min } à { $max }.
guide-number-at-least = Un nombre supérieur ou égal à { $min }.
guide-number-at-most = Un nombre inférieur ou égal à { $max }.
guide-whole = Un nombre entier.
guide-whole-range = Un nombre entier de { $min } à { $max }.
guide-whole-at-least = Un nombre entier supérieur ou égal à { $min }.
guide-whole-at-most = Un nombre entier inférieur ou égal à { $max }.
guide-unit = Unité : { $unit }.
guide-step = Par pas de { $step }.
guide-text = Texte libre.
guide-text-range = { $max ->
    [one] Texte libre de { $min } à { $max } caractère.
   *[other] Texte libre de { $min } à { $max } caractères.
}
guide-text-at-least = { $min ->
    [one] Texte libre d'au moins { $min } caractère.
   *[other] Texte libre d'au moins { $min } caractères.
}
guide-text-up-to = { $max ->
    [one] Texte libre de { $max } caractère au maximum.
   *[other] Texte libre de { $max } caractères au maximum.
}
# Suivi du motif, affiché comme du code.
guide-text-pattern = Le texte doit correspondre au motif
guide-pairwise = Comparez A (à gauche ; sur un téléphone, en haut) avec B, puis choisissez { $choices }.
guide-pairwise-no-tie = Pas d'égalité possible : choisissez celui qui est meilleur, même de peu.

## Le tableau des réponses d'une question

guide-col-point = Valeur
guide-col-option = Option
guide-col-option-key = Option et touche
guide-col-key = Touche
guide-col-meaning = Signification
guide-col-when = Quand la choisir
guide-col-examples = Exemples
guide-col-shown-in = Illustrée dans l'exemple
guide-clears-others = (décoche les autres)
guide-shown-in = Illustrée dans
guide-example-ref = Exemple { $number }

## Exemples commentés

guide-examples-note = Chaque exemple montre un élément tel qu'il apparaît sur la page de la tâche, puis les réponses attendues et leur justification.
guide-example = Exemple { $number }
guide-expected = Réponses attendues
guide-why = Pourquoi :
guide-col-question = Question
guide-col-expected = Réponse attendue
guide-answer-key = (touche { $key })
guide-image-not-https = Image non affichée (adresse non https) : { $address }
guide-link-not-https = { $label } (adresse non https) : { $address }
guide-media-not-https = Média non affiché (adresse non https) : { $address }
guide-audio = Audio
guide-video = Vidéo

## Le tableau des modifications

guide-col-version = Version
guide-col-date = Date
guide-col-change = Modification

## La tâche d'exemple qu'écrit `hitc init --language fr`. Produits : bouilloire (f.),
## grille-pain (m.), casque audio (m.), lampe de bureau (f.), blender (m.) : les avis s'accordent.

scaffold-title = Cet avis est-il positif ou négatif ?
scaffold-description = Lisez un court avis sur un produit et indiquez ce que son auteur en pense.
scaffold-goal = Mesurer à quelle fréquence le modèle d'analyse de sentiment est d'accord avec les humains sur des avis produits.
scaffold-prior-work = Aucun pour l'instant ; c'est le premier jeu de données annoté.
scaffold-field-product = Le produit évalué
scaffold-field-review = L'avis tel que le client l'a écrit
scaffold-prompt = Que pense l'auteur de l'avis du produit ?
scaffold-positive = Positif
scaffold-positive-hint = Apprécie le produit ou le recommande.
scaffold-mixed = Mitigé
scaffold-mixed-hint = Des compliments et des reproches.
scaffold-negative = Négatif
scaffold-negative-hint = N'aime pas le produit ou met les autres en garde.
scaffold-comment-prompt = Quelque chose a-t-il rendu cet avis difficile à juger ?
scaffold-summary = Jugez ce que **l'auteur** pense du produit, pas ce que vous en pensez.
scaffold-section-title = Comment juger
scaffold-kettle = Bouilloire
scaffold-example-1 = Chauffe vite et elle est très jolie. Je la rachèterais.
scaffold-example-1-why = Des compliments et l'envie de la racheter.
scaffold-example-2 = Chauffe vite, mais le couvercle a cassé au bout d'une semaine.
scaffold-example-2-why = Un point positif, un reproche sérieux.
scaffold-example-3 = Elle fuit. Je l'ai renvoyée.
scaffold-example-3-why = Un défaut et un retour.
scaffold-faq-q = L'avis ne parle pas du produit. Que dois-je répondre ?
scaffold-faq-a = Jugez seulement ce que l'auteur pense du produit ; s'il n'en dit rien, répondez Mitigé et signalez-le dans le commentaire.
scaffold-changelog = Première version.
scaffold-toaster = Grille-pain
scaffold-headphones = Casque audio
scaffold-desk-lamp = Lampe de bureau
scaffold-blender = Blender
scaffold-sample-1 = Grille uniformément, et le tiroir à miettes se vide facilement.
scaffold-sample-2 = A cessé de fonctionner au bout de deux semaines.
scaffold-sample-3 = Super son, mais il fait mal aux oreilles au bout d'une heure.
scaffold-sample-4 = Meilleur achat de l'année !
scaffold-sample-5 = Éclaire suffisamment, mais fait un peu bas de gamme.
scaffold-sample-6 = Arrivée cassée, et le service client n'a jamais répondu.
scaffold-gold-1 = Pile la glace en quelques secondes. J'adore.
scaffold-gold-1-why = Un compliment net.
scaffold-gold-2 = Bruyant, et le bol s'est fendu.
scaffold-gold-2-why = Deux reproches et aucun compliment.
scaffold-gold-3 = Fonctionne bien, mais très bruyant.
scaffold-gold-3-why = Un point positif et un reproche.
# Le fichier de section des consignes (Markdown) : garder les | et les **.
scaffold-section-intro = Lisez l'avis en entier avant de répondre.
scaffold-section-column-review = L'avis…
scaffold-section-column-answer = Réponse
scaffold-section-row-positive = fait l'éloge du produit, le recommande
scaffold-section-row-mixed = apprécie certaines choses et en critique d'autres
scaffold-section-row-negative = se plaint, met les autres en garde, parle d'un retour
scaffold-section-sarcasm = Le sarcasme se juge d'après ce que l'auteur veut dire : « { $example } » est { $answer }.
scaffold-sarcasm-example = Génial, cassé dès le premier jour
