### hitc's own words on the worker's page and in the guidelines: Ukrainian (uk).
###
### Reference: en.ftl (same ids, same variables; its comments say where each string appears).
### Register: polite "ви" (lower case, as in most Ukrainian interfaces), imperatives in the
### "ви" form ("Виберіть", "Напишіть"); short sentences for phone screens.
### Key terms: task (the page a worker does and is paid for) = "завдання";
### item (one thing judged on it) = "елемент"; HIT = "HIT", only in script-mturk-*
### (MTurk's own word; its "Accept" button is named as it appears, in English).
### Plurals: CLDR one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25…), other (fractions).
### Numerals govern case: "з 21 елемента", "з 5 елементів", "щонайменше 2 варіанти".
### Quotation marks: «лапки». Apostrophe: ’. Keys as printed on Ukrainian keyboards: Ctrl, Enter, Esc, Tab.
### Translated by tr-east (machine-assisted, checked with fluent.syntax/fluent.runtime; not yet
### reviewed by a native speaker).

## The task page (task.html, preview.html)

page-preview-title = Попередній перегляд
page-preview-banner = з прикладами елементів: ваші відповіді показуються на цій сторінці й нікуди не надсилаються.
page-instructions = Інструкція
page-item = Елемент
page-optional = (необов’язково)
page-choose = Виберіть…
page-feedback-label = Коментар для замовника
page-guidelines = Повна інструкція
page-guidelines-version = Повна інструкція (версія { $version })
page-guidelines-link = Відкрийте повну інструкцію.
page-faq = Запитання й відповіді
page-your-answers = Ваші відповіді
page-answers-note = Нічого не надіслано. Якщо відповіді вам потрібні, скопіюйте або завантажте їх.
page-copy = Копіювати
page-download = Завантажити
page-shortcuts = Гарячі клавіші
page-submit = Надіслати
page-contact = Запитання щодо завдання? Пишіть на { $contact }.

## The keyboard shortcuts panel

page-legend-title = Гарячі клавіші
page-legend-rule = Клавіша відповідає на запитання, у якому ви перебуваєте, а якщо ви не в запитанні — на єдине запитання елемента з такою клавішею або на перше, на яке ще немає відповіді. Щоб змінити відповідь, спочатку перейдіть до неї клавішею Tab.
page-legend-moving = Переміщення
page-legend-next = наступний елемент
page-legend-previous = попередній елемент
page-legend-toggle = показати або сховати цю підказку
page-legend-submit = { $key } (на Mac — { $macKey }) надсилає відповіді.
page-legend-key-ctrl-enter = Ctrl+Enter
page-legend-key-escape = Esc
page-legend-escape = { $key } — вийти з текстового поля (у ньому гарячі клавіші не працюють).
page-legend-advance = Коли на елемент дано відповідь, відкривається наступний.
page-legend-close = Закрити

## Choices hitc adds to questions

page-select-exactly = { $count ->
    [one] Виберіть { $count } варіант.
    [few] Виберіть { $count } варіанти.
    [many] Виберіть { $count } варіантів.
   *[other] Виберіть { $count } варіанта.
}
page-select-range = { $max ->
    [one] Виберіть від { $min } до { $max } варіанта.
   *[other] Виберіть від { $min } до { $max } варіантів.
}
page-select-at-least = { $min ->
    [one] Виберіть щонайменше { $min } варіант.
    [few] Виберіть щонайменше { $min } варіанти.
    [many] Виберіть щонайменше { $min } варіантів.
   *[other] Виберіть щонайменше { $min } варіанта.
}
page-select-up-to = { $max ->
    [one] Виберіть не більше ніж { $max } варіант.
    [few] Виберіть не більше ніж { $max } варіанти.
    [many] Виберіть не більше ніж { $max } варіантів.
   *[other] Виберіть не більше ніж { $max } варіанта.
}
page-pairwise-a = A
page-pairwise-b = B
page-pairwise-a-better = A краще
page-pairwise-b-better = B краще
page-pairwise-same = Приблизно однаково

## Messages the page's script shows

