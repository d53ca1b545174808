### hitc's own words on the worker's page and in the guidelines: Polish (pl).
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: the informal singular "ty" of Polish interfaces ("Wybierz", "Napisz", "twoje"),
### "Prosimy…" for requests from the requester; no gendered past-tense forms addressed to
### the worker; short sentences for phone screens.
### Key terms: task (the page a worker does and is paid for) = "zadanie";
### item (one thing judged on it) = "element"; HIT = "HIT" (HIT-a), only in script-mturk-*
### (MTurk's own word; its "Accept" button is named as it appears, in English).
### Plurals: CLDR one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (fractions).
### Numerals govern case: "1 opcję", "2 opcje", "5 opcji"; "z 1 elementu", "z 21 elementów".
### Quotation marks: „…”. Keys as printed on Polish keyboards: Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = Podgląd
page-preview-banner = z przykładowymi elementami: odpowiedzi widać tylko na tej stronie i nie zostaną wysłane.
page-instructions = Instrukcja
page-item = Element
page-optional = (opcjonalnie)
page-choose = Wybierz…
page-feedback-label = Uwagi dla zleceniodawcy
page-guidelines = Pełna instrukcja
page-guidelines-version = Pełna instrukcja (wersja { $version })
page-guidelines-link = Zobacz pełną instrukcję.
page-faq = Pytania i odpowiedzi
page-your-answers = Twoje odpowiedzi
page-answers-note = Nic nie zostało wysłane. Jeśli potrzebujesz tych odpowiedzi, skopiuj je lub pobierz.
page-copy = Kopiuj
page-download = Pobierz
page-shortcuts = Skróty klawiszowe
page-submit = Wyślij
page-contact = Masz pytania dotyczące zadania? Napisz na adres { $contact }.

## The keyboard shortcuts panel

page-legend-title = Skróty klawiszowe
page-legend-rule = Klawisz odpowiada na pytanie, w którym jesteś, a jeśli nie jesteś w żadnym — na jedyne lub pierwsze pytanie bez odpowiedzi w elemencie, które ma ten klawisz. Aby zmienić odpowiedź, najpierw przejdź do niej klawiszem Tab.
page-legend-moving = Poruszanie się
page-legend-next = następny element
page-legend-previous = poprzedni element
page-legend-toggle = pokaż lub ukryj te skróty
page-legend-submit = { $key } (na Macu { $macKey }) wysyła odpowiedzi.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } opuszcza pole tekstowe (w nim skróty nie działają).
page-legend-advance = Po odpowiedzi na element strona przechodzi do następnego.
page-legend-close = Zamknij

## Choices hitc adds to questions

page-select-exactly = { $count ->
    [one] Wybierz { $count } opcję.
    [few] Wybierz { $count } opcje.
   *[other] Wybierz { $count } opcji.
}
page-select-range = Wybierz od { $min } do { $max } opcji.
page-select-at-least = { $min ->
    [one] Wybierz co najmniej { $min } opcję.
    [few] Wybierz co najmniej { $min } opcje.
   *[other] Wybierz co najmniej { $min } opcji.
}
page-select-up-to = { $max ->
    [one] Wybierz najwyżej { $max } opcję.
    [few] Wybierz najwyżej { $max } opcje.
   *[other] Wybierz najwyżej { $max } opcji.
}
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A jest lepsze
page-pairwise-b-better = B jest lepsze
page-pairwise-same = Mniej więcej tak samo

## Messages the page's script shows

