### hitc: de eigen teksten van hitc op de taakpagina en in de richtlijnen. Nederlands.
###
### Aanspreekvorm: je/jij (gebiedende wijs: "Kies", "Vul … in"), zoals in de meeste
### Nederlandstalige apps en websites.
### Termen: task = "taak" (de pagina die je uitvoert en waarvoor je betaald wordt);
### item = "item", mv. "items" (elk ding dat je erop beoordeelt); HIT = "HIT" (de HIT),
### alleen in de berichten script-mturk-* (het woord van MTurk); guidelines = "richtlijnen";
### requester = "opdrachtgever".
### Aanhalingstekens: ‘ ’ (die van CLDR voor nl, dezelfde als die hitc om geciteerde antwoorden zet). Toetsen: Ctrl+Enter, Esc.
### Referentie: en.ftl (de opmerkingen daarin zeggen waar elke tekst staat).
### Machinaal ondersteunde vertaling (tr-west); niet nagelezen door een moedertaalspreker.

## De taakpagina (task.html, preview.html)

page-preview-title = Voorbeeld
# Volgt op het vetgedrukte "Voorbeeld".
page-preview-banner = met voorbeelditems: je antwoorden worden op deze pagina getoond, niet verzonden.
page-instructions = Instructies
page-item = Item
page-optional = (optioneel)
page-choose = Kies…
page-feedback-label = Opmerkingen voor de opdrachtgever
page-guidelines = Volledige richtlijnen
page-guidelines-version = Volledige richtlijnen (versie { $version })
page-guidelines-link = Bekijk de volledige richtlijnen.
page-faq = Vragen en antwoorden
page-your-answers = Je antwoorden
page-answers-note = Er is niets verzonden. Kopieer of download deze antwoorden als je ze nodig hebt.
page-copy = Kopiëren
page-download = Downloaden
page-shortcuts = Sneltoetsen
page-submit = Verzenden
page-contact = Vragen over deze taak? Mail naar { $contact }.

## Het overzicht van sneltoetsen

page-legend-title = Sneltoetsen
page-legend-rule = Een toets beantwoordt de vraag waar je nu in zit; anders de vraag van het item met die toets (de enige of de eerste onbeantwoorde). Wil je een antwoord wijzigen, ga er dan eerst met Tab naartoe.
page-legend-moving = Navigeren
page-legend-next = volgend item
page-legend-previous = vorig item
page-legend-toggle = deze sneltoetsen tonen of verbergen
page-legend-submit = { $key } ({ $macKey } op een Mac) verzendt de taak.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } verlaat een tekstvak (daarin werken de sneltoetsen niet).
page-legend-advance = Na een antwoord ga je vanzelf naar het volgende item.
page-legend-close = Sluiten

## Keuzes die hitc aan vragen toevoegt

page-select-exactly = Kies er { $count }.
page-select-range = Kies er { $min } tot en met { $max }.
page-select-at-least = Kies er minstens { $min }.
page-select-up-to = Kies er hoogstens { $max }.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A is beter
page-pairwise-b-better = B is beter
page-pairwise-same = Ongeveer gelijk

## Berichten van het script van de pagina