script-item-title = Елемент { $number } з { $total }
script-item-answered = є відповідь
script-progress = { $total ->
    [one] Відповіді дано: { $answered } з { $total } елемента
    [few] Відповіді дано: { $answered } з { $total } елементів
    [many] Відповіді дано: { $answered } з { $total } елементів
   *[other] Відповіді дано: { $answered } з { $total } елемента
}
script-items-unreadable = Не вдалося прочитати елементи цього завдання, тож його неможливо виконати. Будь ласка, поверніть завдання.
script-items-too-many = { $count ->
    [one] У цьому завданні { $count } елемент, а дозволено не більше ніж { $limit }, тож його неможливо виконати. Будь ласка, поверніть завдання.
    [few] У цьому завданні { $count } елементи, а дозволено не більше ніж { $limit }, тож його неможливо виконати. Будь ласка, поверніть завдання.
    [many] У цьому завданні { $count } елементів, а дозволено не більше ніж { $limit }, тож його неможливо виконати. Будь ласка, поверніть завдання.
   *[other] У цьому завданні { $count } елемента, а дозволено не більше ніж { $limit }, тож його неможливо виконати. Будь ласка, поверніть завдання.
}
script-items-missing = У цьому завданні немає елементів, тож його неможливо виконати. Будь ласка, поверніть завдання.
script-image-not-https = Зображення не показано (адреса не https)
script-image-failed = Не вдалося завантажити зображення
script-link = Посилання
script-link-not-https = { $label } (адреса не https)
script-media-not-https = Медіафайл не показано (адреса не https)
script-choose-answer = Виберіть відповідь.
script-choose-at-least = { $min ->
    [one] Виберіть щонайменше { $min } варіант.
    [few] Виберіть щонайменше { $min } варіанти.
    [many] Виберіть щонайменше { $min } варіантів.
   *[other] Виберіть щонайменше { $min } варіанта.
}
script-choose-at-least-now = { $min ->
    [one] Виберіть щонайменше { $min } варіант (вибрано: { $count }).
    [few] Виберіть щонайменше { $min } варіанти (вибрано: { $count }).
    [many] Виберіть щонайменше { $min } варіантів (вибрано: { $count }).
   *[other] Виберіть щонайменше { $min } варіанта (вибрано: { $count }).
}
script-choose-at-most-now = { $max ->
    [one] Виберіть не більше ніж { $max } варіант (вибрано: { $count }).
    [few] Виберіть не більше ніж { $max } варіанти (вибрано: { $count }).
    [many] Виберіть не більше ніж { $max } варіантів (вибрано: { $count }).
   *[other] Виберіть не більше ніж { $max } варіанта (вибрано: { $count }).
}
script-number = Введіть число.
script-number-range = Введіть число від { $min } до { $max }.
script-number-at-least = Введіть число не менше ніж { $min }.
script-number-at-most = Введіть число не більше ніж { $max }.
script-number-whole = Введіть ціле число.
script-number-step = Введіть число з кроком { $step }.
script-number-step-from = Введіть число з кроком { $step }, починаючи з { $from }.
script-text = Напишіть відповідь.
script-text-at-least = { $min ->
    [one] Напишіть щонайменше { $min } символ (зараз: { $count }).
    [few] Напишіть щонайменше { $min } символи (зараз: { $count }).
    [many] Напишіть щонайменше { $min } символів (зараз: { $count }).
   *[other] Напишіть щонайменше { $min } символу (зараз: { $count }).
}
script-text-at-most = { $max ->
    [one] Напишіть не більше ніж { $max } символ (зараз: { $count }).
    [few] Напишіть не більше ніж { $max } символи (зараз: { $count }).
    [many] Напишіть не більше ніж { $max } символів (зараз: { $count }).
   *[other] Напишіть не більше ніж { $max } символу (зараз: { $count }).
}
script-text-pattern = Ця відповідь має неправильний формат.
script-key-elsewhere = Клавіша { $key }: щоб змінити відповідь, перейдіть до запитання клавішею Tab і натисніть її ще раз.
script-attention = { $count ->
    [one] { $count } відповідь потребує уваги.
    [few] { $count } відповіді потребують уваги.
    [many] { $count } відповідей потребують уваги.
   *[other] { $count } відповіді потребують уваги.
}
script-sending = Надсилання…
script-submitting = Надсилаємо відповіді…
script-send-failed = Не вдалося надіслати відповіді ({ $reason }). Спробуйте ще раз.
script-network-error = помилка мережі
script-sent = Дякуємо! Ваші відповіді надіслано.
script-copied = Скопійовано.
script-copy-by-hand = Текст виділено: натисніть Ctrl+C, щоб скопіювати.
script-demo-items = Демонстраційні елементи: сторінку відкрито без елементів завдання.
script-preview-shown = Попередній перегляд: ваші відповіді показано вище, нічого не надіслано.
script-answers-shown = Ваші відповіді показано вище, нічого не надіслано.
script-mturk-preview = Це попередній перегляд. Щоб почати, прийміть HIT (кнопка Accept): відповіді, дані під час перегляду, не зберігаються.
script-mturk-accept = Щоб почати, прийміть HIT (кнопка Accept).
script-mturk-no-target = Цю сторінку зібрано без підтримки MTurk, тож надіслати її на MTurk неможливо. Будь ласка, поверніть HIT.
script-mturk-bad-address = Адреса надсилання цього HIT недійсна, тож надіслати відповіді неможливо. Будь ласка, поверніть HIT.
script-prolific-saved = Збережено. Повертаємо вас до Prolific…

