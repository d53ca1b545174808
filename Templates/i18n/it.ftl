### hitc: le parole di hitc nella pagina dell'attività e nelle linee guida. Italiano.
###
### Registro: tu (imperativo: "Scegli", "Inserisci"), come nella maggior parte delle app
### e dei siti in italiano.
### Termini: task = "attività" (la pagina che si svolge e viene pagata); item = "elemento"
### (ogni cosa da valutare nella pagina); HIT = "HIT" (l'HIT), solo nei messaggi
### script-mturk-* (la parola di MTurk); guidelines = "linee guida"; requester = "committente".
### Virgolette: « ». Tasti come sulle tastiere italiane: Ctrl+Invio, Esc.
### Riferimento: en.ftl (i suoi commenti dicono dove compare ogni testo).
### Traduzione assistita da macchina (tr-west); nessuna revisione di un madrelingua.

## La pagina dell'attività (task.html, preview.html)

page-preview-title = Anteprima
# Segue "Anteprima" in grassetto.
page-preview-banner = con elementi di esempio: le tue risposte appaiono in questa pagina e non vengono inviate.
page-instructions = Istruzioni
page-item = Elemento
page-optional = (facoltativo)
page-choose = Scegli…
page-feedback-label = Commenti per il committente
page-guidelines = Linee guida complete
page-guidelines-version = Linee guida complete (versione { $version })
page-guidelines-link = Consulta le linee guida complete.
page-faq = Domande e risposte
page-your-answers = Le tue risposte
page-answers-note = Non è stato inviato nulla. Copia o scarica queste risposte se ti servono.
page-copy = Copia
page-download = Scarica
page-shortcuts = Scorciatoie
page-submit = Invia
page-contact = Domande su questa attività? Scrivi a { $contact }.

## Il pannello delle scorciatoie da tastiera

page-legend-title = Scorciatoie da tastiera
page-legend-rule = Un tasto risponde alla domanda in cui ti trovi; altrimenti, alla domanda dell'elemento che usa quel tasto (l'unica o la prima senza risposta). Per cambiare una risposta, raggiungila prima con Tab.
page-legend-moving = Spostarsi
page-legend-next = elemento successivo
page-legend-previous = elemento precedente
page-legend-toggle = mostra o nascondi queste scorciatoie
page-legend-submit = { $key } ({ $macKey } su Mac) invia l'attività.
page-legend-key-ctrl-enter = Ctrl+Invio
page-legend-key-escape = Esc
page-legend-escape = { $key } esce dalla casella di testo (lì dentro le scorciatoie non funzionano).
page-legend-advance = Quando rispondi a un elemento, si passa al successivo.
page-legend-close = Chiudi

## Scelte che hitc aggiunge alle domande

page-select-exactly = Scegline { $count }.
page-select-range = Scegline da { $min } a { $max }.
page-select-at-least = Scegline almeno { $min }.
page-select-up-to = Scegline al massimo { $max }.
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A è migliore
page-pairwise-b-better = B è migliore
page-pairwise-same = Più o meno uguali

## Messaggi dello script della pagina