script-item-title = Element { $number } z { $total }
script-item-answered = odpowiedziano
script-progress = { $total ->
    [one] Ukończono { $answered } z { $total } elementu
    [few] Ukończono { $answered } z { $total } elementów
    [many] Ukończono { $answered } z { $total } elementów
   *[other] Ukończono { $answered } z { $total } elementu
}
script-items-unreadable = Nie udało się odczytać elementów tego zadania, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
script-items-too-many = { $count ->
    [one] To zadanie ma { $count } element, a dopuszczalne maksimum to { $limit }, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
    [few] To zadanie ma { $count } elementy, a dopuszczalne maksimum to { $limit }, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
    [many] To zadanie ma { $count } elementów, a dopuszczalne maksimum to { $limit }, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
   *[other] To zadanie ma { $count } elementu, a dopuszczalne maksimum to { $limit }, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
}
script-items-missing = Brakuje elementów tego zadania, więc nie da się go wykonać. Prosimy o zwrócenie zadania.
script-image-not-https = Nie wyświetlono obrazu (adres inny niż https)
script-image-failed = Nie udało się wczytać obrazu
script-link = Link
script-link-not-https = { $label } (adres inny niż https)
script-media-not-https = Nie wyświetlono multimediów (adres inny niż https)
script-choose-answer = Wybierz odpowiedź.
script-choose-at-least = { $min ->
    [one] Wybierz co najmniej { $min } opcję.
    [few] Wybierz co najmniej { $min } opcje.
   *[other] Wybierz co najmniej { $min } opcji.
}
script-choose-at-least-now = { $min ->
    [one] Wybierz co najmniej { $min } opcję (wybrano: { $count }).
    [few] Wybierz co najmniej { $min } opcje (wybrano: { $count }).
   *[other] Wybierz co najmniej { $min } opcji (wybrano: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Wybierz najwyżej { $max } opcję (wybrano: { $count }).
    [few] Wybierz najwyżej { $max } opcje (wybrano: { $count }).
   *[other] Wybierz najwyżej { $max } opcji (wybrano: { $count }).
}
script-number = Wpisz liczbę.
script-number-range = Wpisz liczbę od { $min } do { $max }.
script-number-at-least = Wpisz liczbę nie mniejszą niż { $min }.
script-number-at-most = Wpisz liczbę nie większą niż { $max }.
script-number-whole = Wpisz liczbę całkowitą.
script-number-step = Wpisz liczbę z krokiem { $step }.
script-number-step-from = Wpisz liczbę z krokiem { $step }, zaczynając od { $from }.
script-text = Napisz odpowiedź.
script-text-at-least = { $min ->
    [one] Napisz co najmniej { $min } znak (teraz: { $count }).
    [few] Napisz co najmniej { $min } znaki (teraz: { $count }).
    [many] Napisz co najmniej { $min } znaków (teraz: { $count }).
   *[other] Napisz co najmniej { $min } znaku (teraz: { $count }).
}
script-text-at-most = { $max ->
    [one] Napisz najwyżej { $max } znak (teraz: { $count }).
    [few] Napisz najwyżej { $max } znaki (teraz: { $count }).
    [many] Napisz najwyżej { $max } znaków (teraz: { $count }).
   *[other] Napisz najwyżej { $max } znaku (teraz: { $count }).
}
script-text-pattern = Ta odpowiedź nie ma oczekiwanego formatu.
script-key-elsewhere = Klawisz { $key }: aby zmienić odpowiedź, przejdź do pytania klawiszem Tab i naciśnij go ponownie.
script-attention = { $count ->
    [one] { $count } odpowiedź wymaga uwagi.
    [few] { $count } odpowiedzi wymagają uwagi.
   *[other] { $count } odpowiedzi wymaga uwagi.
}
script-sending = Wysyłanie…
script-submitting = Wysyłanie odpowiedzi…
script-send-failed = Nie udało się wysłać odpowiedzi ({ $reason }). Spróbuj ponownie.
script-network-error = błąd sieci
script-sent = Dziękujemy! Twoje odpowiedzi zostały wysłane.
script-copied = Skopiowano.
script-copy-by-hand = Tekst jest zaznaczony: naciśnij Ctrl+C, aby go skopiować.
script-demo-items = Elementy demonstracyjne: strona otwarta bez elementów zadania.
script-preview-shown = Podgląd: twoje odpowiedzi widać powyżej, nic nie zostało wysłane.
script-answers-shown = Twoje odpowiedzi widać powyżej, nic nie zostało wysłane.
script-mturk-preview = To jest podgląd. Aby zacząć, zaakceptuj HIT (przycisk Accept): odpowiedzi udzielone w podglądzie nie są zapisywane.
script-mturk-accept = Aby zacząć, zaakceptuj HIT (przycisk Accept).
script-mturk-no-target = Ta strona została zbudowana bez obsługi MTurk, więc nie można jej wysłać w MTurk. Prosimy o zwrócenie HIT-a.
script-mturk-bad-address = Adres wysyłki tego HIT-a jest nieprawidłowy, więc nie można go wysłać. Prosimy o zwrócenie HIT-a.
script-prolific-saved = Zapisano. Przekierowujemy do Prolific…

## The guidelines (guidelines.html, guidelines.md)

guide-title = Instrukcja: { $title }
guide-kicker = Instrukcja
guide-kicker-version = Instrukcja · wersja { $version }
guide-contents = Spis treści
guide-purpose = Po co jest to zadanie
guide-summary = W skrócie
guide-questions = Pytania i możliwe odpowiedzi
guide-examples = Omówione przykłady
guide-faq = Najczęstsze pytania
guide-changelog = Co się zmieniło
guide-contact = Kontakt
guide-section-unreadable = Nie udało się odczytać tekstu tej sekcji.
guide-contact-line = Masz pytania dotyczące zadania lub instrukcji? Napisz na adres { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Przeznaczenie
guide-fact-goal = Cel
guide-fact-metric = Miara
guide-fact-pay = Wynagrodzenie
guide-purpose-training = Trening: twoje odpowiedzi uczą model uczenia maszynowego.
guide-purpose-evaluation = Ocena: twoje odpowiedzi pokazują, jak dobrze działa system.
guide-purpose-model-qa = Kontrola jakości modelu: twoje odpowiedzi decydują, czy model jest wystarczająco dobry, by go udostępnić.
guide-purpose-reference = Zbiór referencyjny: twoje odpowiedzi staną się referencyjnym zbiorem danych.
guide-pay-line = { $minutes ->
    [one] { $reward } za zadanie trwające około { $minutes } minuty, czyli około { $hourly } za godzinę.
    [few] { $reward } za zadanie trwające około { $minutes } minut, czyli około { $hourly } za godzinę.
    [many] { $reward } za zadanie trwające około { $minutes } minut, czyli około { $hourly } za godzinę.
   *[other] { $reward } za zadanie trwające około { $minutes } minuty, czyli około { $hourly } za godzinę.
}

## How each question is answered

guide-required = Odpowiedź wymagana.
guide-optional = Odpowiedź opcjonalna.
guide-required-when-shown = Odpowiedź wymagana, gdy pytanie jest widoczne.
guide-shown-only-when = Widoczne tylko wtedy, gdy { $conditions }.
guide-condition = odpowiedź na pytanie „{ $question }” to { $answers }
guide-choose-one = Wybierz jedną odpowiedź.
guide-choose-all = Wybierz wszystkie pasujące odpowiedzi.
guide-exclusive = { $count ->
    [one] Opcję { $options } wybiera się tylko osobno: jej zaznaczenie odznacza pozostałe opcje.
   *[other] Opcje { $options } wybiera się tylko osobno: zaznaczenie jednej z nich odznacza pozostałe opcje.
}
guide-scale = Wybierz ocenę od { $min } do { $max }.
guide-number = Liczba.
guide-number-range = Liczba od { $min } do { $max }.
guide-number-at-least = Liczba nie mniejsza niż { $min }.
guide-number-at-most = Liczba nie większa niż { $max }.
guide-whole = Liczba całkowita.
guide-whole-range = Liczba całkowita od { $min } do { $max }.
guide-whole-at-least = Liczba całkowita nie mniejsza niż { $min }.
guide-whole-at-most = Liczba całkowita nie większa niż { $max }.
guide-unit = Jednostka: { $unit }.
guide-step = Z krokiem { $step }.
guide-text = Dowolny tekst.
guide-text-range = { $max ->
    [one] Dowolny tekst od { $min } do { $max } znaku.
   *[other] Dowolny tekst od { $min } do { $max } znaków.
}
guide-text-at-least = { $min ->
    [one] Dowolny tekst, co najmniej { $min } znak.
    [few] Dowolny tekst, co najmniej { $min } znaki.
    [many] Dowolny tekst, co najmniej { $min } znaków.
   *[other] Dowolny tekst, co najmniej { $min } znaku.
}
guide-text-up-to = { $max ->
    [one] Dowolny tekst, najwyżej { $max } znak.
    [few] Dowolny tekst, najwyżej { $max } znaki.
    [many] Dowolny tekst, najwyżej { $max } znaków.
   *[other] Dowolny tekst, najwyżej { $max } znaku.
}
guide-text-pattern = Odpowiedź musi pasować do wzorca
guide-pairwise = Porównaj A (po lewej; na telefonie u góry) z B, a potem wybierz { $choices }.
guide-pairwise-no-tie = Remisów nie ma: wybierz to, które jest choćby trochę lepsze.

## The table of answers of a question

guide-col-point = Ocena
guide-col-option = Opcja
guide-col-option-key = Opcja i klawisz
guide-col-key = Klawisz
guide-col-meaning = Znaczenie
guide-col-when = Kiedy wybrać
guide-col-examples = Przykłady
guide-col-shown-in = W przykładzie
guide-clears-others = (odznacza pozostałe)
guide-shown-in = W przykładach
guide-example-ref = Przykład { $number }

## Worked examples

guide-examples-note = Każdy przykład pokazuje element tak, jak wygląda na stronie zadania, a pod nim oczekiwane odpowiedzi i ich uzasadnienie.
guide-example = Przykład { $number }
guide-expected = Oczekiwane odpowiedzi
guide-why = Dlaczego:
guide-col-question = Pytanie
guide-col-expected = Oczekiwana odpowiedź
guide-answer-key = (klawisz { $key })
guide-image-not-https = Nie wyświetlono obrazu (adres inny niż https): { $address }
guide-link-not-https = { $label } (adres inny niż https): { $address }
guide-media-not-https = Nie wyświetlono multimediów (adres inny niż https): { $address }
guide-audio = Dźwięk
guide-video = Wideo

## The changelog table

guide-col-version = Wersja
guide-col-date = Data
guide-col-change = Zmiana

## The example task `hitc init --language pl` writes.

scaffold-title = Czy ta opinia jest pozytywna, czy negatywna?
scaffold-description = Przeczytaj krótką opinię o produkcie i oceń, jaki stosunek ma do niego jej autor.
scaffold-goal = Zmierzyć, jak często model analizy sentymentu zgadza się z ludźmi w ocenie opinii o produktach.
scaffold-prior-work = Jeszcze brak; to pierwszy oznaczony zbiór.
scaffold-field-product = Oceniany produkt
scaffold-field-review = Opinia w takiej formie, w jakiej napisał ją klient
scaffold-prompt = Jaki stosunek do produktu ma autor opinii?
scaffold-positive = Pozytywny
scaffold-positive-hint = Chwali produkt lub go poleca.
scaffold-mixed = Mieszany
scaffold-mixed-hint = Są w niej zarówno pochwały, jak i skargi.
scaffold-negative = Negatywny
scaffold-negative-hint = Krytykuje produkt lub ostrzega przed nim innych.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = Czy coś utrudniało ocenę?
scaffold-summary = Oceń, jaki stosunek do produktu ma **autor** opinii, a nie to, co ty o nim myślisz.
scaffold-section-title = Jak oceniać
scaffold-kettle = Czajnik elektryczny
scaffold-example-1 = Szybko gotuje wodę i świetnie wygląda. Kupię jeszcze raz.
scaffold-example-1-why = Pochwała i chęć ponownego zakupu.
scaffold-example-2 = Szybko gotuje wodę, ale po tygodniu pękła pokrywka.
scaffold-example-2-why = Jedna zaleta i jedna poważna skarga.
scaffold-example-3 = Przecieka. Oddałem do sklepu.
scaffold-example-3-why = Wada i zwrot.
scaffold-faq-q = Opinia nie dotyczy produktu. Co mam odpowiedzieć?
scaffold-faq-a = Oceniaj tylko stosunek autora do produktu; jeśli go nie widać, odpowiedz „Mieszany” i napisz o tym w komentarzu.
scaffold-changelog = Pierwsza wersja.
scaffold-toaster = Toster
scaffold-headphones = Słuchawki
scaffold-desk-lamp = Lampka biurkowa
scaffold-blender = Blender
scaffold-sample-1 = Równomiernie opieka pieczywo, tackę na okruchy łatwo opróżnić.
scaffold-sample-2 = Przestał działać po dwóch tygodniach.
scaffold-sample-3 = Świetny dźwięk, ale po godzinie zaczynają uwierać.
scaffold-sample-4 = Najlepszy zakup w tym roku!
scaffold-sample-5 = Świeci wystarczająco jasno, ale wygląda tandetnie.
scaffold-sample-6 = Przyszła uszkodzona, a obsługa klienta nigdy nie odpowiedziała.
scaffold-gold-1 = Kruszy lód w kilka sekund. Uwielbiam go.
scaffold-gold-1-why = Wyraźna pochwała.
scaffold-gold-2 = Głośny, a dzbanek pękł.
scaffold-gold-2-why = Dwie skargi i żadnej pochwały.
scaffold-gold-3 = Działa dobrze, ale jest bardzo głośny.
scaffold-gold-3-why = Jedna zaleta i jedna skarga.
scaffold-section-intro = Zanim odpowiesz, przeczytaj całą opinię.
scaffold-section-column-review = Opinia…
scaffold-section-column-answer = Odpowiedź
scaffold-section-row-positive = chwali produkt, poleca go
scaffold-section-row-mixed = coś chwali, a na coś narzeka
scaffold-section-row-negative = narzeka, ostrzega innych, wspomina o zwrocie
scaffold-section-sarcasm = Sarkazm oceniaj według tego, co autor ma na myśli: „{ $example }” to { $answer }.
scaffold-sarcasm-example = Super, zepsuł się pierwszego dnia