## The guidelines (guidelines.html, guidelines.md)

guide-title = Інструкція: { $title }
guide-kicker = Інструкція
guide-kicker-version = Інструкція · версія { $version }
guide-contents = Зміст
guide-purpose = Навіщо це завдання
guide-summary = Коротко
guide-questions = Запитання та варіанти відповіді
guide-examples = Розібрані приклади
guide-faq = Поширені запитання
guide-changelog = Що змінилося
guide-contact = Контакти
guide-section-unreadable = Не вдалося прочитати текст цього розділу.
guide-contact-line = Запитання щодо завдання чи інструкції? Пишіть на { $contact }.

## Facts about the task, at the top of the guidelines

guide-fact-purpose = Призначення
guide-fact-goal = Мета
guide-fact-metric = Як вимірюється
guide-fact-pay = Оплата
guide-purpose-training = Навчання: на ваших відповідях навчається модель машинного навчання.
guide-purpose-evaluation = Оцінювання: ваші відповіді показують, наскільки добре працює система.
guide-purpose-model-qa = Перевірка якості моделі: за вашими відповідями вирішують, чи готова модель до випуску.
guide-purpose-reference = Еталонний набір: з ваших відповідей складуть еталонний набір даних.
guide-pay-line = { $minutes ->
    [one] { $reward } за завдання приблизно на { $minutes } хвилину — близько { $hourly } на годину.
    [few] { $reward } за завдання приблизно на { $minutes } хвилини — близько { $hourly } на годину.
    [many] { $reward } за завдання приблизно на { $minutes } хвилин — близько { $hourly } на годину.
   *[other] { $reward } за завдання приблизно на { $minutes } хвилини — близько { $hourly } на годину.
}

## How each question is answered

guide-required = Відповідь обов’язкова.
guide-optional = Відповідь необов’язкова.
guide-required-when-shown = Відповідь обов’язкова, якщо запитання показано.
guide-shown-only-when = Показується, лише якщо { $conditions }.
guide-condition = на запитання «{ $question }» дано відповідь { $answers }
guide-choose-one = Виберіть один варіант.
guide-choose-all = Виберіть усі варіанти, що підходять.
guide-exclusive = { $count ->
    [one] Варіант { $options } вибирається лише окремо: якщо вибрати його, інші позначки знімаються.
   *[other] Варіанти { $options } вибираються лише окремо: якщо вибрати будь-який із них, інші позначки знімаються.
}
guide-scale = Виберіть оцінку від { $min } до { $max }.
guide-number = Число.
guide-number-range = Число від { $min } до { $max }.
guide-number-at-least = Число не менше ніж { $min }.
guide-number-at-most = Число не більше ніж { $max }.
guide-whole = Ціле число.
guide-whole-range = Ціле число від { $min } до { $max }.
guide-whole-at-least = Ціле число не менше ніж { $min }.
guide-whole-at-most = Ціле число не більше ніж { $max }.
guide-unit = Одиниця виміру: { $unit }.
guide-step = З кроком { $step }.
guide-text = Довільний текст.
guide-text-range = { $max ->
    [one] Довільний текст від { $min } до { $max } символу.
   *[other] Довільний текст від { $min } до { $max } символів.
}
guide-text-at-least = { $min ->
    [one] Довільний текст, щонайменше { $min } символ.
    [few] Довільний текст, щонайменше { $min } символи.
    [many] Довільний текст, щонайменше { $min } символів.
   *[other] Довільний текст, щонайменше { $min } символу.
}
guide-text-up-to = { $max ->
    [one] Довільний текст, не більше ніж { $max } символ.
    [few] Довільний текст, не більше ніж { $max } символи.
    [many] Довільний текст, не більше ніж { $max } символів.
   *[other] Довільний текст, не більше ніж { $max } символу.
}
guide-text-pattern = Відповідь має відповідати шаблону
guide-pairwise = Порівняйте A (ліворуч, на телефоні — вгорі) з B і виберіть { $choices }.
guide-pairwise-no-tie = Нічиєї не буває: виберіть той варіант, який хоч трохи кращий.

## The table of answers of a question

