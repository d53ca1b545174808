### hitc: die eigenen Texte von hitc auf der Aufgabenseite und im Leitfaden. Deutsch.
###
### Anrede: „Sie“ (wie in Arbeits- und Bezahlkontexten üblich), kurze Aufforderungen
### („Wählen Sie …“, „Bitte geben Sie … ein“).
### Begriffe: task = „Aufgabe“ (die Seite, die bearbeitet und bezahlt wird); item = „Element“
### (jedes Ding, das darauf beurteilt wird); HIT = „HIT“ (der HIT), nur in den Meldungen
### script-mturk-* (das Wort von MTurk); guidelines = „Leitfaden“; instructions = „Anleitung“;
### requester = „Auftraggeber“.
### Anführungszeichen: „ “. Tasten wie auf deutschen Tastaturen: Strg+Enter, Esc, Strg+C.
### „Zeichen“ ist im Singular und Plural gleich: Meldungen dazu brauchen keine Auswahl.
### Referenz: en.ftl (dessen Kommentare sagen, wo jeder Text erscheint).
### Maschinengestützte Übersetzung (tr-west); nicht von Muttersprachlern geprüft.

## Die Aufgabenseite (task.html, preview.html)

page-preview-title = Vorschau
# Folgt auf das fett gedruckte „Vorschau“.
page-preview-banner = mit Beispielelementen: Ihre Antworten werden auf dieser Seite angezeigt, nicht gesendet.
page-instructions = Anleitung
page-item = Element
page-optional = (optional)
page-choose = Bitte wählen…
page-feedback-label = Kommentare an den Auftraggeber
page-guidelines = Vollständiger Leitfaden
page-guidelines-version = Vollständiger Leitfaden (Version { $version })
page-guidelines-link = Zum vollständigen Leitfaden.
page-faq = Fragen und Antworten
page-your-answers = Ihre Antworten
page-answers-note = Es wurde nichts gesendet. Kopieren Sie diese Antworten oder laden Sie sie herunter, wenn Sie sie brauchen.
page-copy = Kopieren
page-download = Herunterladen
page-shortcuts = Tastenkürzel
page-submit = Absenden
page-contact = Fragen zu dieser Aufgabe? Schreiben Sie an { $contact }.

## Die Übersicht der Tastenkürzel

page-legend-title = Tastenkürzel
page-legend-rule = Eine Taste beantwortet die Frage, in der Sie gerade sind, sonst die Frage des Elements mit dieser Taste (die einzige oder die erste unbeantwortete). Um eine Antwort zu ändern, wechseln Sie zuerst mit Tab zu ihr.
page-legend-moving = Navigation
page-legend-next = nächstes Element
page-legend-previous = vorheriges Element
page-legend-toggle = diese Tastenkürzel ein- oder ausblenden
page-legend-submit = { $key } ({ $macKey } auf dem Mac) sendet die Aufgabe ab.
page-legend-key-ctrl-enter = Strg+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } verlässt ein Textfeld (darin sind die Tastenkürzel aus).
page-legend-advance = Nach der Antwort geht es automatisch zum nächsten Element.
page-legend-close = Schließen

## Auswahlen, die hitc zu Fragen hinzufügt

page-select-exactly = Wählen Sie { $count } aus.
page-select-range = Wählen Sie { $min } bis { $max } aus.
page-select-at-least = Wählen Sie mindestens { $min } aus.
page-select-up-to = Wählen Sie höchstens { $max } aus.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A ist besser
page-pairwise-b-better = B ist besser
page-pairwise-same = Etwa gleich gut

## Meldungen des Skripts der Seite