script-item-title = Elemento { $number } di { $total }
# Dopo il titolo di un elemento con le risposte obbligatorie date, dopo un segno di spunta ("✓ completato").
script-item-answered = completato
# Il nome concorda con il numero di elementi completati: il selettore è su $answered.
script-progress = { $answered ->
    [one] { $answered } elemento su { $total } completato
   *[other] { $answered } elementi su { $total } completati
}
script-items-unreadable = Impossibile leggere gli elementi di questa attività, quindi non si può svolgere. Per favore, restituiscila.
script-items-too-many = Questa attività ha { $count } elementi, più del suo massimo di { $limit }, quindi non si può svolgere. Per favore, restituiscila.
script-items-missing = Mancano gli elementi di questa attività, quindi non si può svolgere. Per favore, restituiscila.
script-image-not-https = Immagine non mostrata (indirizzo non https)
script-image-failed = Impossibile caricare l'immagine
script-link = Link
script-link-not-https = { $label } (indirizzo non https)
script-media-not-https = Contenuto multimediale non mostrato (indirizzo non https)
script-choose-answer = Scegli una risposta.
script-choose-at-least = { $min ->
    [one] Scegli almeno { $min } opzione.
   *[other] Scegli almeno { $min } opzioni.
}
script-choose-at-least-now = { $min ->
    [one] Scegli almeno { $min } opzione (ora: { $count }).
   *[other] Scegli almeno { $min } opzioni (ora: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Scegli al massimo { $max } opzione (ora: { $count }).
   *[other] Scegli al massimo { $max } opzioni (ora: { $count }).
}
script-number = Inserisci un numero.
script-number-range = Inserisci un numero da { $min } a { $max }.
script-number-at-least = Inserisci un numero maggiore o uguale a { $min }.
script-number-at-most = Inserisci un numero minore o uguale a { $max }.
script-number-whole = Inserisci un numero intero.
script-number-step = Inserisci un numero con incrementi di { $step }.
script-number-step-from = Inserisci un numero con incrementi di { $step } a partire da { $from }.
script-text = Scrivi una risposta.
script-text-at-least = { $min ->
    [one] Scrivi almeno { $min } carattere (ora: { $count }).
   *[other] Scrivi almeno { $min } caratteri (ora: { $count }).
}
script-text-at-most = { $max ->
    [one] Scrivi al massimo { $max } carattere (ora: { $count }).
   *[other] Scrivi al massimo { $max } caratteri (ora: { $count }).
}
script-text-pattern = Questa risposta non ha il formato previsto.
script-key-elsewhere = Tasto { $key }: per cambiare questa risposta, raggiungi la domanda con Tab e poi premi di nuovo il tasto.
script-attention = { $count ->
    [one] Controlla una risposta.
   *[other] Controlla { $count } risposte.
}
script-sending = Invio in corso…
script-submitting = Invio delle risposte…
# $reason: cosa ha detto il browser, in inglese, oppure script-network-error.
script-send-failed = Non è stato possibile inviare le tue risposte ({ $reason }). Riprova.
script-network-error = errore di rete
script-sent = Grazie! Le tue risposte sono state inviate.
script-copied = Copiato.
script-copy-by-hand = Testo selezionato: premi Ctrl+C per copiarlo.
script-demo-items = Elementi dimostrativi: la pagina è stata aperta senza gli elementi di un'attività.
script-preview-shown = Anteprima: le tue risposte sono qui sopra; non è stato inviato nulla.
script-answers-shown = Le tue risposte sono qui sopra; non è stato inviato nulla.
script-mturk-preview = Questa è un'anteprima. Accetta l'HIT per iniziare: le risposte date nell'anteprima non vengono conservate.
script-mturk-accept = Accetta l'HIT per iniziare.
script-mturk-no-target = Questa pagina è stata creata senza la destinazione MTurk, quindi non si può inviare su MTurk. Per favore, restituisci l'HIT.
script-mturk-bad-address = L'indirizzo di invio di questo HIT non è valido, quindi non si può inviare. Per favore, restituisci l'HIT.
script-prolific-saved = Salvato. Ti stiamo riportando su Prolific…

## Le linee guida (guidelines.html, guidelines.md)

guide-title = Linee guida: { $title }
guide-kicker = Linee guida
guide-kicker-version = Linee guida · versione { $version }
guide-contents = Indice
guide-purpose = A cosa serve questa attività
guide-summary = In breve
guide-questions = Le domande e le loro risposte
guide-examples = Esempi svolti
guide-faq = Domande frequenti
guide-changelog = Modifiche
guide-contact = Contatti
guide-section-unreadable = Impossibile leggere il testo di questa sezione.
guide-contact-line = Domande su questa attività o su queste linee guida? Scrivi a { $contact }.

## Dati sull'attività, all'inizio delle linee guida

guide-fact-purpose = Finalità
guide-fact-goal = Obiettivo
guide-fact-metric = Metrica
guide-fact-pay = Compenso
guide-purpose-training = Addestramento: le tue risposte servono ad addestrare un modello di apprendimento automatico.
guide-purpose-evaluation = Valutazione: le tue risposte misurano quanto bene funziona un sistema.
guide-purpose-model-qa = Controllo qualità di un modello: le tue risposte decidono se il modello è abbastanza buono da essere rilasciato.
guide-purpose-reference = Dati di riferimento: le tue risposte diventano un set di dati di riferimento.
# $reward e $hourly: importi già formattati; $minutes: un numero intero.
guide-pay-line = { $minutes ->
    [one] { $reward } per attività di circa { $minutes } minuto, circa { $hourly } all'ora.
   *[other] { $reward } per attività di circa { $minutes } minuti, circa { $hourly } all'ora.
}

## Come si risponde a ogni domanda

guide-required = Obbligatoria.
guide-optional = Facoltativa.
guide-required-when-shown = Obbligatoria quando è mostrata.
# $conditions: una o più guide-condition unite da "e".
guide-shown-only-when = Mostrata solo se { $conditions }.
guide-condition = la risposta a «{ $question }» è { $answers }
guide-choose-one = Scegline una.
guide-choose-all = Scegli tutte quelle pertinenti.
guide-exclusive = { $count ->
    [one] { $options } non si combina con altre: sceglierla deseleziona le altre opzioni.
   *[other] { $options } non si combinano con altre: sceglierne una deseleziona le altre opzioni.
}
guide-scale = Scegli un valore da { $min } a { $max }.
guide-number = Un numero.
guide-number-range = Un numero da { $min } a { $max }.
guide-number-at-least = Un numero maggiore o uguale a { $min }.
guide-number-at-most = Un numero minore o uguale a { $max }.
guide-whole = Un numero intero.
guide-whole-range = Un numero intero da { $min } a { $max }.
guide-whole-at-least = Un numero intero maggiore o uguale a { $min }.
guide-whole-at-most = Un numero intero minore o uguale a { $max }.
guide-unit = Unità: { $unit }.
guide-step = Con incrementi di { $step }.
guide-text = Testo libero.
guide-text-range = { $max ->
    [one] Testo libero da { $min } a { $max } carattere.
   *[other] Testo libero da { $min } a { $max } caratteri.
}
guide-text-at-least = { $min ->
    [one] Testo libero di almeno { $min } carattere.
   *[other] Testo libero di almeno { $min } caratteri.
}
guide-text-up-to = { $max ->
    [one] Testo libero fino a { $max } carattere.
   *[other] Testo libero fino a { $max } caratteri.
}
# Seguito dal modello, mostrato come codice.
guide-text-pattern = Deve corrispondere al modello
guide-pairwise = Confronta A (a sinistra; sul telefono, in alto) con B, poi scegli { $choices }.
guide-pairwise-no-tie = Il pareggio non è previsto: scegli quello migliore, anche di poco.

## La tabella delle risposte di una domanda

guide-col-point = Valore
guide-col-option = Opzione
guide-col-option-key = Opzione e tasto
guide-col-key = Tasto
guide-col-meaning = Significato
guide-col-when = Quando sceglierla
guide-col-examples = Esempi
guide-col-shown-in = Compare nell'esempio
guide-clears-others = (deseleziona le altre)
guide-shown-in = Compare in
guide-example-ref = Esempio { $number }

## Esempi svolti

guide-examples-note = Ogni esempio mostra un elemento come appare nella pagina dell'attività, poi le risposte previste e il perché.
guide-example = Esempio { $number }
guide-expected = Risposte previste
guide-why = Perché:
guide-col-question = Domanda
guide-col-expected = Risposta prevista
guide-answer-key = (tasto { $key })
guide-image-not-https = Immagine non mostrata (indirizzo non https): { $address }
guide-link-not-https = { $label } (indirizzo non https): { $address }
guide-media-not-https = Contenuto multimediale non mostrato (indirizzo non https): { $address }
guide-audio = Audio
guide-video = Video

## La tabella delle modifiche

guide-col-version = Versione
guide-col-date = Data
guide-col-change = Modifica

## L'attività di esempio che scrive `hitc init --language it`. Prodotti: bollitore (m.),
## tostapane (m.), cuffie (f. pl.), lampada da scrivania (f.), frullatore (m.).

scaffold-title = Questa recensione è positiva o negativa?
scaffold-description = Leggi una breve recensione di un prodotto e indica cosa ne pensa chi l'ha scritta.
scaffold-goal = Misurare quanto spesso il modello di analisi del sentiment concorda con le persone sulle recensioni di prodotti.
scaffold-prior-work = Ancora nessuno; questo è il primo set di dati etichettato.
scaffold-field-product = Il prodotto recensito
scaffold-field-review = La recensione così come l'ha scritta il cliente
scaffold-prompt = Com'è l'opinione di chi scrive sul prodotto?
scaffold-positive = Positiva
scaffold-positive-hint = Apprezza il prodotto o lo consiglia.
scaffold-mixed = Mista
scaffold-mixed-hint = Sia elogi sia critiche.
scaffold-negative = Negativa
scaffold-negative-hint = Non apprezza il prodotto o mette in guardia gli altri.
scaffold-comment-prompt = Qualcosa ha reso difficile decidere?
scaffold-summary = Decidi cosa pensa del prodotto **chi scrive**, non cosa ne pensi tu.
scaffold-section-title = Come decidere
scaffold-kettle = Bollitore
scaffold-example-1 = Scalda l'acqua in un attimo ed è bellissimo. Lo ricomprerei.
scaffold-example-1-why = Elogi e la voglia di ricomprarlo.
scaffold-example-2 = Veloce, ma il coperchio si è rotto dopo una settimana.
scaffold-example-2-why = Un punto a favore, una critica seria.
scaffold-example-3 = Perde acqua. L'ho reso.
scaffold-example-3-why = Un difetto e un reso.
scaffold-faq-q = La recensione non parla del prodotto. Cosa rispondo?
scaffold-faq-a = Valuta solo cosa pensa del prodotto chi scrive; se non ne dice nulla, rispondi Mista e spiegalo nel commento.
scaffold-changelog = Prima versione.
scaffold-toaster = Tostapane
scaffold-headphones = Cuffie
scaffold-desk-lamp = Lampada da scrivania
scaffold-blender = Frullatore
scaffold-sample-1 = Tosta in modo uniforme e il cassetto delle briciole si svuota facilmente.
scaffold-sample-2 = Ha smesso di funzionare dopo due settimane.
scaffold-sample-3 = Ottimo suono, ma dopo un'ora fanno male alle orecchie.
scaffold-sample-4 = Miglior acquisto dell'anno!
scaffold-sample-5 = Abbastanza luminosa, ma sembra di scarsa qualità.
scaffold-sample-6 = Arrivata rotta e l'assistenza non ha mai risposto.
scaffold-gold-1 = Trita il ghiaccio in pochi secondi. Lo adoro.
scaffold-gold-1-why = Un elogio chiaro.
scaffold-gold-2 = Rumoroso, e la caraffa si è crepata.
scaffold-gold-2-why = Due critiche e nessun elogio.
scaffold-gold-3 = Funziona bene, ma è molto rumoroso.
scaffold-gold-3-why = Un punto a favore e una critica.
# Il file di sezione delle linee guida (Markdown): mantenere le | e i **.
scaffold-section-intro = Leggi tutta la recensione prima di rispondere.
scaffold-section-column-review = La recensione…
scaffold-section-column-answer = Risposta
scaffold-section-row-positive = elogia il prodotto, lo consiglia
scaffold-section-row-mixed = apprezza alcune cose e ne critica altre
scaffold-section-row-negative = si lamenta, mette in guardia gli altri, parla di un reso
scaffold-section-sarcasm = Il sarcasmo vale per ciò che chi scrive intende davvero: «{ $example }» è { $answer }.
scaffold-sarcasm-example = Fantastico, si è rotto il primo giorno