guide-col-point = Бал
guide-col-option = Варіант
guide-col-option-key = Варіант і клавіша
guide-col-key = Клавіша
guide-col-meaning = Значення
guide-col-when = Коли вибирати
guide-col-examples = Приклади
guide-col-shown-in = Є в прикладі
guide-clears-others = (знімає інші)
guide-shown-in = Є в прикладах
guide-example-ref = Приклад { $number }

## Worked examples

guide-examples-note = У кожному прикладі елемент показано так, як він виглядає на сторінці завдання, а нижче — очікувані відповіді та пояснення.
guide-example = Приклад { $number }
guide-expected = Очікувані відповіді
guide-why = Чому:
guide-col-question = Запитання
guide-col-expected = Очікувана відповідь
guide-answer-key = (клавіша { $key })
guide-image-not-https = Зображення не показано (адреса не https): { $address }
guide-link-not-https = { $label } (адреса не https): { $address }
guide-media-not-https = Медіафайл не показано (адреса не https): { $address }
guide-audio = Аудіо
guide-video = Відео

## The changelog table

guide-col-version = Версія
guide-col-date = Дата
guide-col-change = Зміна

## The example task `hitc init --language uk` writes.

scaffold-title = Відгук позитивний чи негативний?
scaffold-description = Прочитайте короткий відгук про товар і визначте, як автор до нього ставиться.
scaffold-goal = З’ясувати, як часто модель аналізу тональності погоджується з людьми в оцінці відгуків про товари.
scaffold-prior-work = Поки немає: це перший розмічений набір.
scaffold-field-product = Товар, про який відгук
scaffold-field-review = Відгук у тому вигляді, у якому його написав покупець
scaffold-prompt = Як автор ставиться до товару?
scaffold-positive = Позитивно
scaffold-positive-hint = Товар подобається, автор його рекомендує.
scaffold-mixed = Неоднозначно
scaffold-mixed-hint = Є і похвала, і скарги.
scaffold-negative = Негативно
scaffold-negative-hint = Товар не подобається, автор застерігає інших.
# The page adds page-optional after an optional question's prompt, so it is not repeated here.
scaffold-comment-prompt = Щось заважало оцінити відгук?
scaffold-summary = Визначте, як до товару ставиться **автор** відгуку, а не ви самі.
scaffold-section-title = Як оцінювати
scaffold-kettle = Електрочайник
scaffold-example-1 = Швидко закипає й гарно виглядає. Купив би ще раз.
scaffold-example-1-why = Похвала й готовність купити знову.
scaffold-example-2 = Закипає швидко, але за тиждень зламалася кришка.
scaffold-example-2-why = Одна перевага й одна серйозна скарга.
scaffold-example-3 = Протікає. Повернув у магазин.
scaffold-example-3-why = Брак і повернення.
scaffold-faq-q = Відгук не про товар. Що відповідати?
scaffold-faq-a = Оцінюйте лише ставлення автора до товару; якщо його не видно, відповідайте «Неоднозначно» й напишіть про це в коментарі.
scaffold-changelog = Перша версія.
scaffold-toaster = Тостер
scaffold-headphones = Навушники
scaffold-desk-lamp = Настільна лампа
scaffold-blender = Блендер
scaffold-sample-1 = Підсмажує рівномірно, піддон для крихт легко витрусити.
scaffold-sample-2 = Перестав працювати через два тижні.
scaffold-sample-3 = Звук чудовий, але за годину починають тиснути на вуха.
scaffold-sample-4 = Найкраща покупка цього року!
scaffold-sample-5 = Світить досить яскраво, але на дотик дешева.
scaffold-sample-6 = Прийшла розбитою, а підтримка так і не відповіла.
scaffold-gold-1 = Подрібнює лід за лічені секунди. Я в захваті.
scaffold-gold-1-why = Явна похвала.
scaffold-gold-2 = Гучний, і чаша тріснула.
scaffold-gold-2-why = Дві скарги й жодної похвали.
scaffold-gold-3 = Працює добре, але дуже гучний.
scaffold-gold-3-why = Одна перевага й одна скарга.
scaffold-section-intro = Перш ніж відповідати, прочитайте відгук повністю.
scaffold-section-column-review = Відгук…
scaffold-section-column-answer = Відповідь
scaffold-section-row-positive = хвалить товар, рекомендує його
scaffold-section-row-mixed = щось хвалить, а на щось скаржиться
scaffold-section-row-negative = скаржиться, застерігає інших, пише про повернення
scaffold-section-sarcasm = Сарказм розумійте так, як його мав на увазі автор: «{ $example }» — це { $answer }.
scaffold-sarcasm-example = Супер, зламався в перший же день