script-item-title = Item { $number } van { $total }
# Na de titel van een beantwoord item, na een vinkje ("✓ beantwoord").
script-item-answered = beantwoord
script-progress = { $total ->
    [one] { $answered } van { $total } item beantwoord
   *[other] { $answered } van { $total } items beantwoord
}
script-items-unreadable = De items van deze taak konden niet worden gelezen, dus je kunt hem niet uitvoeren. Geef de taak alsjeblieft terug.
script-items-too-many = Deze taak heeft { $count } items, meer dan het maximum van { $limit }, dus je kunt hem niet uitvoeren. Geef de taak alsjeblieft terug.
script-items-missing = De items van deze taak ontbreken, dus je kunt hem niet uitvoeren. Geef de taak alsjeblieft terug.
script-image-not-https = Afbeelding niet getoond (geen https-adres)
script-image-failed = De afbeelding kon niet worden geladen
script-link = Link
script-link-not-https = { $label } (geen https-adres)
script-media-not-https = Media niet getoond (geen https-adres)
script-choose-answer = Kies een antwoord.
script-choose-at-least = { $min ->
    [one] Kies minstens { $min } optie.
   *[other] Kies minstens { $min } opties.
}
script-choose-at-least-now = { $min ->
    [one] Kies minstens { $min } optie (nu { $count }).
   *[other] Kies minstens { $min } opties (nu { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Kies hoogstens { $max } optie (nu { $count }).
   *[other] Kies hoogstens { $max } opties (nu { $count }).
}
script-number = Vul een getal in.
script-number-range = Vul een getal van { $min } tot en met { $max } in.
script-number-at-least = Vul een getal van minstens { $min } in.
script-number-at-most = Vul een getal van hoogstens { $max } in.
script-number-whole = Vul een geheel getal in.
script-number-step = Vul een getal in, in stappen van { $step }.
script-number-step-from = Vul een getal in, in stappen van { $step } vanaf { $from }.
script-text = Schrijf een antwoord.
script-text-at-least = { $min ->
    [one] Schrijf minstens { $min } teken (nu { $count }).
   *[other] Schrijf minstens { $min } tekens (nu { $count }).
}
script-text-at-most = { $max ->
    [one] Schrijf hoogstens { $max } teken (nu { $count }).
   *[other] Schrijf hoogstens { $max } tekens (nu { $count }).
}
script-text-pattern = Dit antwoord heeft niet de verwachte vorm.
script-key-elsewhere = Toets { $key }: ga met Tab naar de vraag om dit antwoord te wijzigen en druk dan opnieuw op de toets.
script-attention = { $count ->
    [one] Controleer één antwoord.
   *[other] Controleer { $count } antwoorden.
}
script-sending = Verzenden…
script-submitting = Antwoorden verzenden…
# $reason: wat de browser meldde, in het Engels, of script-network-error.
script-send-failed = Je antwoorden konden niet worden verzonden ({ $reason }). Probeer het opnieuw.
script-network-error = netwerkfout
script-sent = Bedankt! Je antwoorden zijn verzonden.
script-copied = Gekopieerd.
script-copy-by-hand = Geselecteerd: druk op Ctrl+C om te kopiëren.
script-demo-items = Demo-items: de pagina is geopend zonder de items van een taak.
script-preview-shown = Voorbeeld: je antwoorden staan hierboven; er is niets verzonden.
script-answers-shown = Je antwoorden staan hierboven; er is niets verzonden.
script-mturk-preview = Dit is een voorbeeld. Accepteer de HIT om te beginnen: antwoorden in het voorbeeld worden niet bewaard.
script-mturk-accept = Accepteer de HIT om te beginnen.
script-mturk-no-target = Deze pagina is gemaakt zonder het doel MTurk en kan daarom niet op MTurk worden verzonden. Geef de HIT alsjeblieft terug.
script-mturk-bad-address = Het verzendadres van deze HIT is ongeldig, dus hij kan niet worden verzonden. Geef de HIT alsjeblieft terug.
script-prolific-saved = Opgeslagen. Je gaat terug naar Prolific…

## De richtlijnen (guidelines.html, guidelines.md)

guide-title = Richtlijnen: { $title }
guide-kicker = Richtlijnen
guide-kicker-version = Richtlijnen · versie { $version }
guide-contents = Inhoud
guide-purpose = Waar deze taak voor dient
guide-summary = In het kort
guide-questions = De vragen en hun antwoorden
guide-examples = Uitgewerkte voorbeelden
guide-faq = Veelgestelde vragen
guide-changelog = Wijzigingen
guide-contact = Contact
guide-section-unreadable = De tekst van deze sectie kon niet worden gelezen.
guide-contact-line = Vragen over deze taak of deze richtlijnen? Mail naar { $contact }.

## Gegevens over de taak, bovenaan de richtlijnen

guide-fact-purpose = Toepassing
guide-fact-goal = Doel
guide-fact-metric = Gemeten met
guide-fact-pay = Vergoeding
guide-purpose-training = Training: met je antwoorden wordt een machine-learningmodel getraind.
guide-purpose-evaluation = Evaluatie: je antwoorden meten hoe goed een systeem werkt.
guide-purpose-model-qa = Kwaliteitscontrole van een model: je antwoorden bepalen of het model goed genoeg is om uit te brengen.
guide-purpose-reference = Referentieset: je antwoorden worden een referentiedataset.
# $reward en $hourly: al opgemaakte bedragen; $minutes: een geheel getal.
guide-pay-line = { $minutes ->
    [one] { $reward } per taak van ongeveer { $minutes } minuut, ongeveer { $hourly } per uur.
   *[other] { $reward } per taak van ongeveer { $minutes } minuten, ongeveer { $hourly } per uur.
}

## Hoe elke vraag wordt beantwoord

guide-required = Verplicht.
guide-optional = Optioneel.
guide-required-when-shown = Verplicht als de vraag wordt getoond.
# $conditions: een of meer guide-condition, verbonden met "en".
guide-shown-only-when = Alleen getoond als { $conditions }.
guide-condition = het antwoord op ‘{ $question }’ { $answers } is
guide-choose-one = Kies er één.
guide-choose-all = Kies alles wat van toepassing is.
guide-exclusive = { $count ->
    [one] { $options } sluit de andere opties uit: kies je deze, dan worden de andere uitgevinkt.
   *[other] { $options } sluiten de andere opties uit: kies je er één, dan worden de andere uitgevinkt.
}
guide-scale = Kies een waarde van { $min } tot en met { $max }.
guide-number = Een getal.
guide-number-range = Een getal van { $min } tot en met { $max }.
guide-number-at-least = Een getal van minstens { $min }.
guide-number-at-most = Een getal van hoogstens { $max }.
guide-whole = Een geheel getal.
guide-whole-range = Een geheel getal van { $min } tot en met { $max }.
guide-whole-at-least = Een geheel getal van minstens { $min }.
guide-whole-at-most = Een geheel getal van hoogstens { $max }.
guide-unit = Eenheid: { $unit }.
guide-step = In stappen van { $step }.
guide-text = Vrije tekst.
guide-text-range = { $max ->
    [one] Vrije tekst van { $min } tot en met { $max } teken.
   *[other] Vrije tekst van { $min } tot en met { $max } tekens.
}
guide-text-at-least = { $min ->
    [one] Vrije tekst van minstens { $min } teken.
   *[other] Vrije tekst van minstens { $min } tekens.
}
guide-text-up-to = { $max ->
    [one] Vrije tekst van hoogstens { $max } teken.
   *[other] Vrije tekst van hoogstens { $max } tekens.
}
# Gevolgd door het patroon, als code.
guide-text-pattern = Het antwoord moet overeenkomen met het patroon
guide-pairwise = Vergelijk A (links; op een telefoon bovenaan) met B en kies dan { $choices }.
guide-pairwise-no-tie = Gelijkspel bestaat niet: kies de kant die ook maar een beetje beter is.

## De antwoordtabel van een vraag

guide-col-point = Waarde
guide-col-option = Optie
guide-col-option-key = Optie en toets
guide-col-key = Toets
guide-col-meaning = Betekenis
guide-col-when = Wanneer kiezen
guide-col-examples = Voorbeelden
guide-col-shown-in = In voorbeeld
guide-clears-others = (vinkt de andere uit)
guide-shown-in = Te zien in
guide-example-ref = Voorbeeld { $number }

## Uitgewerkte voorbeelden

guide-examples-note = Elk voorbeeld toont een item zoals het op de taakpagina staat, daarna de antwoorden die we verwachten en waarom.
guide-example = Voorbeeld { $number }
guide-expected = Verwachte antwoorden
guide-why = Waarom:
guide-col-question = Vraag
guide-col-expected = Verwacht antwoord
guide-answer-key = (toets { $key })
guide-image-not-https = Afbeelding niet getoond (geen https-adres): { $address }
guide-link-not-https = { $label } (geen https-adres): { $address }
guide-media-not-https = Media niet getoond (geen https-adres): { $address }
guide-audio = Audio
guide-video = Video

## De tabel met wijzigingen

guide-col-version = Versie
guide-col-date = Datum
guide-col-change = Wijziging

## De voorbeeldtaak die `hitc init --language nl` schrijft. Producten: waterkoker,
## broodrooster, koptelefoon, bureaulamp, blender.

scaffold-title = Is deze review positief of negatief?
scaffold-description = Lees een korte productreview en geef aan wat de schrijver van het product vindt.
scaffold-goal = Meten hoe vaak het sentimentmodel het bij productreviews eens is met mensen.
scaffold-prior-work = Nog geen; dit is de eerste gelabelde set.
scaffold-field-product = Het besproken product
scaffold-field-review = De review zoals de klant die schreef
scaffold-prompt = Wat vindt de schrijver van het product?
scaffold-positive = Positief
scaffold-positive-hint = Vindt het goed of raadt het aan.
scaffold-mixed = Gemengd
scaffold-mixed-hint = Zowel lof als klachten.
scaffold-negative = Negatief
scaffold-negative-hint = Vindt het slecht of waarschuwt anderen.
scaffold-comment-prompt = Was er iets waardoor dit moeilijk te beoordelen was?
scaffold-summary = Bepaal wat de **schrijver** van het product vindt, niet wat jij ervan vindt.
scaffold-section-title = Zo beoordeel je
scaffold-kettle = Waterkoker
scaffold-example-1 = Kookt snel en ziet er geweldig uit. Zou hem zo weer kopen.
scaffold-example-1-why = Lof en een herhaalaankoop.
scaffold-example-2 = Kookt snel, maar het deksel brak na een week.
scaffold-example-2-why = Eén pluspunt, één serieuze klacht.
scaffold-example-3 = Lekt. Teruggestuurd.
scaffold-example-3-why = Een defect en een retour.
scaffold-faq-q = De review gaat niet over het product. Wat antwoord ik?
scaffold-faq-a = Beoordeel alleen wat de schrijver van het product vindt; staat daar niets over in, antwoord dan Gemengd en vermeld dat in de opmerking.
scaffold-changelog = Eerste versie.
scaffold-toaster = Broodrooster
scaffold-headphones = Koptelefoon
scaffold-desk-lamp = Bureaulamp
scaffold-blender = Blender
scaffold-sample-1 = Roostert gelijkmatig en de kruimellade is makkelijk te legen.
scaffold-sample-2 = Deed het na twee weken niet meer.
scaffold-sample-3 = Geweldig geluid, maar na een uur doen mijn oren pijn.
scaffold-sample-4 = Beste aankoop van dit jaar!
scaffold-sample-5 = Fel genoeg, maar voelt goedkoop aan.
scaffold-sample-6 = Kwam kapot aan en de klantenservice heeft nooit gereageerd.
scaffold-gold-1 = Maalt ijs in een paar seconden fijn. Heerlijk ding.
scaffold-gold-1-why = Duidelijke lof.
scaffold-gold-2 = Maakt veel lawaai en de kan is gebarsten.
scaffold-gold-2-why = Twee klachten en geen lof.
scaffold-gold-3 = Werkt goed, maar maakt erg veel lawaai.
scaffold-gold-3-why = Eén pluspunt en één klacht.
# Het sectiebestand van de richtlijnen (Markdown): de | en ** blijven staan.
scaffold-section-intro = Lees de hele review voordat je antwoordt.
scaffold-section-column-review = De review…
scaffold-section-column-answer = Antwoord
scaffold-section-row-positive = prijst het product, raadt het aan
scaffold-section-row-mixed = prijst sommige dingen en klaagt over andere
scaffold-section-row-negative = klaagt, waarschuwt anderen, noemt een retour
scaffold-section-sarcasm = Sarcasme telt zoals de schrijver het bedoelt: ‘{ $example }’ is { $answer }.
scaffold-sarcasm-example = Geweldig, op dag één al kapot