script-item-title = Element { $number } von { $total }
# Nach dem Titel eines beantworteten Elements, hinter einem Häkchen („✓ beantwortet“).
script-item-answered = beantwortet
script-progress = { $total ->
    [one] { $answered } von { $total } Element beantwortet
   *[other] { $answered } von { $total } Elementen beantwortet
}
script-items-unreadable = Die Elemente dieser Aufgabe konnten nicht gelesen werden, daher kann sie nicht bearbeitet werden. Bitte geben Sie sie zurück.
script-items-too-many = Diese Aufgabe hat { $count } Elemente, mehr als ihr Maximum von { $limit }, daher kann sie nicht bearbeitet werden. Bitte geben Sie sie zurück.
script-items-missing = Die Elemente dieser Aufgabe fehlen, daher kann sie nicht bearbeitet werden. Bitte geben Sie sie zurück.
script-image-not-https = Bild nicht angezeigt (keine https-Adresse)
script-image-failed = Das Bild konnte nicht geladen werden
script-link = Link
script-link-not-https = { $label } (keine https-Adresse)
script-media-not-https = Medien nicht angezeigt (keine https-Adresse)
script-choose-answer = Bitte wählen Sie eine Antwort.
script-choose-at-least = { $min ->
    [one] Wählen Sie mindestens { $min } Option.
   *[other] Wählen Sie mindestens { $min } Optionen.
}
script-choose-at-least-now = { $min ->
    [one] Wählen Sie mindestens { $min } Option (aktuell { $count }).
   *[other] Wählen Sie mindestens { $min } Optionen (aktuell { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Wählen Sie höchstens { $max } Option (aktuell { $count }).
   *[other] Wählen Sie höchstens { $max } Optionen (aktuell { $count }).
}
script-number = Bitte geben Sie eine Zahl ein.
script-number-range = Geben Sie eine Zahl von { $min } bis { $max } ein.
script-number-at-least = Geben Sie eine Zahl von mindestens { $min } ein.
script-number-at-most = Geben Sie eine Zahl von höchstens { $max } ein.
script-number-whole = Geben Sie eine ganze Zahl ein.
script-number-step = Geben Sie eine Zahl in Schritten von { $step } ein.
script-number-step-from = Geben Sie eine Zahl in Schritten von { $step } ab { $from } ein.
script-text = Bitte schreiben Sie eine Antwort.
script-text-at-least = Schreiben Sie mindestens { $min } Zeichen (aktuell { $count }).
script-text-at-most = Schreiben Sie höchstens { $max } Zeichen (aktuell { $count }).
script-text-pattern = Diese Antwort hat nicht das erwartete Format.
script-key-elsewhere = Taste { $key }: Um diese Antwort zu ändern, wechseln Sie mit Tab zur Frage und drücken Sie die Taste dann erneut.
script-attention = { $count ->
    [one] Bitte prüfen Sie eine Antwort.
   *[other] Bitte prüfen Sie { $count } Antworten.
}
script-sending = Wird gesendet…
script-submitting = Antworten werden gesendet…
# $reason: was der Browser gemeldet hat, auf Englisch, oder script-network-error.
script-send-failed = Ihre Antworten konnten nicht gesendet werden ({ $reason }). Bitte versuchen Sie es erneut.
script-network-error = Netzwerkfehler
script-sent = Vielen Dank! Ihre Antworten wurden gesendet.
script-copied = Kopiert.
script-copy-by-hand = Markiert: Drücken Sie Strg+C, um zu kopieren.
script-demo-items = Demo-Elemente: Die Seite wurde ohne die Elemente einer Aufgabe geöffnet.
script-preview-shown = Vorschau: Ihre Antworten stehen oben; es wurde nichts gesendet.
script-answers-shown = Ihre Antworten stehen oben; es wurde nichts gesendet.
script-mturk-preview = Dies ist eine Vorschau. Nehmen Sie den HIT an, um zu beginnen: Antworten in der Vorschau werden nicht gespeichert.
script-mturk-accept = Nehmen Sie den HIT an, um zu beginnen.
script-mturk-no-target = Diese Seite wurde ohne das Ziel MTurk erstellt und kann daher nicht auf MTurk abgesendet werden. Bitte geben Sie den HIT zurück.
script-mturk-bad-address = Die Sendeadresse dieses HITs ist ungültig, daher kann er nicht abgesendet werden. Bitte geben Sie den HIT zurück.
script-prolific-saved = Gespeichert. Sie werden zu Prolific zurückgeleitet…

## Der Leitfaden (guidelines.html, guidelines.md)

guide-title = Leitfaden: { $title }
guide-kicker = Leitfaden
guide-kicker-version = Leitfaden · Version { $version }
guide-contents = Inhalt
guide-purpose = Wozu diese Aufgabe dient
guide-summary = Kurz gesagt
guide-questions = Die Fragen und ihre Antworten
guide-examples = Beispiele mit Lösung
guide-faq = Häufige Fragen
guide-changelog = Änderungen
guide-contact = Kontakt
guide-section-unreadable = Der Text dieses Abschnitts konnte nicht gelesen werden.
guide-contact-line = Fragen zu dieser Aufgabe oder zum Leitfaden? Schreiben Sie an { $contact }.

## Angaben zur Aufgabe, oben im Leitfaden

guide-fact-purpose = Zweck
guide-fact-goal = Ziel
guide-fact-metric = Gemessen mit
guide-fact-pay = Vergütung
guide-purpose-training = Training: Mit Ihren Antworten wird ein Modell für maschinelles Lernen trainiert.
guide-purpose-evaluation = Evaluation: Ihre Antworten messen, wie gut ein System funktioniert.
guide-purpose-model-qa = Qualitätsprüfung eines Modells: Ihre Antworten entscheiden, ob ein Modell gut genug für die Veröffentlichung ist.
guide-purpose-reference = Referenzsammlung: Aus Ihren Antworten entsteht ein Referenzdatensatz.
# $reward und $hourly: fertig formatierte Beträge; $minutes: eine ganze Zahl.
guide-pay-line = { $minutes ->
    [one] { $reward } pro Aufgabe von etwa { $minutes } Minute, also etwa { $hourly } pro Stunde.
   *[other] { $reward } pro Aufgabe von etwa { $minutes } Minuten, also etwa { $hourly } pro Stunde.
}

## Wie jede Frage beantwortet wird

guide-required = Pflichtfrage.
guide-optional = Optional.
guide-required-when-shown = Pflichtfrage, wenn sie angezeigt wird.
# $conditions: eine oder mehrere guide-condition, mit „und“ verbunden.
guide-shown-only-when = Wird nur angezeigt, wenn { $conditions }.
guide-condition = die Antwort auf „{ $question }“ { $answers } lautet
guide-choose-one = Wählen Sie eine Antwort.
guide-choose-all = Wählen Sie alle zutreffenden aus.
guide-exclusive = { $count ->
    [one] { $options } schließt andere Optionen aus: Wenn Sie sie wählen, werden die anderen abgewählt.
   *[other] { $options } schließen andere Optionen aus: Wenn Sie eine davon wählen, werden die anderen abgewählt.
}
guide-scale = Wählen Sie einen Wert von { $min } bis { $max }.
guide-number = Eine Zahl.
guide-number-range = Eine Zahl von { $min } bis { $max }.
guide-number-at-least = Eine Zahl von mindestens { $min }.
guide-number-at-most = Eine Zahl von höchstens { $max }.
guide-whole = Eine ganze Zahl.
guide-whole-range = Eine ganze Zahl von { $min } bis { $max }.
guide-whole-at-least = Eine ganze Zahl von mindestens { $min }.
guide-whole-at-most = Eine ganze Zahl von höchstens { $max }.
guide-unit = Einheit: { $unit }.
guide-step = In Schritten von { $step }.
guide-text = Freitext.
guide-text-range = Freitext mit { $min } bis { $max } Zeichen.
guide-text-at-least = Freitext mit mindestens { $min } Zeichen.
guide-text-up-to = Freitext mit höchstens { $max } Zeichen.
# Danach folgt das Muster als Code (und ein Punkt).
guide-text-pattern = Der Text muss diesem Muster entsprechen:
guide-pairwise = Vergleichen Sie A (links; auf dem Smartphone oben) mit B und wählen Sie dann { $choices }.
guide-pairwise-no-tie = Ein Unentschieden gibt es nicht: Wählen Sie die Seite, die auch nur etwas besser ist.

## Die Antworttabelle einer Frage

guide-col-point = Wert
guide-col-option = Option
guide-col-option-key = Option und Taste
guide-col-key = Taste
guide-col-meaning = Bedeutung
guide-col-when = Wann wählen
guide-col-examples = Beispiele
guide-col-shown-in = Im Beispiel
guide-clears-others = (wählt die anderen ab)
guide-shown-in = Zu sehen in
guide-example-ref = Beispiel { $number }

## Beispiele mit Lösung

guide-examples-note = Jedes Beispiel zeigt ein Element so, wie es auf der Aufgabenseite erscheint, danach die erwarteten Antworten und die Begründung.
guide-example = Beispiel { $number }
guide-expected = Erwartete Antworten
guide-why = Begründung:
guide-col-question = Frage
guide-col-expected = Erwartete Antwort
guide-answer-key = (Taste { $key })
guide-image-not-https = Bild nicht angezeigt (keine https-Adresse): { $address }
guide-link-not-https = { $label } (keine https-Adresse): { $address }
guide-media-not-https = Medien nicht angezeigt (keine https-Adresse): { $address }
guide-audio = Audio
guide-video = Video

## Die Tabelle der Änderungen

guide-col-version = Version
guide-col-date = Datum
guide-col-change = Änderung

## Die Beispielaufgabe, die `hitc init --language de` schreibt. Produkte: Wasserkocher (m.),
## Toaster (m.), Kopfhörer (m.), Schreibtischlampe (f.), Standmixer (m.).

scaffold-title = Ist diese Rezension positiv oder negativ?
scaffold-description = Lesen Sie eine kurze Produktrezension und geben Sie an, wie sie das Produkt bewertet.
scaffold-goal = Messen, wie oft das Sentiment-Modell bei Produktrezensionen mit dem Urteil von Menschen übereinstimmt.
scaffold-prior-work = Noch keine; dies ist der erste annotierte Datensatz.
scaffold-field-product = Das bewertete Produkt
scaffold-field-review = Die Rezension im Wortlaut des Kunden
scaffold-prompt = Wie bewertet die Rezension das Produkt?
scaffold-positive = Positiv
scaffold-positive-hint = Lob oder Empfehlung.
scaffold-mixed = Gemischt
scaffold-mixed-hint = Sowohl Lob als auch Kritik.
scaffold-negative = Negativ
scaffold-negative-hint = Missfallen oder Warnung an andere.
scaffold-comment-prompt = War etwas schwer zu beurteilen?
scaffold-summary = Entscheiden Sie, wie **die Rezension** das Produkt bewertet, nicht wie Sie selbst es finden.
scaffold-section-title = So beurteilen Sie
scaffold-kettle = Wasserkocher
scaffold-example-1 = Kocht schnell und sieht toll aus. Würde ich wieder kaufen.
scaffold-example-1-why = Lob und die Absicht, ihn wieder zu kaufen.
scaffold-example-2 = Kocht schnell, aber der Deckel war nach einer Woche kaputt.
scaffold-example-2-why = Ein Pluspunkt, eine ernste Beschwerde.
scaffold-example-3 = Undicht. Zurückgeschickt.
scaffold-example-3-why = Ein Mangel und eine Rücksendung.
scaffold-faq-q = Die Rezension handelt nicht vom Produkt. Was antworte ich?
scaffold-faq-a = Beurteilen Sie nur, wie die Rezension das Produkt bewertet; steht dazu nichts darin, antworten Sie Gemischt und erwähnen Sie das im Kommentar.
scaffold-changelog = Erste Version.
scaffold-toaster = Toaster
scaffold-headphones = Kopfhörer
scaffold-desk-lamp = Schreibtischlampe
scaffold-blender = Standmixer
scaffold-sample-1 = Toastet gleichmäßig, die Krümelschublade lässt sich leicht leeren.
scaffold-sample-2 = Hat nach zwei Wochen den Geist aufgegeben.
scaffold-sample-3 = Toller Klang, aber nach einer Stunde tun die Ohren weh.
scaffold-sample-4 = Bester Kauf des Jahres!
scaffold-sample-5 = Hell genug, wirkt aber billig.
scaffold-sample-6 = Kam kaputt an, und der Kundenservice hat nie geantwortet.
scaffold-gold-1 = Zerkleinert Eis in Sekunden. Einfach klasse.
scaffold-gold-1-why = Klares Lob.
scaffold-gold-2 = Laut, und der Behälter hat einen Sprung.
scaffold-gold-2-why = Zwei Beschwerden, kein Lob.
scaffold-gold-3 = Funktioniert gut, ist aber sehr laut.
scaffold-gold-3-why = Ein Pluspunkt und eine Beschwerde.
# Die Abschnittsdatei des Leitfadens (Markdown): | und ** bleiben.
scaffold-section-intro = Lesen Sie die ganze Rezension, bevor Sie antworten.
scaffold-section-column-review = Die Rezension…
scaffold-section-column-answer = Antwort
scaffold-section-row-positive = lobt das Produkt, empfiehlt es
scaffold-section-row-mixed = lobt manches und kritisiert anderes
scaffold-section-row-negative = beschwert sich, warnt andere, erwähnt eine Rücksendung
scaffold-section-sarcasm = Sarkasmus zählt so, wie er gemeint ist: „{ $example }“ ist { $answer }.
scaffold-sarcasm-example = Super, schon am ersten Tag kaputt
